using Ioc.Data.Notifications;
using Ioc.Data.Reminders;

namespace Ioc.Hub.Reminders;

/// <summary>What a reminder action is about.</summary>
public enum ReminderScope
{
    /// <summary>One case, to its agency.</summary>
    Case,
    /// <summary>All overdue cases of one agency, in one message per recipient.</summary>
    Agency,
    /// <summary>Every agency that has overdue cases, one message each.</summary>
    AllAgencies,
    /// <summary>One case, to the agency head (004 Điều 9.1.b), recorded as an escalation.</summary>
    Escalation,
    /// <summary>The monthly summary of an agency's overdue cases to its leader (000 Điều 17.2); sent by the policy.</summary>
    MonthlySummary,
}

/// <summary>One contact of the agency and the channels to reach them on.</summary>
public sealed record RecipientChoice(string Role, IReadOnlyList<string> Channels);

/// <summary>A reminder action as a supervisor (or an integrator through the API) asks for it.</summary>
public sealed record ReminderRequest
{
    public ReminderScope Scope { get; init; }

    /// <summary>The case (its id or its code) for <see cref="ReminderScope.Case"/> and <see cref="ReminderScope.Escalation"/>.</summary>
    public string? CaseId { get; init; }

    /// <summary>The agency for <see cref="ReminderScope.Agency"/>.</summary>
    public string? AgencyId { get; init; }

    /// <summary>Who gets it, on which channels; null takes the scope's default (<see cref="DefaultRecipients"/>).</summary>
    public IReadOnlyList<RecipientChoice>? Recipients { get; init; }

    /// <summary>A supervisor's own text for every channel instead of the templates; null or empty uses the templates.</summary>
    public string? Message { get; init; }

    /// <summary>Send although the case was reminded within the duplicate window; needs <see cref="Reason"/>.</summary>
    public bool Force { get; init; }

    /// <summary>Why it is forced, or why the case is escalated; shown in the history.</summary>
    public string? Reason { get; init; }

    /// <summary>Raised by the automatic policy: its own keys prevent repeats, so the duplicate window does not apply.</summary>
    public bool Automatic { get; init; }

    /// <summary>The month a summary covers ({month}, "10/2026").</summary>
    public string? Month { get; init; }

    public static IReadOnlyList<RecipientChoice> DefaultRecipients(ReminderScope scope) => scope switch
    {
        ReminderScope.Escalation => [new(RecipientRoles.Head, [NotificationChannels.Sms, NotificationChannels.Email])],
        ReminderScope.MonthlySummary => [new(RecipientRoles.Leader, [NotificationChannels.Email])],
        _ => [new(RecipientRoles.FocalOfficer, [NotificationChannels.Sms, NotificationChannels.Email])],
    };
}

/// <summary>One message a reminder action would send (preview) or sent (result).</summary>
public sealed record DraftMessage(
    string AgencyId, string AgencyName, string Role, string? RecipientName, string Channel, string? Address, string? Subject, string Body,
    string? Problem);

/// <summary>What an action does for one agency: its cases and its messages.</summary>
public sealed record AgencyDraft(string AgencyId, string AgencyName, IReadOnlyList<string> CaseIds, IReadOnlyList<string> CaseCodes, IReadOnlyList<DraftMessage> Messages);

/// <summary>An agency an action left out, and why.</summary>
public sealed record SkippedAgency(string AgencyId, string AgencyName, string Reason);

/// <summary>The answer of a preview or a send: what goes (went) to whom, and what was left out.</summary>
public sealed record ReminderPlan(IReadOnlyList<AgencyDraft> Agencies, IReadOnlyList<SkippedAgency> Skipped, DateTime? LastReminderAtUtc)
{
    /// <summary>Reminders recorded by a send (empty for a preview).</summary>
    public IReadOnlyList<Guid> ReminderIds { get; init; } = [];
}
