using Ioc.Data;
using Ioc.Data.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Ioc.Hub.Notifications;

/// <summary>What a gateway reports about a message it took: delivered to the handset or mailbox, read, or failed there.</summary>
public enum ReceiptKind { Delivered, Read, Failed }

/// <summary>
/// Applies delivery and read receipts. The status only moves forward (sent → delivered → read), so a late or repeated
/// receipt changes nothing; a failure reported after delivery is ignored for the same reason.
/// </summary>
public sealed class NotificationReceipts(IDbContextFactory<IocDbContext> contexts, TimeProvider time)
{
    /// <summary>Applies a receipt to the message with outbox id <paramref name="id"/> or provider id <paramref name="externalId"/>; false when none matches.</summary>
    public async Task<bool> ApplyAsync(Guid? id, string? externalId, ReceiptKind kind, string? error, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var message = id is { } key
            ? await db.OutboxMessages.FirstOrDefaultAsync(m => m.Id == key, ct)
            : await db.OutboxMessages.FirstOrDefaultAsync(m => m.ExternalId == externalId, ct);
        if (message is null)
            return false;
        switch (kind)
        {
            case ReceiptKind.Delivered when message.Status is OutboxStatus.Sending or OutboxStatus.Sent or OutboxStatus.Pending:
                message.Status = OutboxStatus.Delivered;
                message.DeliveredAtUtc ??= now;
                break;
            case ReceiptKind.Read when message.Status != OutboxStatus.Read:
                message.Status = OutboxStatus.Read;
                message.DeliveredAtUtc ??= now;
                message.ReadAtUtc = now;
                break;
            case ReceiptKind.Failed when message.Status is OutboxStatus.Sending or OutboxStatus.Sent:
                message.Status = OutboxStatus.Failed;
                message.LastError = string.IsNullOrWhiteSpace(error) ? "The gateway reported the message undelivered." : error.Length > 2000 ? error[..2000] : error;
                break;
        }
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>An agency user opened an in-app message.</summary>
    public async Task MarkInAppReadAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var list = ids.ToList();
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.OutboxMessages.Where(m => list.Contains(m.Id) && m.Channel == NotificationChannels.InApp && m.Status == OutboxStatus.Delivered)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Read).SetProperty(m => m.ReadAtUtc, now), ct);
    }
}
