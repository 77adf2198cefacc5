using Ioc.Hub.Sla.Profiles;

namespace Ioc.Dashboard.Kpi;

/// <summary>The periods the KPI page and the reports offer.</summary>
public enum PeriodKind { Today, Week, Month, Quarter, SixMonths, Year, Custom, Reporting }

/// <summary>
/// A span of Vietnam days, both ends included. Calendar periods start on the 1st (weeks on Monday); the province's
/// reporting month ends on its cut-off day (Tây Ninh's 20th: 21st of the previous month to the 20th, 003 Điều 13.7;
/// Sóc Trăng's 14th, Nghị định 09/2019/NĐ-CP Điều 12), from the profile's <see cref="ReportingRules"/>.
/// </summary>
public sealed record KpiPeriod(PeriodKind Kind, DateOnly From, DateOnly To)
{
    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>The period that contains <paramref name="day"/>.</summary>
    public static KpiPeriod Containing(PeriodKind kind, DateOnly day, int? cutoffDay = null)
    {
        switch (kind)
        {
            case PeriodKind.Today:
            case PeriodKind.Custom:
                return new(kind, day, day);
            case PeriodKind.Week:
                var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
                return new(kind, monday, monday.AddDays(6));
            case PeriodKind.Month:
                return Months(kind, new DateOnly(day.Year, day.Month, 1), 1);
            case PeriodKind.Quarter:
                return Months(kind, new DateOnly(day.Year, (day.Month - 1) / 3 * 3 + 1, 1), 3);
            case PeriodKind.SixMonths:
                return Months(kind, new DateOnly(day.Year, day.Month <= 6 ? 1 : 7, 1), 6);
            case PeriodKind.Year:
                return Months(kind, new DateOnly(day.Year, 1, 1), 12);
            case PeriodKind.Reporting:
                if (cutoffDay is not { } cutoff)
                {
                    return Containing(PeriodKind.Month, day) with { Kind = kind };
                }
                // The reporting month that ends on the first cut-off on or after the day.
                var end = day.Day <= cutoff ? new DateOnly(day.Year, day.Month, cutoff) : new DateOnly(day.Year, day.Month, 1).AddMonths(1).AddDays(cutoff - 1);
                return new(kind, end.AddMonths(-1).AddDays(1), end);
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    /// <summary>The period just before, of the same kind and length (a custom span: the same number of days).</summary>
    public KpiPeriod Previous(int? cutoffDay = null) => Kind switch
    {
        PeriodKind.Today or PeriodKind.Week or PeriodKind.Custom => new(Kind, From.AddDays(-Days), From.AddDays(-1)),
        _ => Containing(Kind, From.AddDays(-1), cutoffDay),
    };

    /// <summary>The next period of the same kind (the scheduler walks periods with it).</summary>
    public KpiPeriod Next(int? cutoffDay = null) => Containing(Kind, To.AddDays(1), cutoffDay);

    public DateTime FromUtc => StartUtc(From);

    /// <summary>The instant just after the last day (exclusive end).</summary>
    public DateTime ToUtcExclusive => StartUtc(To.AddDays(1));

    private static DateTime StartUtc(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(7)).UtcDateTime;

    private static KpiPeriod Months(PeriodKind kind, DateOnly first, int months) => new(kind, first, first.AddMonths(months).AddDays(-1));
}
