using Ioc.Data;
using Ioc.Data.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Ioc.Hub.Reminders;

/// <summary>One outbox message of a reminder with its delivery state: the proof that it reached (or did not reach) someone.</summary>
public sealed record MessageDelivery(
    Guid Id, string Channel, string Recipient, OutboxStatus Status, int Attempts, string? LastError, DateTime CreatedAtUtc,
    DateTime NextAttemptAtUtc, DateTime? SentAtUtc, DateTime? DeliveredAtUtc, DateTime? ReadAtUtc);

/// <summary>A reminder or escalation about a case, newest first in <see cref="ReminderHistoryReader"/>.</summary>
public sealed record ReminderEntry(
    Guid Id, string Kind, string AgencyId, string RecipientRole, string? RecipientName, string Channel, DateTime CreatedAtUtc, string CreatedBy,
    bool Forced, string? Reason, bool Automatic, int CaseCount, string Message, IReadOnlyList<MessageDelivery> Messages);

/// <summary>Reads the reminders of a case (or an agency) with their messages' delivery state.</summary>
public sealed class ReminderHistoryReader(IDbContextFactory<IocDbContext> contexts)
{
    public async Task<IReadOnlyList<ReminderEntry>> ForCaseAsync(string caseId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var ids = db.ReminderCases.Where(rc => rc.CaseId == caseId).Select(rc => rc.ReminderId);
        return await ReadAsync(db, db.Reminders.Where(r => ids.Contains(r.Id)), ct);
    }

    public async Task<IReadOnlyList<ReminderEntry>> ForAgencyAsync(string agencyId, int take, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await ReadAsync(db, db.Reminders.Where(r => r.AgencyId == agencyId).OrderByDescending(r => r.CreatedAtUtc).Take(take), ct);
    }

    private static async Task<IReadOnlyList<ReminderEntry>> ReadAsync(IocDbContext db, IQueryable<Data.Reminders.Reminder> query, CancellationToken ct)
    {
        var reminders = await query.AsNoTracking().Select(r => new { Reminder = r, CaseCount = r.Cases.Count }).ToListAsync(ct);
        var ids = reminders.Select(r => (Guid?)r.Reminder.Id).ToList();
        var messages = (await db.OutboxMessages.AsNoTracking().Where(m => ids.Contains(m.ReminderId)).ToListAsync(ct)).ToLookup(m => m.ReminderId!.Value);
        return [.. reminders.OrderByDescending(r => r.Reminder.CreatedAtUtc).ThenBy(r => r.Reminder.RecipientRole).ThenBy(r => r.Reminder.Channel).Select(x =>
        {
            var r = x.Reminder;
            return new ReminderEntry(r.Id, r.Kind, r.AgencyId, r.RecipientRole, r.RecipientName, r.Channel, r.CreatedAtUtc, r.CreatedBy, r.Forced, r.Reason,
                r.Automatic, x.CaseCount, r.Message,
                [.. messages[r.Id].OrderBy(m => m.CreatedAtUtc).Select(m => new MessageDelivery(m.Id, m.Channel, m.Recipient, m.Status, m.Attempts, m.LastError,
                    m.CreatedAtUtc, m.NextAttemptAtUtc, m.SentAtUtc, m.DeliveredAtUtc, m.ReadAtUtc))]);
        })];
    }
}
