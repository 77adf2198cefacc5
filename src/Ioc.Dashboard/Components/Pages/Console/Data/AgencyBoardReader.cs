using Ioc.Data;
using Ioc.Data.Agencies;
using Ioc.Hub.Sla.Calendar;
using Ioc.Hub.Sla.Profiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ioc.Dashboard.Components.Pages.Console.Data;

/// <summary>
/// Reads the agency board from the store: open, due-soon and overdue cases per lead agency, the overdue ones late by
/// more than 3 working days (measured on the profile's calendar), the on-time rate and satisfaction of cases answered
/// in the last 30 days, and the last reminder sent. The live feed says when to read again (docs/console.md).
/// </summary>
public sealed class AgencyBoardReader(IDbContextFactory<IocDbContext> contexts, ProfileCatalog catalog, IOptions<ConsoleOptions> options, TimeProvider time)
{
    public const int LateWorkingDays = 3;
    private const string Overdue = "Overdue";
    private const string DueSoon = "DueSoon";

    public string ProfileId { get; } = options.Value.ProfileId!;

    public async Task<AgencyBoardData> ReadAsync(ConsoleViewer viewer, AgencyBoardFilter filter, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var planner = catalog.Get(ProfileId);
        var since30 = now.AddDays(-30).UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var names = await ConsoleNames.LoadAsync(db, ProfileId, ct);
        var cases = viewer.Visible(db.Cases.AsNoTracking()).Where(c => c.ProfileId == ProfileId);
        if (filter.Field is { } field)
            cases = cases.Where(c => c.FieldCode == field);
        if (filter.Unit is { } unit)
            cases = cases.Where(c => c.AdminUnitCode == unit);

        var open = await cases.Where(c => c.ClosedAtUtc == null)
            .Select(c => new OpenRow(c.LeadAgencyId, c.SlaStatus, c.StepDueAtUtc, c.IsEmergency, c.CurrentStep))
            .ToListAsync(ct);
        var resolved = await cases.Where(c => c.ResolvedAtUtc >= since30)
            .Select(c => new ResolvedRow(c.LeadAgencyId, c.ResolvedAtUtc!.Value, c.CaseDueAtUtc, c.Rating))
            .ToListAsync(ct);
        var lastReminders = await db.Reminders.AsNoTracking().GroupBy(r => r.AgencyId)
            .Select(g => new { AgencyId = g.Key, Last = g.Max(r => r.CreatedAtUtc) })
            .ToDictionaryAsync(r => r.AgencyId, r => r.Last, ct);

        if (filter.Holder is { } holder)
            open = [.. open.Where(c => HolderOf(planner.Profile, c) == holder)];

        var agencies = names.Agencies.Values
            .Where(a => filter.Level is null || a.Level == filter.Level)
            .Where(a => viewer.SeesAllAgencies || a.Id == viewer.AgencyId);
        var rows = agencies.Select(a => Row(a.Id, names.Agency(a.Id), a.Level,
                open.Where(c => c.LeadAgencyId == a.Id), resolved.Where(r => r.LeadAgencyId == a.Id),
                lastReminders.TryGetValue(a.Id, out var last) ? Instant(last) : null, planner.Profile, planner.Calendar, now))
            .OrderBy(r => r.Name, VietnameseOrder).Select((r, i) => r with { NameOrder = i })
            .ToList();
        var shown = rows.Select(r => r.AgencyId).ToHashSet(StringComparer.Ordinal);
        var province = Row("", "", "", open.Where(c => filter.Level is null || (c.LeadAgencyId is { } id && shown.Contains(id))),
            resolved.Where(r => filter.Level is null || (r.LeadAgencyId is { } id && shown.Contains(id))),
            rows.Max(r => r.LastReminderAt), planner.Profile, planner.Calendar, now);
        return new AgencyBoardData(now, province, rows,
            [.. names.Fields.OrderBy(f => f.Value, VietnameseOrder).Select(f => new BoardOption(f.Key, f.Value))],
            [.. names.Units.OrderBy(u => u.Value, VietnameseOrder).Select(u => new BoardOption(u.Key, u.Value))]);
    }

    private static readonly StringComparer VietnameseOrder = StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false);

    /// <summary>Open emergencies without an <c>ioc.emergency-acknowledged</c> event, oldest first.</summary>
    public async Task<IReadOnlyList<EmergencyItem>> EmergenciesAsync(ConsoleViewer viewer, CancellationToken ct = default)
    {
        var profile = catalog.Get(ProfileId).Profile;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var names = await ConsoleNames.LoadAsync(db, ProfileId, ct);
        var acknowledged = db.Events.Where(e => e.Type == Hub.Cases.Events.EmergencyAcknowledged.TypeName).Select(e => e.CaseId);
        var rows = await viewer.Visible(db.Cases.AsNoTracking())
            .Where(c => c.ProfileId == ProfileId && c.IsEmergency && c.ClosedAtUtc == null && !acknowledged.Contains(c.Id))
            .OrderBy(c => c.ReceivedAtUtc)
            .Select(c => new { c.Id, c.Code, c.EmergencyCategory, c.AdminUnitCode, c.ReceivedAtUtc, c.StepDueAtUtc, c.LastSequence })
            .ToListAsync(ct);
        return [.. rows.Select(c => new EmergencyItem(c.Id, c.Code,
            profile.EmergencyCategories.FirstOrDefault(k => k.Code == c.EmergencyCategory)?.Label ?? c.EmergencyCategory ?? "",
            names.Unit(c.AdminUnitCode), Instant(c.ReceivedAtUtc), c.StepDueAtUtc is { } due ? Instant(due) : null, c.LastSequence))];
    }

    /// <summary>Who holds a step by the profile's rule for it (the plan of an emergency for an emergency case).</summary>
    public static StepHolder? HolderOf(SlaProfile profile, string? step, bool emergency)
    {
        if (step is null)
            return null;
        var plans = emergency ? [profile.Emergency] : new[] { profile.Normal, profile.Coordinated ?? [] };
        foreach (var rule in plans.SelectMany(p => p))
        {
            if (Hub.Projection.SnapshotNames.Step(rule.Step) == step)
                return rule.Holder;
        }
        return step switch
        {
            "clarification" => StepHolder.Reporter,
            "redo" or "follow-up" => StepHolder.LeadAgency,
            _ => null,
        };
    }

    private static StepHolder? HolderOf(SlaProfile profile, OpenRow c) => HolderOf(profile, c.CurrentStep, c.IsEmergency);

    private static AgencyBoardRow Row(string id, string name, string level, IEnumerable<OpenRow> open, IEnumerable<ResolvedRow> resolved,
        DateTimeOffset? lastReminder, SlaProfile profile, WorkingCalendar calendar, DateTimeOffset now)
    {
        var (count, dueSoon, overdue, late) = (0, 0, 0, 0);
        foreach (var c in open)
        {
            count++;
            if (c.SlaStatus == DueSoon)
                dueSoon++;
            else if (c.SlaStatus == Overdue)
            {
                overdue++;
                if (c.StepDueAtUtc is { } due && LateBeyond(Instant(due), now, c.IsEmergency, calendar))
                    late++;
            }
        }
        var answered = resolved.ToList();
        var onTime = answered.Count(r => r.CaseDueAtUtc is not { } due || r.ResolvedAtUtc <= due);
        var ratings = answered.Select(r => r.Rating is { } code ? profile.FindRating(code) : null).Where(l => l is not null).ToList();
        return new AgencyBoardRow(id, name, level, count, dueSoon, overdue, late, answered.Count,
            answered.Count == 0 ? null : (double)onTime / answered.Count,
            ratings.Count, ratings.Count == 0 ? null : (double)ratings.Count(l => l!.Satisfied) / ratings.Count,
            lastReminder);
    }

    /// <summary>
    /// Late by more than 3 working days: 3 working days after the deadline, on the profile's calendar, have passed.
    /// An emergency's clock runs 24/7 (000 Điều 10), so its 3 days are 72 clock hours.
    /// </summary>
    public static bool LateBeyond(DateTimeOffset due, DateTimeOffset now, bool clockTime, WorkingCalendar calendar) =>
        (clockTime ? due.AddDays(LateWorkingDays) : calendar.AddWorkingDays(due, LateWorkingDays)) < now;

    private static DateTimeOffset Instant(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));

    private sealed record OpenRow(string? LeadAgencyId, string SlaStatus, DateTime? StepDueAtUtc, bool IsEmergency, string? CurrentStep);

    private sealed record ResolvedRow(string? LeadAgencyId, DateTime ResolvedAtUtc, DateTime? CaseDueAtUtc, string? Rating);
}
