using Ioc.Data;
using Ioc.Data.Agencies;
using Ioc.Data.Cases;
using Ioc.Data.Notifications;
using Ioc.Data.Reminders;
using Ioc.Hub.Projection;
using Ioc.Hub.Reminders.Templates;
using Ioc.Hub.Sla.Profiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ioc.Hub.Reminders;

/// <summary>
/// Turns a reminder request into the messages it sends: finds the case or the agency's overdue cases, applies the
/// duplicate window, picks each recipient's address on each channel, and fills the templates. Reads only; a send
/// writes what this returns (<see cref="ReminderService"/>), so a preview shows exactly what would go out.
/// </summary>
public sealed class ReminderComposer(
    IDbContextFactory<IocDbContext> contexts, MessageTemplates templates, ProfileCatalog profiles, IOptions<ReminderOptions> options, TimeProvider time)
{
    private static readonly string OverdueStatus = SnapshotNames.Status(Cases.Events.SlaStatus.Overdue);

    public async Task<ReminderPlan> ComposeAsync(ReminderRequest request, CancellationToken ct = default)
    {
        var settings = options.Value;
        Validate(request, settings);
        var recipients = request.Recipients is { Count: > 0 } chosen ? chosen : ReminderRequest.DefaultRecipients(request.Scope);
        var now = time.GetUtcNow().UtcDateTime;
        var windowStart = now - settings.DuplicateWindow;
        await using var db = await contexts.CreateDbContextAsync(ct);

        var targets = request.Scope switch
        {
            ReminderScope.Case or ReminderScope.Escalation => [await OneCaseAsync(db, request.CaseId!, ct)],
            ReminderScope.Agency or ReminderScope.MonthlySummary => [await AgencyCasesAsync(db, request.AgencyId!, ct)],
            _ => await AllAgenciesAsync(db, ct),
        };

        // The duplicate window: a case reminded (or, for an escalation, escalated) within it is left out unless forced.
        var kinds = request.Scope == ReminderScope.Escalation ? new[] { ReminderKinds.Escalation } : [ReminderKinds.Reminder, ReminderKinds.Escalation];
        var allIds = targets.SelectMany(t => t.Item2.Select(c => c.Id)).ToList();
        var recent = await (
            from rc in db.ReminderCases.AsNoTracking()
            join r in db.Reminders.AsNoTracking() on rc.ReminderId equals r.Id
            where allIds.Contains(rc.CaseId) && rc.CreatedAtUtc > windowStart && kinds.Contains(r.Kind)
            group rc by rc.CaseId into g
            select new { CaseId = g.Key, Last = g.Max(x => x.CreatedAtUtc) }).ToDictionaryAsync(x => x.CaseId, x => x.Last, ct);
        DateTime? lastReminder = recent.Count == 0 ? null : recent.Values.Max();

        var drafts = new List<AgencyDraft>();
        var skipped = new List<SkippedAgency>();
        foreach (var (agency, cases) in targets)
        {
            var due = request.Force || request.Automatic ? cases : cases.Where(c => !recent.ContainsKey(c.Id)).ToList();
            if (due.Count == 0)
            {
                if (request.Scope != ReminderScope.AllAgencies)
                {
                    throw ReminderProblem.Duplicate(lastReminder!.Value,
                        $"Đã nhắc lúc {MessageValues.Local(lastReminder.Value)} (trong {MessageValues.Span(settings.DuplicateWindow)} chống trùng). Chọn \"Gửi lại\" và nêu lý do để gửi tiếp.");
                }
                skipped.Add(new(agency.Id, agency.Name, "Các phản ánh quá hạn đều đã được nhắc trong khoảng thời gian chống trùng."));
                continue;
            }
            var messages = await MessagesAsync(request, recipients, agency, due, now, ct);
            if (request.Scope == ReminderScope.AllAgencies && messages.FirstOrDefault(m => m.Problem is not null) is { } bad)
            {
                // Nothing half-sent: an agency whose contact is missing is left out whole, and said so.
                skipped.Add(new(agency.Id, agency.Name, bad.Problem!));
                continue;
            }
            drafts.Add(new(agency.Id, agency.Name, [.. due.Select(c => c.Id)], [.. due.Select(c => c.Code)], messages));
        }
        return new(drafts, skipped, lastReminder);
    }

    private async Task<List<DraftMessage>> MessagesAsync(
        ReminderRequest request, IReadOnlyList<RecipientChoice> recipients, Agency agency, IReadOnlyList<CaseRecord> cases, DateTime now, CancellationToken ct)
    {
        var settings = options.Value;
        var kind = request.Scope switch
        {
            ReminderScope.Escalation => TemplateKinds.Escalation,
            ReminderScope.Case => TemplateKinds.CaseReminder,
            ReminderScope.MonthlySummary => TemplateKinds.MonthlySummary,
            _ => TemplateKinds.AgencyReminder,
        };
        var first = cases[0];
        var values = new Dictionary<string, string>
        {
            [Placeholders.CaseCode] = first.Code,
            [Placeholders.Agency] = agency.Name,
            [Placeholders.Deadline] = first.StepDueAtUtc is { } due ? MessageValues.Local(due) : "",
            [Placeholders.OverdueBy] = MessageValues.Since(first.StepDueAtUtc, now),
            [Placeholders.Step] = MessageValues.Step(first.CurrentStep),
            [Placeholders.Count] = cases.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [Placeholders.List] = MessageValues.List(cases, settings.MaxListedCases),
            [Placeholders.Province] = settings.ProvinceName ?? (profiles.TryGet(agency.ProfileId, out var planner) ? planner.Profile.Name : agency.ProfileId),
            [Placeholders.Month] = request.Month ?? "",
            [Placeholders.Reason] = request.Reason?.Trim() ?? "",
        };
        var messages = new List<DraftMessage>();
        foreach (var choice in recipients)
        {
            var contact = ContactOf(agency, choice.Role);
            foreach (var channel in choice.Channels.Distinct())
            {
                values[Placeholders.Recipient] = contact.Name;
                var address = AddressOf(contact, channel, agency.Id);
                var template = await templates.GetAsync(kind, channel, ct);
                var body = string.IsNullOrWhiteSpace(request.Message) ? TemplateText.Fill(template.Body, values) : request.Message.Trim();
                var subject = template.Subject is null ? null : TemplateText.Fill(template.Subject, values);
                var problem = address is null
                    ? $"{agency.Name}: {RoleName(choice.Role)} chưa có {ChannelAddressName(channel)}."
                    : TemplateText.CheckMessage(channel, body, settings.SmsMaxLength);
                messages.Add(new(agency.Id, agency.Name, choice.Role, contact.Name is { Length: > 0 } n ? n : null, channel, address, subject, body, problem));
            }
        }
        return messages;
    }

    private static void Validate(ReminderRequest request, ReminderOptions settings)
    {
        var errors = new Dictionary<string, string[]>();
        if ((request.Scope is ReminderScope.Case or ReminderScope.Escalation) && string.IsNullOrWhiteSpace(request.CaseId))
            errors["caseId"] = ["Cần mã phản ánh."];
        if ((request.Scope is ReminderScope.Agency or ReminderScope.MonthlySummary) && string.IsNullOrWhiteSpace(request.AgencyId))
            errors["agencyId"] = ["Cần mã cơ quan."];
        if (request.Force && string.IsNullOrWhiteSpace(request.Reason))
            errors["reason"] = ["Gửi lại trong khoảng thời gian chống trùng cần nêu lý do."];
        if (request.Reason is { Length: > 1000 })
            errors["reason"] = ["Lý do tối đa 1000 ký tự."];
        if (request.Message is { } message && message.Length > 0 && string.IsNullOrWhiteSpace(message))
            errors["message"] = ["Nội dung tin nhắn trống."];
        if (request.Message is { Length: > TemplateText.MaxBodyLength })
            errors["message"] = [$"Nội dung dài {request.Message.Length} ký tự, tối đa {TemplateText.MaxBodyLength}."];
        foreach (var choice in request.Recipients ?? [])
        {
            if (choice.Role is not (RecipientRoles.FocalOfficer or RecipientRoles.Leader or RecipientRoles.Head))
                errors["recipients"] = [$"Không có vai trò người nhận '{choice.Role}' (focal-officer, leader, head)."];
            else if (choice.Channels is not { Count: > 0 })
                errors["recipients"] = [$"Chọn ít nhất một kênh cho {RoleName(choice.Role)}."];
            else if (choice.Channels.FirstOrDefault(c => !DefaultTemplates.Channels.Contains(c)) is { } unknown)
                errors["recipients"] = [$"Không có kênh '{unknown}' (sms, email, zalo, in-app)."];
        }
        if (errors.Count > 0)
            throw ReminderProblem.BadInput(errors);
    }

    private static async Task<(Agency Agency, List<CaseRecord> Cases)> OneCaseAsync(IocDbContext db, string idOrCode, CancellationToken ct)
    {
        var key = idOrCode.Trim();
        var record = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == key || c.Code == key, ct)
            ?? throw ReminderProblem.BadInput("caseId", $"Không có phản ánh '{key}'.");
        if (!SnapshotNames.OpenStages.Contains(record.Stage))
            throw ReminderProblem.BadInput("caseId", $"Phản ánh {record.Code} đã đóng.");
        var agencyId = record.LeadAgencyId ?? (record.Holder is { } h && h != SnapshotNames.OperationsCenter ? h : null)
            ?? throw ReminderProblem.BadInput("caseId", $"Phản ánh {record.Code} chưa giao cơ quan nào.");
        var agency = await db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Id == agencyId, ct)
            ?? throw ReminderProblem.BadInput("caseId", $"Cơ quan '{agencyId}' của phản ánh {record.Code} không có trong danh mục.");
        return (agency, [record]);
    }

    private static async Task<(Agency Agency, List<CaseRecord> Cases)> AgencyCasesAsync(IocDbContext db, string agencyId, CancellationToken ct)
    {
        var agency = await db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Id == agencyId, ct)
            ?? throw ReminderProblem.BadInput("agencyId", $"Không có cơ quan '{agencyId}'.");
        var cases = await OverdueCases(db).Where(c => c.LeadAgencyId == agencyId).ToListAsync(ct);
        if (cases.Count == 0)
            throw ReminderProblem.BadInput("agencyId", $"{agency.Name} không có phản ánh quá hạn.");
        return (agency, cases);
    }

    private static async Task<List<(Agency Agency, List<CaseRecord> Cases)>> AllAgenciesAsync(IocDbContext db, CancellationToken ct)
    {
        var cases = await OverdueCases(db).Where(c => c.LeadAgencyId != null).ToListAsync(ct);
        var ids = cases.Select(c => c.LeadAgencyId!).Distinct().ToList();
        var agencies = await db.Agencies.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        return [.. cases.GroupBy(c => c.LeadAgencyId!).Where(g => agencies.ContainsKey(g.Key)).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (agencies[g.Key], g.ToList()))];
    }

    private static IQueryable<CaseRecord> OverdueCases(IocDbContext db)
    {
        var open = SnapshotNames.OpenStages.ToList();
        return db.Cases.AsNoTracking().Where(c => c.SlaStatus == OverdueStatus && open.Contains(c.Stage)).OrderBy(c => c.StepDueAtUtc);
    }

    internal static Contact ContactOf(Agency agency, string role) => role switch
    {
        RecipientRoles.Leader => agency.Leader,
        RecipientRoles.Head => agency.Head,
        _ => agency.FocalOfficer,
    };

    internal static string? AddressOf(Contact contact, string channel, string agencyId)
    {
        var address = channel switch
        {
            NotificationChannels.Sms => contact.Phone,
            NotificationChannels.Email => contact.Email,
            NotificationChannels.Zalo => contact.ZaloUserId,
            // In-app messages go to the agency's own console users.
            _ => string.IsNullOrWhiteSpace(contact.Name) && string.IsNullOrWhiteSpace(contact.Phone) && string.IsNullOrWhiteSpace(contact.Email) ? null : agencyId,
        };
        return string.IsNullOrWhiteSpace(address) ? null : address.Trim();
    }

    internal static string RoleName(string role) => role switch
    {
        RecipientRoles.Leader => "lãnh đạo",
        RecipientRoles.Head => "thủ trưởng",
        _ => "cán bộ đầu mối",
    };

    private static string ChannelAddressName(string channel) => channel switch
    {
        NotificationChannels.Sms => "số điện thoại",
        NotificationChannels.Email => "địa chỉ thư điện tử",
        NotificationChannels.Zalo => "tài khoản Zalo",
        _ => "thông tin liên hệ",
    };
}
