using Ioc.Dashboard.Kpi;

namespace Ioc.Dashboard.Tests.Kpi;

public sealed class KpiPeriodTests
{
    [Theory]
    // 003 Điều 13.7 with the profile's cut-off day 20: a reporting month runs from the 21st to the 20th.
    [InlineData("2026-03-20", 20, "2026-02-21", "2026-03-20")]
    [InlineData("2026-03-21", 20, "2026-03-21", "2026-04-20")]
    [InlineData("2026-01-05", 20, "2025-12-21", "2026-01-20")]
    // Sóc Trăng's cut-off 14 (Nghị định 09/2019/NĐ-CP Điều 12, in the profile).
    [InlineData("2026-03-15", 14, "2026-03-15", "2026-04-14")]
    public void TheReportingMonthEndsOnTheProvincesCutoffDay(string day, int cutoff, string from, string to)
    {
        var period = KpiPeriod.Containing(PeriodKind.Reporting, DateOnly.Parse(day), cutoff);

        Assert.Equal((DateOnly.Parse(from), DateOnly.Parse(to)), (period.From, period.To));
    }

    [Fact]
    public void CalendarPeriodsAndTheirPredecessors()
    {
        var day = new DateOnly(2026, 5, 13);

        Assert.Equal((new DateOnly(2026, 5, 11), new DateOnly(2026, 5, 17)), Span(KpiPeriod.Containing(PeriodKind.Week, day)));
        Assert.Equal((new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30)), Span(KpiPeriod.Containing(PeriodKind.Quarter, day)));
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30)), Span(KpiPeriod.Containing(PeriodKind.SixMonths, day)));
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)), Span(KpiPeriod.Containing(PeriodKind.Quarter, day).Previous()));
        Assert.Equal((new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 28)), Span(KpiPeriod.Containing(PeriodKind.Month, new DateOnly(2026, 3, 31)).Previous()));
        var custom = new KpiPeriod(PeriodKind.Custom, new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 10));
        Assert.Equal((new DateOnly(2026, 4, 21), new DateOnly(2026, 4, 30)), Span(custom.Previous()));
        // UTC bounds of Vietnam days (UTC+7).
        Assert.Equal(new DateTime(2026, 4, 30, 17, 0, 0, DateTimeKind.Utc), custom.FromUtc);
        Assert.Equal(new DateTime(2026, 5, 10, 17, 0, 0, DateTimeKind.Utc), custom.ToUtcExclusive);
    }

    private static (DateOnly, DateOnly) Span(KpiPeriod p) => (p.From, p.To);
}
