using Ioc.Data.Cases;
using Ioc.Data.Kpi;
using Ioc.Data.Streaming;

namespace Ioc.Data.Bulk;

/// <summary>
/// The projection's write path: whole batches in one transaction, bypassing EF Core's change tracker.
/// One implementation per provider (<see cref="SqliteCaseStoreWriter"/>, <see cref="PostgresCaseStoreWriter"/>);
/// <c>AddIocData</c> registers the one that matches <c>Ioc:Storage:Provider</c>. Every instant must be Kind = Utc.
/// </summary>
public interface ICaseStoreWriter
{
    /// <summary>
    /// In ONE transaction: inserts the events whose <see cref="EventRecord.EventId"/> is not stored yet, upserts the
    /// case snapshots and reporters, and upserts the checkpoint. Returns how many events were new.
    /// A snapshot whose <see cref="CaseRecord.LastSequence"/> is lower than the stored one is ignored (a stale
    /// redelivery never rolls a case back); within a batch the highest sequence wins, the later one on a tie.
    /// A reporter row already anonymised is never overwritten. If anything fails, nothing is written.
    /// </summary>
    Task<int> WriteBatchAsync(
        IReadOnlyList<EventRecord> events,
        IReadOnlyList<CaseRecord> cases,
        IReadOnlyList<CaseReporter> reporters,
        StreamCheckpoint? checkpoint,
        CancellationToken ct = default) =>
        WriteBatchAsync(events, cases, reporters, [], checkpoint, ct);

    /// <summary>
    /// As above, and in the same transaction adds <paramref name="dailyStats"/> to the <c>daily_stats</c> rows of the
    /// same key (each metric is a signed delta: a case's old contribution out, its new one in). Rows of one key are
    /// summed first, so a batch may carry several.
    /// </summary>
    Task<int> WriteBatchAsync(
        IReadOnlyList<EventRecord> events,
        IReadOnlyList<CaseRecord> cases,
        IReadOnlyList<CaseReporter> reporters,
        IReadOnlyList<DailyStats> dailyStats,
        StreamCheckpoint? checkpoint,
        CancellationToken ct = default);

    /// <summary>
    /// The replay/rebuild fast path: appends events to an event log that does not hold them yet (a duplicate id
    /// fails the whole call). One transaction per call.
    /// </summary>
    Task BulkInsertEventsAsync(IReadOnlyList<EventRecord> events, CancellationToken ct = default);
}
