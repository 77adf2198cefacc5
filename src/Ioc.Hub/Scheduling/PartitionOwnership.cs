using Ioc.Hub.Streaming;

namespace Ioc.Hub.Scheduling;

/// <summary>
/// Answers "which partitions does this process's projection consumer hold": the stream's lease owner of each
/// partition (<see cref="IEventStream.GetStatusAsync"/>) compared with the consumer's id. Only the holder's memory
/// follows a partition's cases, so only it may emit their transitions. A null consumer id holds nothing.
/// </summary>
public sealed class PartitionOwnership(IEventStream stream, Func<string?> consumerId)
{
    /// <summary>The id the projection consumer takes leases under; null when this process does not consume.</summary>
    public string? ConsumerId => consumerId();

    public int Partitions => stream.Partitions;

    public int PartitionOf(string caseId) => stream.PartitionOf(caseId);

    /// <summary>The lease owner of each partition, by partition number; null where nobody holds it.</summary>
    public async Task<string?[]> OwnersAsync(CancellationToken ct)
    {
        var owners = new string?[stream.Partitions];
        foreach (var status in await stream.GetStatusAsync(ct))
        {
            owners[status.Partition] = status.Owner;
        }
        return owners;
    }
}
