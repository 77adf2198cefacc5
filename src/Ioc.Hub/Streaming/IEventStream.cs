using Ioc.Hub.Cases.Events;

namespace Ioc.Hub.Streaming;

/// <summary>
/// The partitioned, at-least-once event log under the projection: Redis Streams in distributed mode, memory in
/// embedded mode, with one contract (docs/streaming.md).
/// </summary>
public interface IEventStream
{
    int Partitions { get; }

    /// <summary>The partition of a case: FNV-1a 32-bit of the UTF-8 case id, modulo <see cref="Partitions"/>.</summary>
    int PartitionOf(string caseId);

    /// <summary>Appends events to their cases' partitions in one round trip; one result per event, in order.</summary>
    Task<IReadOnlyList<AppendResult>> AppendAsync(IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken = default);

    /// <summary>
    /// Consumes as <paramref name="consumerId"/> (unique per live process) until cancelled: takes partition leases,
    /// hands batches to <paramref name="handler"/> one at a time, acknowledges after it returns, retries and
    /// dead-letters failures. Returns once cancelled, after releasing the leases.
    /// </summary>
    Task ConsumeAsync(string consumerId, StreamBatchHandler handler, CancellationToken cancellationToken);

    /// <summary>Dead letters in the order they were written, <paramref name="count"/> at most, after id <paramref name="after"/>.</summary>
    Task<IReadOnlyList<DeadLetter>> ListDeadLettersAsync(int count, string? after = null, CancellationToken cancellationToken = default);

    /// <summary>One dead letter by id; null when there is none (or the id is not a stream id).</summary>
    Task<DeadLetter?> FindDeadLetterAsync(string id, CancellationToken cancellationToken = default);

    Task<long> CountDeadLettersAsync(CancellationToken cancellationToken = default);

    /// <summary>Appends the dead letter's JSON to its case's partition again and removes it; null when no such id.</summary>
    Task<EntryPosition?> ReplayDeadLetterAsync(string id, CancellationToken cancellationToken = default);

    Task<bool> DeleteDeadLetterAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Removes processed entries (never pending or undelivered ones), then applies the optional hard cap. Returns entries removed.</summary>
    Task<long> TrimAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<PartitionStatus>> GetStatusAsync(CancellationToken cancellationToken = default);
}
