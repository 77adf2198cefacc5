using System.Text.Json;
using Ioc.Data;
using Ioc.Data.Kpi;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Projection;
using Ioc.Hub.Sla.Profiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ioc.Dashboard.Resources;

namespace Ioc.Dashboard.Kpi.Reports;

/// <summary>
/// Builds a <see cref="PeriodicReport"/>: the flows (received, resolved, rejected, ratings) from the daily roll-ups,
/// the pending cases (as of generation) and the overdue list from <c>cases</c> through indexed queries, and the stated
/// reasons from the event log (the late reason of the result, else the extension's or the reschedule's reason).
/// </summary>
public sealed class ReportBuilder(IDbContextFactory<IocDbContext> contexts, ProfileCatalog catalog, TimeProvider time, IStringLocalizer<SharedResource> l)
{
    private static readonly string[] ReasonTypes = [ResultSubmitted.TypeName, ExtensionRegistered.TypeName, CaseRescheduled.TypeName];

    public async Task<PeriodicReport> BuildAsync(string profileId, KpiPeriod period, CancellationToken ct = default)
    {
        var profile = catalog.Get(profileId).Profile;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var names = await KpiNames.LoadAsync(db, profileId, l["Kpi.OperationsCenter"], ct);
        var byAgency = await KpiQueries.SumAsync(db, profileId, period.From, period.To, KpiDimension.Agency, null, publicOnly: true, ct);
        var byField = await KpiQueries.SumAsync(db, profileId, period.From, period.To, KpiDimension.Field, null, publicOnly: true, ct);

        var inPeriod = db.Cases.AsNoTracking().Where(c => c.ProfileId == profileId && !c.IsStateSecret);
        var pending = await inPeriod
            .Where(c => c.ClosedAtUtc == null && c.ReceivedAtUtc >= period.FromUtc && c.ReceivedAtUtc < period.ToUtcExclusive)
            .GroupBy(c => new { Agency = c.LeadAgencyId ?? SnapshotNames.OperationsCenter, c.FieldCode, Overdue = c.SlaStatus == nameof(SlaStatus.Overdue) })
            .Select(g => new { g.Key.Agency, g.Key.FieldCode, g.Key.Overdue, Count = g.LongCount() })
            .ToListAsync(ct);

        ReportRow Row(string key, string name, DailyStats s, Func<string, string> pendingKey) => new(
            key, name, s.Received, s.ResolvedOnTime, s.Resolved - s.ResolvedOnTime,
            pending.Where(p => pendingKey(p.Agency + "\n" + p.FieldCode) == key && !p.Overdue).Sum(p => p.Count),
            pending.Where(p => pendingKey(p.Agency + "\n" + p.FieldCode) == key && p.Overdue).Sum(p => p.Count),
            s.Rejected,
            [.. new[] { s.Rated1, s.Rated2, s.Rated3, s.Rated4 }.Take(profile.Satisfaction.Count)]);
        static string AgencyOf(string k) => k[..k.IndexOf('\n')];
        static string FieldOf(string k) => k[(k.IndexOf('\n') + 1)..];

        // Keys that only have pending cases (received in the period, nothing else yet) still get a line.
        var agencyKeys = byAgency.Select(r => r.AgencyId).Union(pending.Select(p => p.Agency)).ToList();
        var fieldKeys = byField.Select(r => r.FieldCode).Union(pending.Select(p => p.FieldCode)).ToList();
        var agencies = agencyKeys.Select(k => Row(k, names.Agency(k), byAgency.FirstOrDefault(r => r.AgencyId == k) ?? KpiQueries.Empty(profileId, period.From), AgencyOf))
            .OrderBy(r => r.Name, StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false)).ToList();
        var fields = fieldKeys.Select(k => Row(k, names.Field(k), byField.FirstOrDefault(r => r.FieldCode == k) ?? KpiQueries.Empty(profileId, period.From), FieldOf))
            .OrderBy(r => r.Name, StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false)).ToList();
        var total = new ReportRow("", "", agencies.Sum(r => r.Received), agencies.Sum(r => r.ResolvedOnTime), agencies.Sum(r => r.ResolvedLate),
            agencies.Sum(r => r.PendingOnTime), agencies.Sum(r => r.PendingOverdue), agencies.Sum(r => r.Rejected),
            [.. Enumerable.Range(0, profile.Satisfaction.Count).Select(i => agencies.Sum(r => r.Ratings[i]))]);

        var (overdue, confidential) = await OverdueAsync(db, inPeriod, period, names, ct);
        return new PeriodicReport(profileId, profile.Name, period, time.GetUtcNow(), profile.Satisfaction, total, agencies, fields, overdue, confidential);
    }

    private static async Task<(List<OverdueCase>, int)> OverdueAsync(
        IocDbContext db, IQueryable<Data.Cases.CaseRecord> cases, KpiPeriod period, KpiNames names, CancellationToken ct)
    {
        const string overdue = nameof(SlaStatus.Overdue);
        var rows = await cases
            .Where(c => (c.ResolvedAtUtc >= period.FromUtc && c.ResolvedAtUtc < period.ToUtcExclusive && c.CaseDueAtUtc != null && c.ResolvedAtUtc > c.CaseDueAtUtc)
                || (c.ClosedAtUtc == null && c.SlaStatus == overdue && c.ReceivedAtUtc >= period.FromUtc && c.ReceivedAtUtc < period.ToUtcExclusive))
            .Select(c => new { c.Id, c.Code, c.LeadAgencyId, c.FieldCode, c.ReceivedAtUtc, c.CaseDueAtUtc, c.StepDueAtUtc, c.ResolvedAtUtc, c.LateByMinutes, c.IsConfidential })
            .ToListAsync(ct);
        var listed = rows.Where(r => !r.IsConfidential).ToList();
        var reasons = await ReasonsAsync(db, [.. listed.Select(r => r.Id)], ct);
        var list = listed
            .OrderBy(r => r.ReceivedAtUtc)
            .Select(r => new OverdueCase(r.Code, names.Agency(r.LeadAgencyId ?? SnapshotNames.OperationsCenter), names.Field(r.FieldCode), r.ReceivedAtUtc,
                r.ResolvedAtUtc is null ? r.StepDueAtUtc ?? r.CaseDueAtUtc : r.CaseDueAtUtc, r.ResolvedAtUtc, r.LateByMinutes, reasons.GetValueOrDefault(r.Id)))
            .ToList();
        return (list, rows.Count - listed.Count);
    }

    /// <summary>The latest stated reason per case: a result's late reason first, else an extension's or reschedule's.</summary>
    private static async Task<Dictionary<string, string>> ReasonsAsync(IocDbContext db, List<string> caseIds, CancellationToken ct)
    {
        var reasons = new Dictionary<string, (long Sequence, bool Late, string Text)>(StringComparer.Ordinal);
        foreach (var chunk in caseIds.Chunk(1000))
        {
            var events = await db.Events.AsNoTracking()
                .Where(e => chunk.Contains(e.CaseId) && ReasonTypes.Contains(e.Type))
                .Select(e => new { e.CaseId, e.Sequence, e.Type, e.PayloadJson })
                .ToListAsync(ct);
            foreach (var e in events)
            {
                using var json = JsonDocument.Parse(e.PayloadJson);
                var late = e.Type == ResultSubmitted.TypeName;
                var property = late ? "lateReason" : "reason";
                if (!json.RootElement.TryGetProperty(property, out var value) || value.GetString() is not { Length: > 0 } text)
                {
                    continue;
                }
                var better = !reasons.TryGetValue(e.CaseId, out var kept) || (late && !kept.Late) || (late == kept.Late && e.Sequence > kept.Sequence);
                if (better)
                {
                    reasons[e.CaseId] = (e.Sequence, late, text);
                }
            }
        }
        return reasons.ToDictionary(r => r.Key, r => r.Value.Text, StringComparer.Ordinal);
    }
}
