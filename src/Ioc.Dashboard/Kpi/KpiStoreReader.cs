using Ioc.Data;
using Ioc.Data.Kpi;
using Ioc.Dashboard.Components.Pages.Wall.Data;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Sla.Profiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Ioc.Dashboard.Resources;

namespace Ioc.Dashboard.Kpi;

/// <summary>One row of the league table or a breakdown: a dimension's value, its display name and its numbers.</summary>
public sealed record KpiRow(string Key, string Name, KpiNumbers Numbers, double? Latitude = null, double? Longitude = null);

/// <summary>One point of a trend: a day (or the first day of a month for long periods).</summary>
public sealed record KpiTrendPoint(DateOnly Day, long Received, long Resolved, double? OnTimeRate);

/// <summary>Everything the KPI page shows for one period.</summary>
public sealed record KpiView(
    KpiPeriod Period,
    KpiPeriod PreviousPeriod,
    KpiNumbers Current,
    KpiNumbers Previous,
    IReadOnlyList<KpiTrendPoint> Trend,
    IReadOnlyList<KpiRow> Agencies,
    IReadOnlyList<KpiRow> Fields,
    IReadOnlyList<KpiRow> Channels,
    IReadOnlyList<KpiRow> Units,
    SlaProfile Profile);

/// <summary>
/// Reads the KPI page's numbers: sums of the projection's daily roll-ups (never a scan of the cases), plus one indexed
/// count of the open overdue cases. Confidential cases are counted (statistics), state secrets too (internal page);
/// nothing here lists a case. The province is the deployment's (<c>Ioc:Wall:ProfileId</c>).
/// </summary>
public sealed class KpiStoreReader(
    IDbContextFactory<IocDbContext> contexts, ProfileCatalog catalog, IOptions<WallOptions> options, TimeProvider time,
    IStringLocalizer<SharedResource> l)
{
    public string ProfileId { get; } = options.Value.ProfileId ?? WallOptions.DefaultProfileId;

    public SlaProfile Profile => catalog.Get(ProfileId).Profile;

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Hub.Sla.Calendar.WorkingCalendar.VietnamTime).DateTime);

    public async Task<KpiView> ReadAsync(KpiPeriod period, CancellationToken ct = default)
    {
        var profile = Profile;
        var previous = period.Previous(profile.Reporting.CutoffDay);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var current = await NumbersAsync(db, period, ct);
        var before = await NumbersAsync(db, previous, ct);

        var days = await KpiQueries.SumAsync(db, ProfileId, period.From, period.To, KpiDimension.Day, null, publicOnly: false, ct);
        var names = await KpiNames.LoadAsync(db, ProfileId, l["Kpi.OperationsCenter"], ct);
        var openOverdue = await OpenOverdueByAgencyAsync(db, period, ct);

        async Task<IReadOnlyList<KpiRow>> By(KpiDimension dimension, Func<DailyStats, string> key, Func<string, string> name)
        {
            var rows = await KpiQueries.SumAsync(db, ProfileId, period.From, period.To, dimension, null, publicOnly: false, ct);
            return [.. rows.Select(r => new KpiRow(key(r), name(key(r)),
                KpiNumbers.From(r, profile, dimension == KpiDimension.Agency ? openOverdue.GetValueOrDefault(key(r)) : 0)))
                .OrderByDescending(r => r.Numbers.Received)];
        }

        var units = (await By(KpiDimension.AdminUnit, r => r.AdminUnitCode, names.Unit))
            .Select(r => names.Units.TryGetValue(r.Key, out var u) ? r with { Latitude = u.Latitude, Longitude = u.Longitude } : r).ToList();
        return new KpiView(
            period,
            previous,
            current,
            before,
            Trend(days, period),
            await By(KpiDimension.Agency, r => r.AgencyId, names.Agency),
            await By(KpiDimension.Field, r => r.FieldCode, names.Field),
            await By(KpiDimension.Channel, r => r.Channel, c => c),
            units,
            profile);
    }

    private async Task<KpiNumbers> NumbersAsync(IocDbContext db, KpiPeriod period, CancellationToken ct)
    {
        var sum = await KpiQueries.TotalAsync(db, ProfileId, period.From, period.To, null, publicOnly: false, ct);
        var overdue = await OpenOverdue(db, period).CountAsync(ct);
        return KpiNumbers.From(sum, Profile, overdue);
    }

    private async Task<Dictionary<string, int>> OpenOverdueByAgencyAsync(IocDbContext db, KpiPeriod period, CancellationToken ct) =>
        await OpenOverdue(db, period).GroupBy(c => c.LeadAgencyId ?? Hub.Projection.SnapshotNames.OperationsCenter)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);

    /// <summary>Open cases received in the period and past their due now (index on status and received time).</summary>
    private IQueryable<Data.Cases.CaseRecord> OpenOverdue(IocDbContext db, KpiPeriod period)
    {
        const string overdue = nameof(SlaStatus.Overdue);
        return db.Cases.AsNoTracking().Where(c => c.ProfileId == ProfileId && c.SlaStatus == overdue && c.ClosedAtUtc == null
            && c.ReceivedAtUtc >= period.FromUtc && c.ReceivedAtUtc < period.ToUtcExclusive);
    }

    /// <summary>Daily points up to three months, monthly beyond (a year of days is unreadable as a line).</summary>
    private static List<KpiTrendPoint> Trend(List<DailyStats> days, KpiPeriod period)
    {
        var byDay = days.ToDictionary(d => d.Day);
        var monthly = period.Days > 93;
        var points = new List<KpiTrendPoint>();
        for (var day = period.From; day <= period.To; day = monthly ? new DateOnly(day.Year, day.Month, 1).AddMonths(1) : day.AddDays(1))
        {
            var end = monthly ? Min(new DateOnly(day.Year, day.Month, 1).AddMonths(1).AddDays(-1), period.To) : day;
            long received = 0, resolved = 0, onTime = 0;
            for (var d = day; d <= end; d = d.AddDays(1))
            {
                if (byDay.TryGetValue(d, out var row))
                {
                    received += row.Received;
                    resolved += row.Resolved;
                    onTime += row.ResolvedOnTime;
                }
            }
            points.Add(new KpiTrendPoint(day, received, resolved, KpiNumbers.Rate(onTime, resolved)));
        }
        return points;
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}

/// <summary>Display names of the province's agencies, fields and units (codes stay when a name is unknown).</summary>
public sealed record KpiNames(
    IReadOnlyDictionary<string, string> Agencies,
    IReadOnlyDictionary<string, string> Fields,
    IReadOnlyDictionary<string, Data.Reference.AdminUnit> Units)
{
    public string Agency(string id) => Agencies.GetValueOrDefault(id, id);
    public string Field(string code) => Fields.GetValueOrDefault(code, code);
    public string Unit(string code) => Units.TryGetValue(code, out var u) ? u.Name : code;

    /// <param name="centreName">The name of the operations centre, which holds a case before it is routed.</param>
    public static async Task<KpiNames> LoadAsync(IocDbContext db, string profileId, string centreName, CancellationToken ct) => new(
        new Dictionary<string, string>(await db.Agencies.AsNoTracking().Where(a => a.ProfileId == profileId).ToDictionaryAsync(a => a.Id, a => a.ShortName ?? a.Name, ct))
        {
            [Hub.Projection.SnapshotNames.OperationsCenter] = centreName,
        },
        await db.Fields.AsNoTracking().Where(f => f.ProfileId == profileId).ToDictionaryAsync(f => f.Code, f => f.Name, ct),
        await db.AdminUnits.AsNoTracking().Where(u => u.ProfileId == profileId).ToDictionaryAsync(u => u.Code, ct));
}
