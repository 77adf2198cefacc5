using Ioc.Hub.Cases.Events;
using Ioc.Hub.Streaming.Consumption;
using Microsoft.Extensions.Options;

namespace Ioc.Hub.Streaming.InProcess;

/// <summary>
/// The embedded-mode stream: the same partitions, positions, acknowledgements, redelivery, dead letters and leases as
/// <see cref="Redis.RedisEventStream"/>, in memory. Entries live as long as the process (the projection's store is the
/// durable copy in embedded mode); <see cref="TrimAsync"/> drops processed ones.
/// </summary>
public sealed class InProcessEventStream : IEventStream
{
    private readonly Lock gate = new();
    private readonly StreamOptions options;
    private readonly StreamPartitioner partitioner;
    private readonly StreamNames names;
    private readonly MemoryPartition[] partitions;
    private readonly MemoryDeadLetters deadLetters = new();
    private readonly MemoryLeases leases;
    private readonly MemoryStreamLog log;
    private readonly TimeProvider time;
    private readonly ILogger<InProcessEventStream> logger;

    public InProcessEventStream(IOptions<StreamOptions> options, TimeProvider time, ILogger<InProcessEventStream> logger)
    {
        this.options = options.Value;
        this.time = time;
        this.logger = logger;
        partitioner = new StreamPartitioner(this.options.Partitions);
        names = new StreamNames(this.options.KeyPrefix, this.options.Partitions);
        partitions = [.. Enumerable.Range(0, this.options.Partitions).Select(p => new MemoryPartition(names.Partition(p)))];
        leases = new MemoryLeases(gate, time, this.options.Partitions);
        log = new MemoryStreamLog(gate, names, partitions, deadLetters, leases, time);
    }

    public int Partitions => partitioner.Partitions;

    public int PartitionOf(string caseId) => partitioner.PartitionOf(caseId);

    public Task<IReadOnlyList<AppendResult>> AppendAsync(IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken = default)
    {
        var results = new AppendResult[events.Count];
        lock (gate)
        {
            for (var i = 0; i < events.Count; i++)
            {
                var e = events[i];
                var partition = PartitionOf(e.CaseId);
                try
                {
                    var id = partitions[partition].Append(CaseEventJson.Serialize(e), time);
                    results[i] = new(e.Id, partition, new EntryPosition(names.Partition(partition), partition, id.ToString()), null);
                }
                catch (Exception ex) when (ex is NotSupportedException or InvalidOperationException or System.Text.Json.JsonException)
                {
                    results[i] = new(e.Id, partition, null, ex.Message);
                }
            }
        }
        log.Wake.Set();
        return Task.FromResult<IReadOnlyList<AppendResult>>(results);
    }

    /// <summary>Appends raw JSON to a chosen partition, as <c>redis-cli XADD</c> can in distributed mode (simulating producer mistakes).</summary>
    internal EntryPosition AppendRaw(int partition, string json)
    {
        StreamId id;
        lock (gate)
            id = partitions[partition].Append(json, time);
        log.Wake.Set();
        return new EntryPosition(names.Partition(partition), partition, id.ToString());
    }

    public Task ConsumeAsync(string consumerId, StreamBatchHandler handler, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(consumerId);
        return new ConsumerLoop(log, leases, options, partitioner, consumerId, handler, time, logger).RunAsync(cancellationToken);
    }

    public Task<IReadOnlyList<DeadLetter>> ListDeadLettersAsync(int count, string? after = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        lock (gate)
            return Task.FromResult(deadLetters.List(count, after));
    }

    public Task<DeadLetter?> FindDeadLetterAsync(string id, CancellationToken cancellationToken = default)
    {
        lock (gate)
            return Task.FromResult(deadLetters.Find(id));
    }

    public Task<long> CountDeadLettersAsync(CancellationToken cancellationToken = default)
    {
        lock (gate)
            return Task.FromResult((long)deadLetters.Count);
    }

    public Task<EntryPosition?> ReplayDeadLetterAsync(string id, CancellationToken cancellationToken = default)
    {
        EntryPosition? position;
        lock (gate)
        {
            if (deadLetters.Find(id) is not { } letter)
                return Task.FromResult<EntryPosition?>(null);
            var partition = HomeOf(letter);
            var entryId = partitions[partition].Append(letter.Json, time, letter.History);
            deadLetters.Remove(id);
            position = new EntryPosition(names.Partition(partition), partition, entryId.ToString());
        }
        log.Wake.Set();
        return Task.FromResult<EntryPosition?>(position);
    }

    public Task<bool> DeleteDeadLetterAsync(string id, CancellationToken cancellationToken = default)
    {
        lock (gate)
            return Task.FromResult(deadLetters.Remove(id));
    }

    public Task<long> TrimAsync(CancellationToken cancellationToken = default)
    {
        long removed = 0;
        lock (gate)
        {
            foreach (var partition in partitions)
            {
                removed += partition.TrimProcessed();
                if (options.MaxLength is { } cap)
                    removed += partition.TrimToLength(cap);
            }
        }
        if (removed > 0)
            logger.LogDebug("Trimmed {Removed} processed entries", removed);
        return Task.FromResult(removed);
    }

    public Task<IReadOnlyList<PartitionStatus>> GetStatusAsync(CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            IReadOnlyList<PartitionStatus> status = [.. partitions.Select((p, i) => new PartitionStatus(
                i, p.Name, p.Length, p.PendingCount,
                p.LastDelivered == StreamId.Zero ? null : p.LastDelivered.ToString(), leases.Owner(i)))];
            return Task.FromResult(status);
        }
    }

    /// <summary>The case's partition, or the original one when the JSON names no case (it is dead-lettered there again).</summary>
    private int HomeOf(DeadLetter letter) =>
        EventRouting.TryReadCaseId(letter.Json, out var caseId, out _) ? PartitionOf(caseId)
        : Math.Max(0, names.PartitionOfStream(letter.Stream));
}
