using Ioc.Data;
using Ioc.Data.Notifications;
using Ioc.Data.Reminders;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Scheduling;
using Ioc.Hub.Streaming;
using Microsoft.EntityFrameworkCore;

namespace Ioc.Hub.Reminders;

/// <summary>
/// Puts recorded reminders on the event stream as <c>ioc.reminder-sent</c> (one per reminder and case) and, for
/// escalations, one <c>ioc.escalated</c> per case, so walls and consoles see them at once. Event ids are name-based
/// (reminder, case), so announcing again after a crash between the store commit and the append adds no copy: the
/// projection keeps the first (docs/reminders.md).
/// </summary>
public sealed class ReminderAnnouncer(IDbContextFactory<IocDbContext> contexts, IEventStream stream, TimeProvider time, ILogger<ReminderAnnouncer> logger)
{
    /// <summary>The namespace of the reminders' event ids (a fixed random UUID; never change it).</summary>
    public static readonly Guid Namespace = new("3d0c8a51-7e2f-4b9c-a6d4-15f0e9b27c83");

    // Asia/Ho_Chi_Minh has no daylight saving: events carry +07:00 like the province's own producers.
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    public static Guid ReminderEventId(Guid reminderId, string caseId) => NameBasedGuid.Create(Namespace, $"{reminderId}/{caseId}");

    /// <summary>All reminders of one escalation action share their creation instant, hence one escalation event per case.</summary>
    public static Guid EscalationEventId(string caseId, DateTime createdAtUtc) => NameBasedGuid.Create(Namespace, $"{caseId}/escalated/{createdAtUtc.Ticks}");

    /// <summary>Announces the given reminders; returns how many were announced in full (the rest wait for the next sweep).</summary>
    public async Task<int> AnnounceAsync(IReadOnlyCollection<Guid> reminderIds, CancellationToken ct)
    {
        if (reminderIds.Count == 0)
            return 0;
        var ids = reminderIds.ToList();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var reminders = await db.Reminders.AsNoTracking().Include(r => r.Cases).Where(r => ids.Contains(r.Id) && r.AnnouncedAtUtc == null).ToListAsync(ct);
        var caseIds = reminders.SelectMany(r => r.Cases.Select(c => c.CaseId)).Distinct().ToList();
        var sequences = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.LastSequence, ct);

        var events = new List<(Guid ReminderId, CaseEvent Event)>();
        var escalated = new HashSet<Guid>();
        foreach (var reminder in reminders)
        {
            var at = new DateTimeOffset(DateTime.SpecifyKind(reminder.CreatedAtUtc, DateTimeKind.Utc)).ToOffset(VietnamOffset);
            foreach (var rc in reminder.Cases.Where(c => sequences.ContainsKey(c.CaseId)))
            {
                var sequence = sequences[rc.CaseId];
                // An automatic escalation notice follows the scheduler's own ioc.escalated: the case is escalated already.
                if (reminder.Kind == ReminderKinds.Escalation && !reminder.Automatic && escalated.Add(EscalationEventId(rc.CaseId, reminder.CreatedAtUtc)))
                {
                    events.Add((reminder.Id, new CaseEscalated
                    {
                        Id = EscalationEventId(rc.CaseId, reminder.CreatedAtUtc),
                        CaseId = rc.CaseId,
                        Sequence = sequence,
                        OccurredAt = at,
                        Actor = reminder.CreatedBy,
                        AgencyId = reminder.AgencyId,
                        Level = reminder.RecipientRole == RecipientRoles.Leader ? EscalationLevel.Leader : EscalationLevel.AgencyHead,
                        Reason = string.IsNullOrWhiteSpace(reminder.Reason) ? "Chuyển thủ trưởng đơn vị giải quyết." : reminder.Reason,
                        Automatic = reminder.Automatic,
                    }));
                }
                events.Add((reminder.Id, new ReminderSent
                {
                    Id = ReminderEventId(reminder.Id, rc.CaseId),
                    CaseId = rc.CaseId,
                    Sequence = sequence,
                    OccurredAt = at,
                    Actor = reminder.CreatedBy,
                    ReminderId = reminder.Id,
                    AgencyId = reminder.AgencyId,
                    Recipient = RoleOf(reminder.RecipientRole),
                    Channel = ChannelOf(reminder.Channel),
                    Forced = reminder.Forced,
                }));
            }
        }

        var failed = new HashSet<Guid>();
        if (events.Count > 0)
        {
            IReadOnlyList<AppendResult> results;
            try
            {
                results = await stream.AppendAsync([.. events.Select(e => e.Event)], ct);
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Could not announce {Count} reminders on the stream; the delivery worker retries", reminders.Count);
                return 0;
            }
            for (var i = 0; i < results.Count; i++)
            {
                if (!results[i].Succeeded)
                {
                    failed.Add(events[i].ReminderId);
                    logger.LogWarning("Could not announce reminder {ReminderId}: {Error}", events[i].ReminderId, results[i].Error);
                }
            }
        }
        var announced = reminders.Select(r => r.Id).Where(id => !failed.Contains(id)).ToList();
        var now = time.GetUtcNow().UtcDateTime;
        await db.Reminders.Where(r => announced.Contains(r.Id)).ExecuteUpdateAsync(s => s.SetProperty(r => r.AnnouncedAtUtc, now), ct);
        return announced.Count;
    }

    /// <summary>Reminders recorded more than <paramref name="olderThan"/> ago and still not on the stream (a crash in between).</summary>
    public async Task<int> AnnounceLeftoversAsync(TimeSpan olderThan, CancellationToken ct)
    {
        var before = time.GetUtcNow().UtcDateTime - olderThan;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var ids = await db.Reminders.AsNoTracking().Where(r => r.AnnouncedAtUtc == null && r.CreatedAtUtc < before)
            .OrderBy(r => r.CreatedAtUtc).Select(r => r.Id).Take(200).ToListAsync(ct);
        return await AnnounceAsync(ids, ct);
    }

    public static RecipientRole RoleOf(string role) => role switch
    {
        RecipientRoles.Leader => RecipientRole.Leader,
        RecipientRoles.Head => RecipientRole.AgencyHead,
        RecipientRoles.FocalOfficer => RecipientRole.FocalOfficer,
        _ => RecipientRole.Supervisor,
    };

    public static NotificationChannel ChannelOf(string channel) => channel switch
    {
        NotificationChannels.Email => NotificationChannel.Email,
        NotificationChannels.Zalo => NotificationChannel.Zalo,
        NotificationChannels.InApp => NotificationChannel.InApp,
        _ => NotificationChannel.Sms,
    };
}
