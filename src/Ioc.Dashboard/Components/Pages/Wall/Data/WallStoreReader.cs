using System.Text;
using Ioc.Dashboard.Components.Pages.Wall.Models;
using Ioc.Data;
using Ioc.Data.Cases;
using Ioc.Data.Reference;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Privacy;
using Ioc.Hub.Sla.Profiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ioc.Dashboard.Components.Pages.Wall.Data;

/// <summary>
/// Reads what the wall shows from the store (<c>cases</c>, <c>case_events</c>, reference tables) and maps it to the
/// wall's models: the one place that knows both, so the live feed can replace it without touching a component.
/// Confidential and state-secret cases are left out of everything, counts included (DOMAIN "rules common to all five").
/// </summary>
public sealed class WallStoreReader(
    IDbContextFactory<IocDbContext> contexts,
    ProfileCatalog catalog,
    IOptions<WallOptions> wallOptions,
    IOptions<MapOptions> mapOptions,
    TimeProvider time)
{
    /// <summary>Agencies need this many ratings in 30 days before they can be named among the lowest rated.</summary>
    public const int MinimumRatings = 5;
    public const int LowestAgencies = 3;
    public const int TickerSize = 12;

    private const string BackdropUrl = "geo/vietnam-34.geojson";
    private readonly string profileId = wallOptions.Value.ProfileId ?? WallOptions.DefaultProfileId;
    private Task<WallProvince>? province;

    /// <summary>The province and its map base; read once (reference data changes with a deployment, not live).</summary>
    public Task<WallProvince> ProvinceAsync(CancellationToken ct = default)
    {
        var loading = province;
        if (loading is null || loading.IsFaulted || loading.IsCanceled)
        {
            // Shared by every wall: no one caller's cancellation may cancel the load the others wait for.
            province = loading = LoadProvinceAsync(CancellationToken.None);
        }

        return loading.WaitAsync(ct);
    }

    public async Task<WallSnapshot> ReadAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var planner = catalog.Get(profileId);
        var today = StartOfVietnamDay(now);
        var since30 = now.AddDays(-30).UtcDateTime;

        await using var db = await contexts.CreateDbContextAsync(ct);
        var shown = db.Cases.AsNoTracking().Where(c => c.ProfileId == profileId).PublicOnly();
        var open = await shown.Where(c => c.ClosedAtUtc == null)
            .Select(c => new OpenCase(c.Id, c.Code, c.Latitude, c.Longitude, c.SlaStatus, c.IsEmergency, c.EmergencyCategory,
                c.FieldCode, c.AdminUnitCode, c.LeadAgencyId, c.ReceivedAtUtc, c.StepDueAtUtc))
            .ToListAsync(ct);
        var receivedToday = await shown.CountAsync(c => c.ReceivedAtUtc >= today, ct);
        var resolved = await shown.Where(c => c.ResolvedAtUtc >= since30)
            .Select(c => new ResolvedCase(c.ReceivedAtUtc, c.ResolvedAtUtc!.Value, c.CaseDueAtUtc))
            .ToListAsync(ct);

        var agencies = await db.Agencies.AsNoTracking().Where(a => a.ProfileId == profileId).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        var fields = await db.Fields.AsNoTracking().Where(f => f.ProfileId == profileId).ToDictionaryAsync(f => f.Code, f => f.Name, ct);
        var units = await db.AdminUnits.AsNoTracking().Where(u => u.ProfileId == profileId).ToDictionaryAsync(u => u.Code, u => u.Name, ct);
        var names = new Names(agencies, fields, units);

        var kpis = new WallKpis(
            receivedToday,
            resolved.Count(r => r.ResolvedAtUtc >= today),
            open.Count,
            open.Count(c => c.SlaStatus == nameof(SlaStatus.Overdue)),
            resolved.Count == 0 ? null : (double)resolved.Count(r => r.OnTime) / resolved.Count,
            Median(resolved.Select(r => r.ResolvedAtUtc - r.ReceivedAtUtc)));

        return new WallSnapshot(
            now,
            kpis,
            [.. open.Where(c => c.Latitude is not null && c.Longitude is not null).Select(c => ToWallCase(c, now, planner.Calendar, names))],
            Counters(open, names),
            await EmergenciesAsync(db, open, planner.Profile, names, ct),
            await SatisfactionAsync(db, shown, planner.Profile, names, today, since30, ct),
            await TickerAsync(db, shown, names, ct));
    }

    private static WallCase ToWallCase(OpenCase c, DateTimeOffset now, Ioc.Hub.Sla.Calendar.WorkingCalendar calendar, Names names)
    {
        DateTimeOffset? due = c.StepDueAtUtc is { } d ? Instant(d) : null;
        // Working time (clock time on an emergency clock), negative once the deadline has passed.
        TimeSpan? left = due is { } at ? (at >= now ? calendar.Measure(now, at, c.IsEmergency) : -calendar.Measure(at, now, c.IsEmergency)) : null;
        return new WallCase(
            c.Id, c.Code, c.Latitude!.Value, c.Longitude!.Value, StatusOf(c.SlaStatus), c.IsEmergency,
            c.FieldCode, names.Field(c.FieldCode), c.AdminUnitCode, names.Unit(c.AdminUnitCode), Instant(c.ReceivedAtUtc), due, left);
    }

    /// <summary>Every agency with open cases, and the operations center for cases not routed yet.</summary>
    private static List<AgencyCounter> Counters(List<OpenCase> open, Names names) =>
    [
        .. open.GroupBy(c => c.LeadAgencyId ?? AgencyCounter.OperationsCenterId).Select(g => new AgencyCounter(
            g.Key,
            g.Key == AgencyCounter.OperationsCenterId ? "" : names.Agency(g.Key),
            g.Count(c => c.SlaStatus == nameof(SlaStatus.Overdue)),
            g.Count(c => c.SlaStatus == nameof(SlaStatus.DueSoon)),
            g.Count())),
    ];

    /// <summary>Open emergencies without an acknowledgement on the log (the console writes <see cref="EmergencyAcknowledged"/>).</summary>
    private static async Task<List<EmergencyAlert>> EmergenciesAsync(IocDbContext db, List<OpenCase> open, SlaProfile profile, Names names, CancellationToken ct)
    {
        var emergencies = open.Where(c => c.IsEmergency).ToList();
        if (emergencies.Count == 0)
        {
            return [];
        }

        var ids = emergencies.Select(c => c.Id).ToList();
        var acknowledged = (await db.Events.AsNoTracking()
            .Where(e => e.Type == EmergencyAcknowledged.TypeName && ids.Contains(e.CaseId))
            .Select(e => e.CaseId)
            .ToListAsync(ct)).ToHashSet();
        return [.. emergencies.Where(c => !acknowledged.Contains(c.Id)).Select(c => new EmergencyAlert(
            c.Id,
            c.Code,
            profile.EmergencyCategories.FirstOrDefault(k => k.Code == c.EmergencyCategory)?.Label ?? c.EmergencyCategory ?? names.Field(c.FieldCode),
            names.Unit(c.AdminUnitCode),
            Instant(c.ReceivedAtUtc),
            c.StepDueAtUtc is { } due ? Instant(due) : null))];
    }

    /// <summary>Ratings given today and in the last 30 days, on the profile's scale, and the agencies rated lowest.</summary>
    private static async Task<SatisfactionSummary> SatisfactionAsync(
        IocDbContext db, IQueryable<CaseRecord> shown, SlaProfile profile, Names names, DateTime today, DateTime since30, CancellationToken ct)
    {
        if (profile.Satisfaction.Count == 0)
        {
            return SatisfactionSummary.Empty;
        }

        var rows = await (from e in db.Events.AsNoTracking()
                          where e.Type == CaseRated.TypeName && e.OccurredAtUtc >= since30
                          join c in shown on e.CaseId equals c.Id
                          select new { e.OccurredAtUtc, e.PayloadJson, c.LeadAgencyId }).ToListAsync(ct);
        // The rating of each event, not the case's latest: a reopened case may be rated twice (003 Điều 10.4).
        var ratings = rows
            .Select(r => (r.OccurredAtUtc, r.LeadAgencyId, Level: RatingOf(r.PayloadJson) is { } code ? profile.FindRating(code) : null))
            .Where(r => r.Level is not null)
            .ToList();

        var levels = profile.Satisfaction.Select(level => new SatisfactionLevelCount(
            level.Code, level.Label, level.LabelEn, level.Satisfied,
            ratings.Count(r => r.Level == level && r.OccurredAtUtc >= today),
            ratings.Count(r => r.Level == level))).ToList();
        var lowest = ratings
            .Where(r => r.LeadAgencyId is not null)
            .GroupBy(r => r.LeadAgencyId!)
            .Select(g => new AgencySatisfaction(g.Key, names.Agency(g.Key), g.Count(), g.Count(r => r.Level!.Satisfied)))
            .Where(a => a.Rated >= MinimumRatings)
            .OrderBy(a => a.Rate).ThenByDescending(a => a.Rated).ThenBy(a => a.AgencyId, StringComparer.Ordinal)
            .Take(LowestAgencies)
            .ToList();
        return new SatisfactionSummary(levels, lowest);
    }

    private static async Task<List<TickerItem>> TickerAsync(IocDbContext db, IQueryable<CaseRecord> shown, Names names, CancellationToken ct)
    {
        var types = TickerKinds.Types.ToList();
        var rows = await (from e in db.Events.AsNoTracking()
                          where types.Contains(e.Type)
                          join c in shown on e.CaseId equals c.Id
                          orderby e.OccurredAtUtc descending, e.EventId
                          // Only a deadline transition's payload is read: others may hold the reporter's details.
                          select new { e.EventId, e.OccurredAtUtc, e.Type, Payload = e.Type == DeadlineStateChanged.TypeName ? e.PayloadJson : null, c.Code, c.FieldCode, c.AdminUnitCode })
            .Take(TickerSize)
            .ToListAsync(ct);
        return [.. rows.Select(r => new TickerItem(
            r.EventId.ToString("N"),
            Instant(r.OccurredAtUtc),
            TickerKinds.Of(r.Type, r.Payload)!.Value,
            r.Code,
            $"{names.Field(r.FieldCode)} · {names.Unit(r.AdminUnitCode)}"))];
    }

    private async Task<WallProvince> LoadProvinceAsync(CancellationToken ct)
    {
        var reference = ReferenceDataLoader.LoadEmbedded().Single(f => f.ProfileId == profileId);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var units = await db.AdminUnits.AsNoTracking().Where(u => u.ProfileId == profileId).OrderBy(u => u.Code)
            .Select(u => new WallUnit(u.Code, u.Name, u.Latitude, u.Longitude)).ToListAsync(ct);
        var map = mapOptions.Value;
        var center = reference.Province!.Center!;
        return new WallProvince(
            profileId,
            reference.Province.Name!,
            units,
            new WallMapSetup($"geo/{profileId}.geojson", BackdropUrl, center.Lat!.Value, center.Lng!.Value, reference.Province.Zoom!.Value,
                map.HasTiles ? map.TileUrl : null, map.HasTiles ? map.TileAttribution : null));
    }

    private static string Abbreviate(string agencyName)
    {
        var name = agencyName.Normalize(NormalizationForm.FormC);
        foreach (var committee in (string[])["Ủy ban nhân dân ", "Uỷ ban nhân dân "])
        {
            if (name.StartsWith(committee, StringComparison.OrdinalIgnoreCase))
            {
                return "UBND " + name[committee.Length..];
            }
        }

        return name;
    }

    private static WallStatus StatusOf(string stored) => stored switch
    {
        nameof(SlaStatus.Overdue) => WallStatus.Overdue,
        nameof(SlaStatus.DueSoon) => WallStatus.DueSoon,
        _ => WallStatus.OnTime,
    };

    private static string? RatingOf(string payload)
    {
        try
        {
            return CaseEventJson.Deserialize(payload) is CaseRated rated ? rated.Rating : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static TimeSpan? Median(IEnumerable<TimeSpan> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }

        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>Midnight in Việt Nam (UTC+7, no daylight saving) of the day <paramref name="now"/> falls in, as UTC.</summary>
    private static DateTime StartOfVietnamDay(DateTimeOffset now)
    {
        var local = Localization.DisplayTime.ToLocal(now);
        return new DateTimeOffset(local.Date, local.Offset).UtcDateTime;
    }

    private static DateTimeOffset Instant(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));

    private sealed record OpenCase(
        string Id, string Code, double? Latitude, double? Longitude, string SlaStatus, bool IsEmergency, string? EmergencyCategory,
        string FieldCode, string AdminUnitCode, string? LeadAgencyId, DateTime ReceivedAtUtc, DateTime? StepDueAtUtc);

    private sealed record ResolvedCase(DateTime ReceivedAtUtc, DateTime ResolvedAtUtc, DateTime? CaseDueAtUtc)
    {
        // A case without a case deadline cannot have missed it (as the projection counts it).
        public bool OnTime => CaseDueAtUtc is not { } due || ResolvedAtUtc <= due;
    }

    /// <summary>Reference names by code; a code missing from the reference data shows as itself.</summary>
    private sealed record Names(Dictionary<string, string> Agencies, Dictionary<string, string> Fields, Dictionary<string, string> Units)
    {
        // "Ủy ban nhân dân phường Nha Trang" → "UBND phường Nha Trang": the official abbreviation keeps the place in view.
        public string Agency(string id) => Agencies.TryGetValue(id, out var name) ? Abbreviate(name) : id;
        public string Field(string code) => Fields.GetValueOrDefault(code, code);
        public string Unit(string code) => Units.GetValueOrDefault(code, code);
    }
}
