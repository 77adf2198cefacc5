using Ioc.Hub.Cases.Events;
using Ioc.Hub.Sla.Profiles;

namespace Ioc.Hub.Projection.Aggregates;

/// <summary>Open cases and how many of them are due soon or overdue.</summary>
public readonly record struct SlaCounts(int Open, int DueSoon, int Overdue);

/// <summary>Ratings on each profile's own scale, folded to satisfied or not (000/002 Điều 11 vs 003 Điều 11).</summary>
public readonly record struct SatisfactionCounts(int Satisfied, int Unsatisfied)
{
    public int Total => Satisfied + Unsatisfied;
}

/// <summary>One Vietnam calendar day: cases received, resolved, and resolved no later than their case deadline.</summary>
public readonly record struct DailyCounts(DateOnly Date, int Received, int Resolved, int ResolvedOnTime);

/// <summary>An open emergency for the wall's list and map. Confidential and state-secret cases are never listed.</summary>
public sealed record OpenEmergency(
    string CaseId,
    string Code,
    string? Category,
    double Latitude,
    double Longitude,
    string AdminUnitCode,
    string? LeadAgencyId,
    DateTimeOffset? StepDueAt,
    SlaStatus? Status);

/// <summary>
/// The live numbers at <see cref="At"/>, stamped with the projection <see cref="Version"/> (one per committed batch)
/// and the last committed stream <see cref="Positions"/>: a client loads this snapshot, then applies the
/// <see cref="ProjectionChanged"/> deltas whose version follows it, and reloads on a gap. Immutable once built.
/// </summary>
public sealed record LiveSnapshot
{
    public required long Version { get; init; }
    public required IReadOnlyDictionary<string, string> Positions { get; init; }
    public required DateTimeOffset At { get; init; }

    public required SlaCounts Totals { get; init; }
    /// <summary>By lead agency; cases not yet routed count under <see cref="SnapshotNames.OperationsCenter"/>.</summary>
    public required IReadOnlyDictionary<string, SlaCounts> ByAgency { get; init; }
    /// <summary>By who holds the current step (escalations included); cases without a running clock are not here.</summary>
    public required IReadOnlyDictionary<StepHolder, SlaCounts> ByHolder { get; init; }

    /// <summary>All open emergencies, confidential ones included; <see cref="Emergencies"/> lists the publishable ones.</summary>
    public required int OpenEmergencyCount { get; init; }
    public required IReadOnlyList<OpenEmergency> Emergencies { get; init; }

    public required IReadOnlyDictionary<string, int> OpenByField { get; init; }
    public required IReadOnlyDictionary<string, int> OpenByAdminUnit { get; init; }

    /// <summary>Every rated case (open or closed), by lead agency and by field.</summary>
    public required IReadOnlyDictionary<string, SatisfactionCounts> SatisfactionByAgency { get; init; }
    public required IReadOnlyDictionary<string, SatisfactionCounts> SatisfactionByField { get; init; }

    /// <summary>The last <see cref="ProjectionOptions.DailyWindowDays"/> Vietnam days, oldest first, today last.</summary>
    public required IReadOnlyList<DailyCounts> Daily { get; init; }
}
