using Ioc.Data;
using Ioc.Data.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Ioc.Hub.Notifications;

/// <summary>
/// The delivery worker's reads and writes of <c>outbox_messages</c>. A claim marks due messages Sending under a
/// unique claim token with a lease; only the holder of that token may settle them. On PostgreSQL the claim skips rows
/// another worker is claiming (<c>FOR UPDATE SKIP LOCKED</c>), so workers never wait on each other or take the same
/// message; SQLite has one writer at a time, so its plain update is already exclusive.
/// </summary>
public sealed class OutboxStore(IDbContextFactory<IocDbContext> contexts, TimeProvider time)
{
    private const string Pending = nameof(OutboxStatus.Pending);
    private const string Sending = nameof(OutboxStatus.Sending);

    /// <summary>Claims up to <paramref name="count"/> due messages (pending and due, or sending with an expired lease).</summary>
    public async Task<List<OutboxMessage>> ClaimAsync(string token, int count, TimeSpan lease, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var until = now + lease;
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"""
                UPDATE outbox_messages SET status = {Sending}, lease_owner = {token}, lease_until_utc = {until}, attempts = attempts + 1
                WHERE id IN (
                    SELECT id FROM outbox_messages
                    WHERE (status = {Pending} AND next_attempt_at_utc <= {now}) OR (status = {Sending} AND lease_until_utc < {now})
                    ORDER BY next_attempt_at_utc
                    LIMIT {count}
                    FOR UPDATE SKIP LOCKED)
                """, ct);
        }
        else
        {
            var due = db.OutboxMessages
                .Where(m => (m.Status == OutboxStatus.Pending && m.NextAttemptAtUtc <= now) || (m.Status == OutboxStatus.Sending && m.LeaseUntilUtc < now))
                .OrderBy(m => m.NextAttemptAtUtc).Select(m => m.Id).Take(count);
            await db.OutboxMessages.Where(m => due.Contains(m.Id)).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, OutboxStatus.Sending)
                .SetProperty(m => m.LeaseOwner, token)
                .SetProperty(m => m.LeaseUntilUtc, until)
                .SetProperty(m => m.Attempts, m => m.Attempts + 1), ct);
        }
        return await db.OutboxMessages.AsNoTracking().Where(m => m.LeaseOwner == token && m.Status == OutboxStatus.Sending).ToListAsync(ct);
    }

    /// <summary>
    /// Records a send the transport accepted. A receipt that arrived first (delivered, read) is kept: the status only
    /// moves forward. Returns false when the claim was lost (another worker took the message after our lease expired).
    /// </summary>
    public async Task<bool> SucceededAsync(Guid id, string token, string? externalId, bool delivered, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var status = delivered ? OutboxStatus.Delivered : OutboxStatus.Sent;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.OutboxMessages.Where(m => m.Id == id && m.LeaseOwner == token).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, m => m.Status == OutboxStatus.Sending ? status : m.Status)
            .SetProperty(m => m.SentAtUtc, now)
            .SetProperty(m => m.DeliveredAtUtc, m => delivered ? now : m.DeliveredAtUtc)
            .SetProperty(m => m.ExternalId, m => externalId ?? m.ExternalId)
            .SetProperty(m => m.LastError, (string?)null)
            .SetProperty(m => m.LeaseOwner, (string?)null)
            .SetProperty(m => m.LeaseUntilUtc, (DateTime?)null), ct);
        return rows == 1;
    }

    /// <summary>Records a failed attempt: back to Pending at <paramref name="nextAttemptAtUtc"/>, or Failed when <paramref name="final"/>.</summary>
    public async Task<bool> FailedAsync(Guid id, string token, string error, bool final, DateTime nextAttemptAtUtc, CancellationToken ct)
    {
        var status = final ? OutboxStatus.Failed : OutboxStatus.Pending;
        error = error.Length <= 2000 ? error : error[..2000];
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.OutboxMessages.Where(m => m.Id == id && m.LeaseOwner == token && m.Status == OutboxStatus.Sending).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, status)
            .SetProperty(m => m.LastError, error)
            .SetProperty(m => m.NextAttemptAtUtc, nextAttemptAtUtc)
            .SetProperty(m => m.LeaseOwner, (string?)null)
            .SetProperty(m => m.LeaseUntilUtc, (DateTime?)null), ct);
        return rows == 1;
    }

    /// <summary>Queues a Failed message again (a supervisor's "retry"), with its attempt count reset.</summary>
    public async Task<bool> RequeueAsync(Guid id, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.OutboxMessages.Where(m => m.Id == id && m.Status == OutboxStatus.Failed).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, OutboxStatus.Pending)
            .SetProperty(m => m.Attempts, 0)
            .SetProperty(m => m.NextAttemptAtUtc, now), ct) == 1;
    }
}
