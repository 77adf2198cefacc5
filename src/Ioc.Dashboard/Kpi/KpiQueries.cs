using Ioc.Data;
using Ioc.Data.Kpi;
using Microsoft.EntityFrameworkCore;

namespace Ioc.Dashboard.Kpi;

/// <summary>A dimension the roll-ups can be summed by.</summary>
public enum KpiDimension { None, Day, Agency, Field, Channel, AdminUnit }

/// <summary>Optional filters on the roll-ups' dimensions (the drill and the per-agency views).</summary>
public sealed record KpiFilter(string? Agency = null, string? Field = null, string? Channel = null, string? AdminUnit = null);

/// <summary>
/// The SQL behind the KPI page and the reports: sums of <c>daily_stats</c> over a range of days, by one dimension, in
/// one statement whose column list comes from <see cref="DailyStatsMetrics"/>. The rows come back as
/// <see cref="DailyStats"/> with the unused dimensions empty.
/// </summary>
public static class KpiQueries
{
    public static async Task<List<DailyStats>> SumAsync(
        IocDbContext db, string profileId, DateOnly from, DateOnly to, KpiDimension by, KpiFilter? filter, bool publicOnly, CancellationToken ct)
    {
        string Dim(KpiDimension d, string column) => by == d ? column : $"'' AS {column}";
        var day = by == KpiDimension.Day ? "day" : "COALESCE(MIN(day), {1}) AS day";
        var group = by switch
        {
            KpiDimension.Day => " GROUP BY day",
            KpiDimension.Agency => " GROUP BY agency_id",
            KpiDimension.Field => " GROUP BY field_code",
            KpiDimension.Channel => " GROUP BY channel",
            KpiDimension.AdminUnit => " GROUP BY admin_unit_code",
            _ => "",
        };
        var parameters = new List<object> { profileId, from, to };
        var where = "profile_id = {0} AND day >= {1} AND day <= {2}";
        void Filter(string? value, string column)
        {
            if (!string.IsNullOrEmpty(value))
            {
                where += $" AND {column} = {{{parameters.Count}}}";
                parameters.Add(value);
            }
        }
        Filter(filter?.Agency, "agency_id");
        Filter(filter?.Field, "field_code");
        Filter(filter?.Channel, "channel");
        Filter(filter?.AdminUnit, "admin_unit_code");
        if (publicOnly)
        {
            // State secrets are counted in the statistics but never in a public output (all five regulations).
            where += " AND is_state_secret = false";
        }
        var sums = string.Join(", ", DailyStatsMetrics.All.Select(m => $"CAST(COALESCE(SUM({m.Column}), 0) AS bigint) AS {m.Column}"));
        var sql = $"SELECT {{0}} AS profile_id, {day}, {Dim(KpiDimension.Agency, "agency_id")}, {Dim(KpiDimension.Field, "field_code")}, " +
            $"{Dim(KpiDimension.Channel, "channel")}, {Dim(KpiDimension.AdminUnit, "admin_unit_code")}, false AS is_state_secret, {sums} " +
            $"FROM daily_stats WHERE {where}{group}";
        var rows = await db.DailyStats.FromSqlRaw(sql, [.. parameters]).AsNoTracking().ToListAsync(ct);
        return rows;
    }

    /// <summary>One sum over the whole range (zeros when no row).</summary>
    public static async Task<DailyStats> TotalAsync(
        IocDbContext db, string profileId, DateOnly from, DateOnly to, KpiFilter? filter, bool publicOnly, CancellationToken ct)
    {
        var rows = await SumAsync(db, profileId, from, to, KpiDimension.None, filter, publicOnly, ct);
        return rows.FirstOrDefault() ?? Empty(profileId, from);
    }

    public static DailyStats Empty(string profileId, DateOnly day) => new()
    {
        ProfileId = profileId, Day = day, AgencyId = "", FieldCode = "", Channel = "", AdminUnitCode = "",
    };
}
