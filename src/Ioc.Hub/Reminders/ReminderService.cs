using Ioc.Data;
using Ioc.Data.Notifications;
using Ioc.Data.Reminders;
using Ioc.Hub.Notifications;
using Ioc.Hub.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Ioc.Hub.Reminders;

/// <summary>
/// Sends reminder actions: composes them (<see cref="ReminderComposer"/>), refuses them whole when any message has a
/// problem, then records each reminder with its cases and its outbox messages in one transaction, wakes the delivery
/// worker and announces the reminders on the stream. Delivery happens later, from the outbox (docs/reminders.md).
/// </summary>
public sealed class ReminderService(
    IDbContextFactory<IocDbContext> contexts, ReminderComposer composer, ReminderAnnouncer announcer, OutboxSignal outbox, TimeProvider time)
{
    /// <summary>The namespace of automatic reminders' ids, so a restart never sends the same one twice.</summary>
    public static readonly Guid AutomaticNamespace = new("b51e07c4-92d3-4f6a-8e1b-c7a0d53f9e24");

    public Task<ReminderPlan> PreviewAsync(ReminderRequest request, CancellationToken ct = default) => composer.ComposeAsync(request, ct);

    /// <summary>Sends <paramref name="request"/> as <paramref name="actor"/>; throws <see cref="ReminderProblem"/> with nothing written.</summary>
    public Task<ReminderPlan> SendAsync(ReminderRequest request, string actor, CancellationToken ct = default) =>
        SendAsync(request, actor, automaticKey: null, ct);

    /// <summary>
    /// Sends on behalf of the automatic policy: the reminders' ids derive from <paramref name="automaticKey"/>, so the
    /// same rule firing again (another instance, a restart) finds them recorded and sends nothing.
    /// </summary>
    public async Task<ReminderPlan> SendAsync(ReminderRequest request, string actor, string? automaticKey, CancellationToken ct = default)
    {
        var plan = await composer.ComposeAsync(request, ct);
        var problems = plan.Agencies.SelectMany(a => a.Messages).Where(m => m.Problem is not null).Select(m => m.Problem!).Distinct().ToArray();
        if (problems.Length > 0)
            throw ReminderProblem.BadInput(new Dictionary<string, string[]> { ["recipients"] = problems });
        if (plan.Agencies.Count == 0)
            return plan;

        var now = time.GetUtcNow().UtcDateTime;
        var kind = request.Scope switch
        {
            ReminderScope.Escalation => ReminderKinds.Escalation,
            ReminderScope.MonthlySummary => ReminderKinds.Summary,
            _ => ReminderKinds.Reminder,
        };
        var reminders = new List<Reminder>();
        var messages = new List<OutboxMessage>();
        foreach (var agency in plan.Agencies)
        {
            foreach (var m in agency.Messages)
            {
                var id = automaticKey is null ? Guid.CreateVersion7() : NameBasedGuid.Create(AutomaticNamespace, $"{automaticKey}/{agency.AgencyId}/{m.Role}/{m.Channel}");
                var reminder = new Reminder
                {
                    Id = id,
                    CaseId = agency.CaseIds.Count == 1 ? agency.CaseIds[0] : null,
                    AgencyId = agency.AgencyId,
                    Kind = kind,
                    RecipientRole = m.Role,
                    RecipientName = m.RecipientName,
                    Channel = m.Channel,
                    CreatedAtUtc = now,
                    CreatedBy = actor,
                    Message = m.Body,
                    Forced = request.Force,
                    Reason = string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim(),
                    Automatic = automaticKey is not null,
                    Cases = [.. agency.CaseIds.Select(c => new ReminderCase { CaseId = c, CreatedAtUtc = now })],
                };
                reminders.Add(reminder);
                messages.Add(new OutboxMessage
                {
                    Id = Guid.CreateVersion7(),
                    ReminderId = id,
                    Channel = m.Channel,
                    Recipient = m.Address!,
                    RecipientRole = m.Role,
                    Subject = m.Subject,
                    Body = m.Body,
                    CreatedAtUtc = now,
                    NextAttemptAtUtc = now,
                });
            }
        }

        if (!await RecordAsync(reminders, messages, automaticKey is not null, ct))
            return plan with { Agencies = [] };
        return plan with { ReminderIds = [.. reminders.Select(r => r.Id)] };
    }

    /// <summary>
    /// Writes reminders and their messages in one transaction, then wakes the worker and announces them. An automatic
    /// reminder already recorded (same name-based id: another instance, or before a restart) is not written again.
    /// </summary>
    internal async Task<bool> RecordAsync(List<Reminder> reminders, List<OutboxMessage> messages, bool automatic, CancellationToken ct)
    {
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            var ids = reminders.Select(r => r.Id).ToList();
            if (automatic && await db.Reminders.AnyAsync(r => ids.Contains(r.Id), ct))
                return false;
            try
            {
                // The reminder and its messages commit together or not at all: no message without its record, no record without its messages.
                await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
                {
                    db.ChangeTracker.Clear();
                    await using var transaction = await db.Database.BeginTransactionAsync(ct);
                    db.Reminders.AddRange(reminders);
                    db.OutboxMessages.AddRange(messages);
                    await db.SaveChangesAsync(ct);
                    await transaction.CommitAsync(ct);
                });
            }
            catch (DbUpdateException) when (automatic)
            {
                if (await ExistsAsync(ids, ct))
                    return false; // another instance recorded the same automatic reminder first
                throw;
            }
        }
        outbox.Wake();
        await announcer.AnnounceAsync([.. reminders.Select(r => r.Id)], ct);
        return true;
    }

    private async Task<bool> ExistsAsync(List<Guid> ids, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Reminders.AnyAsync(r => ids.Contains(r.Id), ct);
    }
}
