namespace Ioc.Data.Reminders;

/// <summary>A reminder, escalation or summary sent to an agency (table <c>reminders</c>).</summary>
public sealed class Reminder
{
    public Guid Id { get; set; }
    public string? CaseId { get; set; }
    public required string AgencyId { get; set; }

    /// <summary>One of <see cref="ReminderKinds"/>.</summary>
    public required string Kind { get; set; }

    /// <summary>One of <see cref="RecipientRoles"/>.</summary>
    public required string RecipientRole { get; set; }

    /// <summary>One of <see cref="Notifications.NotificationChannels"/>.</summary>
    public required string Channel { get; set; }

    public DateTime CreatedAtUtc { get; set; }
    public required string CreatedBy { get; set; }
    public required string Message { get; set; }

    /// <summary>Sent although the anti-spam rules would have held it back.</summary>
    public bool Forced { get; set; }

    /// <summary>Why a supervisor forced it (required when <see cref="Forced"/>), or why an escalation was raised.</summary>
    public string? Reason { get; set; }

    /// <summary>Raised by the automatic policy (the profile's rules) rather than by a person.</summary>
    public bool Automatic { get; set; }

    /// <summary>The contact's name at the time of sending (contacts change; the record must not).</summary>
    public string? RecipientName { get; set; }

    /// <summary>
    /// When the reminder's annotations reached the event stream. Null until then: the delivery worker announces
    /// reminders a crash left unannounced (same event ids, so the projection drops copies).
    /// </summary>
    public DateTime? AnnouncedAtUtc { get; set; }

    /// <summary>The cases the reminder is about: one for a case reminder, all of an agency's overdue cases for a summary.</summary>
    public List<ReminderCase> Cases { get; set; } = [];

    /// <summary>The event that recorded the reminder on the case's stream, when there is one.</summary>
    public Guid? EventId { get; set; }
}
