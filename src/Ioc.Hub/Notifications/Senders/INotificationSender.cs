using Ioc.Data.Notifications;

namespace Ioc.Hub.Notifications.Senders;

/// <summary>
/// Sends outbox messages of one channel through one transport (a real seam: SMTP, an SMS gateway, Zalo OA, a file).
/// Throws on failure: <see cref="PermanentSendException"/> when retrying cannot help, anything else is retried.
/// </summary>
public interface INotificationSender
{
    /// <summary>Sends <paramref name="message"/>, passing its <see cref="OutboxMessage.Id"/> as the idempotency key where the transport takes one.</summary>
    Task<SendReceipt> SendAsync(OutboxMessage message, CancellationToken ct);
}

/// <summary>What the transport said: its own id for the message (for receipts), and whether it already counts as delivered.</summary>
public sealed record SendReceipt(string? ExternalId, bool Delivered = false);

/// <summary>The gateway refused the message itself (bad number, unknown user): retrying would fail the same way.</summary>
public sealed class PermanentSendException(string message) : Exception(message);
