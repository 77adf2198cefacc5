using Ioc.Hub.Sla.Profiles;

namespace Ioc.Dashboard.Components.Pages.Console.Data;

/// <summary>Everything the case page shows but the reporter's contact, which <c>RevealContact</c> reads masked, with its audited reveal.</summary>
public sealed record CaseDetail(
    CaseSummary Case,
    IReadOnlyList<string> Attachments,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<StepRow> Steps)
{
    /// <summary>Reminders and escalations, newest first: the history section (the reminders feature adds delivery).</summary>
    public IEnumerable<TimelineEntry> Reminders => Timeline.Where(e => e.Type is Hub.Cases.Events.ReminderSent.TypeName or Hub.Cases.Events.CaseEscalated.TypeName).Reverse();
}

public sealed record CaseSummary(
    string Id,
    string Code,
    string ProfileId,
    string Channel,
    string FieldName,
    string UnitName,
    string? Address,
    string? Title,
    string Description,
    double? Latitude,
    double? Longitude,
    bool IsEmergency,
    string? EmergencyLabel,
    bool IsConfidential,
    DateTimeOffset ReceivedAt,
    string Stage,
    string SlaStatus,
    string? LeadAgencyId,
    string LeadAgencyName,
    string HolderName,
    DateTimeOffset? StepDueAt,
    DateTimeOffset? CaseDueAt,
    TimeSpan? LateBy,
    DateTimeOffset? EmergencyAcknowledgedAt,
    bool IsOpen,
    long LastSequence)
{
    public bool AwaitsAcknowledgement => IsEmergency && IsOpen && EmergencyAcknowledgedAt is null;
}

/// <summary>One event of the case as the timeline shows it; <see cref="Text"/> is what a person typed (shown as text).</summary>
public sealed record TimelineEntry(Guid Id, DateTimeOffset At, string Type, string? Actor, string? Agency, string? Text, bool IsAnnotation);

/// <summary>
/// One step of the case on its clock: planned deadline (after extensions), when it was done, and how late in working
/// time (clock time on an emergency clock). A running step has no <see cref="DoneAt"/>; its lateness is as of now.
/// </summary>
public sealed record StepRow(
    SlaStep Step, StepHolder Holder, DateTimeOffset StartsAt, DateTimeOffset DueAt, DateTimeOffset? DoneAt, TimeSpan LateBy, bool ClockTime, string Article)
{
    public bool IsLate => LateBy > TimeSpan.Zero || (DoneAt is { } done && done > DueAt);
}

