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

    /// <summary>The event that recorded the reminder on the case's stream, when there is one.</summary>
    public Guid? EventId { get; set; }
}
