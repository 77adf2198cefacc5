namespace Ioc.Hub.Live.Contract;

/// <summary>
/// One open case as a live screen needs it: where it is (the map), who must act, how its clock stands. It never
/// carries the reporter, the description or anything typed by a citizen; a state-secret case is never one.
/// </summary>
/// <param name="Status">The SLA status: <c>OnTime</c>, <c>DueSoon</c>, <c>Overdue</c> or <c>NoClock</c>.</param>
/// <param name="Stage">The stage, kebab-case as in docs/events.md (<c>received</c>, <c>routed</c>, <c>in-progress</c>…).</param>
/// <param name="HolderId">Who must act now: an agency id, <c>operations-center</c> or <c>reporter</c>.</param>
/// <param name="IsConfidential">Only ever true for audiences that may see confidential cases (supervisor, the agency).</param>
public sealed record LiveCase(
    string CaseId,
    string Code,
    string Status,
    string Stage,
    string? HolderId,
    string? LeadAgencyId,
    IReadOnlyList<string> CoordinatingAgencyIds,
    string FieldCode,
    string AdminUnitCode,
    double Latitude,
    double Longitude,
    bool IsEmergency,
    string? EmergencyCategory,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? StepDueAt,
    bool IsConfidential);
