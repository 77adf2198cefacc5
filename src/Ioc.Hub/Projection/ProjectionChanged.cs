namespace Ioc.Hub.Projection;

/// <summary>
/// One case changed by a committed batch. Statuses use the store's spellings (<c>OnTime</c>, <c>DueSoon</c>,
/// <c>Overdue</c>, <c>NoClock</c>, <c>Closed</c>); <paramref name="OldStatus"/> is null for a new case.
/// </summary>
public sealed record CaseChange(string CaseId, string? OldStatus, string NewStatus, string Stage, string? Holder, string Position);

/// <summary>
/// The delta of one committed batch. <paramref name="Version"/> grows by one per batch: a subscriber that sees a gap
/// (it was too slow and deltas were dropped) reloads <see cref="Aggregates.LiveAggregates.Current"/>.
/// </summary>
public sealed record ProjectionChanged(long Version, IReadOnlyDictionary<string, string> Positions, IReadOnlyList<CaseChange> Changes);
