using Ioc.Hub.Cases;
using Ioc.Hub.Projection.Aggregates;

namespace Ioc.Hub.Projection;

/// <summary>
/// One case changed by a committed batch. Statuses use the store's spellings (<c>OnTime</c>, <c>DueSoon</c>,
/// <c>Overdue</c>, <c>NoClock</c>, <c>Closed</c>); <paramref name="OldStatus"/> is null for a new case.
/// </summary>
public sealed record CaseChange(string CaseId, string? OldStatus, string NewStatus, string Stage, string? Holder, string Position)
{
    /// <summary>The case after the batch (closed cases too), so the live feed can place and filter it without a lookup.</summary>
    public CaseState? State { get; init; }

    /// <summary>When the current step is due, read at the same instant as <see cref="NewStatus"/>.</summary>
    public DateTimeOffset? StepDueAt { get; init; }
}

/// <summary>
/// The delta of one committed batch. <paramref name="Version"/> grows by one per batch: a subscriber that sees a gap
/// (it was too slow and deltas were dropped) reloads <see cref="Aggregates.LiveAggregates.Current"/>.
/// </summary>
public sealed record ProjectionChanged(long Version, IReadOnlyDictionary<string, string> Positions, IReadOnlyList<CaseChange> Changes)
{
    /// <summary>The live numbers of exactly this version (null when the publisher computed none).</summary>
    public LiveSnapshot? Numbers { get; init; }

    /// <summary>Memory was replaced from the store (start-up): subscribers reload rather than apply <see cref="Changes"/>.</summary>
    public bool Reloaded { get; init; }
}
