using Ioc.Hub.Sla.Profiles;

namespace Ioc.Dashboard.Components.Pages.Console.Data;

/// <summary>Everything the case page shows. The reporter's contact comes masked (<see cref="MaskedContact"/>).</summary>
public sealed record CaseDetail(
    CaseSummary Case,
    MaskedContact Reporter,
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

/// <summary>The reporter's contact with the middle hidden, until the security feature's audited reveal replaces it.</summary>
public sealed record MaskedContact(string? Name, string? Phone, string? Email)
{
    public bool IsEmpty => Name is null && Phone is null && Email is null;

    public static MaskedContact Of(string? name, string? phone, string? email) => new(
        name is null ? null : string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w[..1] + new string('*', Math.Max(1, w.Length - 1)))),
        phone is null ? null : phone.Length <= 6 ? new string('*', phone.Length) : phone[..3] + new string('*', phone.Length - 6) + phone[^3..],
        email is null ? null : email.IndexOf('@') is var at and > 0 ? email[..1] + "***" + email[at..] : "***");
}
