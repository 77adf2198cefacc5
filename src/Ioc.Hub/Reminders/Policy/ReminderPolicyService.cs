using Ioc.Data;
using Ioc.Data.Notifications;
using Ioc.Data.Reminders;
using Ioc.Hub.Projection;
using Ioc.Hub.Reminders.Templates;
using Ioc.Hub.Scheduling;
using Ioc.Hub.Sla.Profiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ioc.Hub.Reminders.Policy;

/// <summary>
/// The automatic policy: every <c>PolicyInterval</c> it asks <see cref="PolicyRules"/> what each open case of this
/// process's memory needs (due soon, the overdue ladder, the escalation notice, unacknowledged emergencies) and sends
/// what was never sent, and on its day sends each agency leader the monthly summary. Every automatic reminder has a
/// name-based id from its rule's key, so a restart or a second worker finds it recorded and sends nothing again.
/// </summary>
public sealed class ReminderPolicyService(
    ProjectionMemory memory, PolicyCatalog policies, ProfileCatalog profiles, ReminderService reminders, MessageTemplates templates,
    IDbContextFactory<IocDbContext> contexts, PartitionOwnership ownership, TimeProvider time, IOptions<ReminderOptions> options,
    ILogger<ReminderPolicyService> logger) : BackgroundService
{
    public const string Actor = "ioc.policy";

    // Keys handled by this process (sent, found recorded, or refused), so each is tried once per process, or once an hour when refused.
    private readonly Dictionary<string, DateTimeOffset> handled = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.PolicyEnabled || ownership.ConsumerId is null)
        {
            logger.LogInformation("Automatic reminder policy idle (disabled, or this process does not consume the event stream)");
            return;
        }
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Automatic reminder policy failed; next round in {Interval}", options.Value.PolicyInterval);
            }
            try
            {
                await Task.Delay(options.Value.PolicyInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One round over the open cases and the monthly summaries; returns the keys sent.</summary>
    public async Task<IReadOnlyList<string>> RunOnceAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var sent = new List<string>();
        foreach (var c in memory.OpenCases())
        {
            if (policies.For(c.State.ProfileId) is not { } policy || !profiles.TryGet(c.State.ProfileId, out var planner))
                continue;
            foreach (var action in PolicyRules.For(c, policy, planner.Calendar, now))
            {
                if (!ShouldTry(action.Key, now))
                    continue;
                if (await SendAsync(c.CaseId, action, ct))
                    sent.Add(action.Key);
            }
        }
        foreach (var (profileId, policy) in policies.Policies)
        {
            if (policy.MonthlySummary is { } rule && PolicyRules.Summary(rule, now) is { Due: true } summary)
                sent.AddRange(await SummariesAsync(profileId, rule, summary.Month, now, ct));
        }
        return sent;
    }

    private bool ShouldTry(string key, DateTimeOffset now)
    {
        if (handled.TryGetValue(key, out var retryAt) && retryAt > now)
            return false;
        if (handled.Count > 200_000)
            handled.Clear(); // the store's ids keep repeats out; this set only spares queries
        return true;
    }

    private async Task<bool> SendAsync(string caseId, PolicyAction action, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        try
        {
            bool recorded;
            if (action.Recipients.Count == 0)
            {
                recorded = await AlertSupervisorsAsync(caseId, action, ct);
            }
            else
            {
                var request = new ReminderRequest { Scope = action.Scope, CaseId = caseId, Recipients = action.Recipients, Reason = action.Reason, Automatic = true };
                recorded = (await reminders.SendAsync(request, Actor, action.Key, ct)).ReminderIds.Count > 0;
            }
            handled[action.Key] = DateTimeOffset.MaxValue;
            if (recorded)
                logger.LogInformation("Automatic reminder {Key} sent ({Article})", action.Key, action.Reason);
            return recorded;
        }
        catch (ReminderProblem problem)
        {
            handled[action.Key] = now.AddHours(1);
            logger.LogWarning("Automatic reminder {Key} not sent: {Problem}", action.Key, string.Join(" ", problem.Errors.SelectMany(e => e.Value)));
            return false;
        }
    }

    private async Task<IReadOnlyList<string>> SummariesAsync(string profileId, MonthlySummaryRule rule, DateOnly month, DateTimeOffset now, CancellationToken ct)
    {
        var overdue = SnapshotNames.Status(Cases.Events.SlaStatus.Overdue);
        var open = SnapshotNames.OpenStages.ToList();
        List<string> agencies;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            agencies = await db.Cases.AsNoTracking()
                .Where(c => c.ProfileId == profileId && c.SlaStatus == overdue && open.Contains(c.Stage) && c.LeadAgencyId != null)
                .Select(c => c.LeadAgencyId!).Distinct().ToListAsync(ct);
        }
        var sent = new List<string>();
        foreach (var agencyId in agencies.Order(StringComparer.Ordinal))
        {
            var key = $"summary/{profileId}/{month:yyyy-MM}/{agencyId}";
            if (!ShouldTry(key, now))
                continue;
            var request = new ReminderRequest
            {
                Scope = ReminderScope.MonthlySummary, AgencyId = agencyId, Recipients = rule.Recipients, Reason = rule.Article,
                Automatic = true, Month = month.ToString("MM/yyyy", System.Globalization.CultureInfo.InvariantCulture),
            };
            try
            {
                if ((await reminders.SendAsync(request, Actor, key, ct)).ReminderIds.Count > 0)
                    sent.Add(key);
                handled[key] = DateTimeOffset.MaxValue;
            }
            catch (ReminderProblem problem)
            {
                handled[key] = now.AddHours(1);
                logger.LogWarning("Monthly summary {Key} not sent: {Problem}", key, string.Join(" ", problem.Errors.SelectMany(e => e.Value)));
            }
        }
        return sent;
    }

    /// <summary>An emergency nobody acknowledged: every supervisor on duty, by SMS and e-mail where they have them.</summary>
    private async Task<bool> AlertSupervisorsAsync(string caseId, PolicyAction action, CancellationToken ct)
    {
        var supervisors = options.Value.Supervisors;
        if (supervisors.Count == 0)
            throw ReminderProblem.BadInput("supervisors", $"{ReminderOptions.SectionName}:Supervisors is empty: nobody to alert.");
        await using var db = await contexts.CreateDbContextAsync(ct);
        var record = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, ct)
            ?? throw ReminderProblem.BadInput("caseId", $"Không có phản ánh '{caseId}'.");
        var agency = record.LeadAgencyId is { } id ? await db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct) : null;
        var now = time.GetUtcNow().UtcDateTime;
        var values = new Dictionary<string, string>
        {
            [Placeholders.CaseCode] = record.Code,
            [Placeholders.Agency] = agency?.Name ?? "Trung tâm",
            [Placeholders.OverdueBy] = MessageValues.Span(now - record.ReceivedAtUtc),
            [Placeholders.Province] = options.Value.ProvinceName ?? (profiles.TryGet(record.ProfileId, out var p) ? p.Profile.Name : record.ProfileId),
        };
        var list = new List<Reminder>();
        var messages = new List<OutboxMessage>();
        foreach (var (supervisor, index) in supervisors.Select((s, i) => (s, i)))
        {
            foreach (var (channel, address) in new[] { (NotificationChannels.Sms, supervisor.Phone), (NotificationChannels.Email, supervisor.Email) })
            {
                if (string.IsNullOrWhiteSpace(address))
                    continue;
                var template = await templates.GetAsync(TemplateKinds.EmergencyAlert, channel, ct);
                values[Placeholders.Recipient] = supervisor.Name;
                var body = TemplateText.Fill(template.Body, values);
                var reminderId = NameBasedGuid.Create(ReminderService.AutomaticNamespace, $"{action.Key}/supervisor/{index}/{channel}");
                list.Add(new Reminder
                {
                    Id = reminderId, CaseId = caseId, AgencyId = record.LeadAgencyId ?? SnapshotNames.OperationsCenter, Kind = ReminderKinds.Reminder,
                    RecipientRole = "supervisor", RecipientName = supervisor.Name, Channel = channel, CreatedAtUtc = now, CreatedBy = Actor,
                    Message = body, Reason = action.Reason, Automatic = true, Cases = [new ReminderCase { CaseId = caseId, CreatedAtUtc = now }],
                });
                messages.Add(new OutboxMessage
                {
                    Id = Guid.CreateVersion7(), ReminderId = reminderId, Channel = channel, Recipient = address.Trim(), RecipientRole = "supervisor",
                    Subject = template.Subject is { } s ? TemplateText.Fill(s, values) : null, Body = body, CreatedAtUtc = now, NextAttemptAtUtc = now,
                });
            }
        }
        return list.Count > 0 && await reminders.RecordAsync(list, messages, automatic: true, ct);
    }
}
