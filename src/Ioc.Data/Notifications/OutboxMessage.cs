namespace Ioc.Data.Notifications;

/// <summary>
/// A notification waiting to be sent or already sent (table <c>outbox_messages</c>): written in the same
/// transaction as what caused it, delivered by a dispatcher that polls (Status, NextAttemptAtUtc).
/// <see cref="Id"/> is the idempotency key sent to every gateway that accepts one (docs/reminders.md).
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }
    public Guid? ReminderId { get; set; }

    /// <summary>One of <see cref="NotificationChannels"/>.</summary>
    public required string Channel { get; set; }

    public required string Recipient { get; set; }
    public string? Subject { get; set; }
    public required string Body { get; set; }
    public OutboxStatus Status { get; set; } = OutboxStatus.Pending;
    public int Attempts { get; set; }
    public DateTime NextAttemptAtUtc { get; set; }
    public string? LastError { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? SentAtUtc { get; set; }
    public DateTime? DeliveredAtUtc { get; set; }

    /// <summary>The agency contact's role (<c>RecipientRoles</c>), or "supervisor" for alerts to the operations center.</summary>
    public string? RecipientRole { get; set; }

    /// <summary>The worker instance that claimed the message while <see cref="Status"/> is Sending.</summary>
    public string? LeaseOwner { get; set; }

    /// <summary>Until when the claim holds; a Sending message past it belongs to a crashed worker and is claimed again.</summary>
    public DateTime? LeaseUntilUtc { get; set; }

    public DateTime? ReadAtUtc { get; set; }

    /// <summary>The provider's message id (SMS gateway, SMTP, Zalo), for delivery receipts.</summary>
    public string? ExternalId { get; set; }
}
