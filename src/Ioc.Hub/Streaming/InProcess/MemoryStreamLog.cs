using Ioc.Hub.Streaming.Consumption;

namespace Ioc.Hub.Streaming.InProcess;

/// <summary>The consumer loop's operations over the in-memory partitions; one gate makes every step atomic, as a Redis script is.</summary>
internal sealed class MemoryStreamLog(
    Lock gate,
    StreamNames names,
    MemoryPartition[] partitions,
    MemoryDeadLetters deadLetters,
    MemoryLeases leases,
    TimeProvider time) : IStreamLog
{
    public StreamNames Names => names;

    public WakeSignal Wake { get; } = new();

    public Task<IReadOnlyList<LogEntry>> PrepareAsync(int partition, string consumerId)
    {
        lock (gate)
            return Task.FromResult(partitions[partition].ClaimAll(consumerId));
    }

    public Task<PartitionRead> ReadPendingAsync(int partition, string consumerId, int count)
    {
        lock (gate)
        {
            var held = leases.Owner(partition) == consumerId;
            return Task.FromResult(new PartitionRead(partition, held, held ? partitions[partition].ReadPending(consumerId, count) : []));
        }
    }

    public Task<IReadOnlyList<PartitionRead>> ReadNewAsync(IReadOnlyList<int> partitionsToRead, string consumerId, int count)
    {
        lock (gate)
        {
            IReadOnlyList<PartitionRead> reads = [.. partitionsToRead.Select(p => leases.Owner(p) == consumerId
                ? new PartitionRead(p, true, partitions[p].ReadNew(consumerId, count))
                : new PartitionRead(p, false, []))];
            return Task.FromResult(reads);
        }
    }

    public Task SettleAsync(Settlement settlement)
    {
        var partition = partitions[settlement.Partition];
        lock (gate)
        {
            foreach (var forward in settlement.Forwards)
                partitions[forward.Partition].Append(forward.Json, time);
            foreach (var dead in settlement.DeadLetters)
                deadLetters.Add(partition.Name, dead, time);
            partition.Acknowledge(settlement.Positions);
        }
        if (settlement.Forwards.Count > 0)
            Wake.Set();
        return Task.CompletedTask;
    }
}
