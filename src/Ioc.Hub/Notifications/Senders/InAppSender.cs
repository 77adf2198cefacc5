using Ioc.Data.Notifications;

namespace Ioc.Hub.Notifications.Senders;

/// <summary>
/// In-app messages live in the outbox itself: the agency's console users read them on their cases, so committing the
/// message is delivering it. Read when an agency user opens it (<c>NotificationReceipts.MarkReadAsync</c>).
/// </summary>
public sealed class InAppSender : INotificationSender
{
    public Task<SendReceipt> SendAsync(OutboxMessage message, CancellationToken ct) => Task.FromResult(new SendReceipt($"in-app:{message.Id:N}", Delivered: true));
}
