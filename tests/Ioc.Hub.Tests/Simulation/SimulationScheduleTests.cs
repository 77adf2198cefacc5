using Ioc.Hub.Simulation;
using Ioc.Hub.Sla.Calendar;

namespace Ioc.Hub.Tests.Simulation;

/// <summary>When cases arrive: the daily curve, the rates, and ids and codes that do not depend on the window asked.</summary>
public sealed class SimulationScheduleTests
{
    private static readonly WorkingCalendar Calendar = SimulationFixtures.Shipped.Get("khanh-hoa").Calendar;

    private static SimulationSchedule Schedule(int seed = 5) => new("khanh-hoa", seed, Calendar, replayCasesPerDay: 400, liveCasesPerHour: 120);

    private static DateTimeOffset Vn(int month, int day, int hour = 0) => new(2026, month, day, hour, 0, 0, SimulationFixtures.Vietnam);

    [Fact]
    public void HistoryHasAboutTheConfiguredCasesPerWorkingDayAndFewerOnWeekends()
    {
        // Two ordinary weeks of March 2026 (no holiday).
        var arrivals = Schedule().Arrivals(ArrivalStream.Replay, Vn(3, 2), Vn(3, 16)).ToList();
        var perDay = arrivals.GroupBy(a => DateOnly.FromDateTime(a.ReceivedAt.ToOffset(SimulationFixtures.Vietnam).DateTime)).ToDictionary(g => g.Key, g => g.Count());

        var weekdays = perDay.Where(d => d.Key.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)).Average(d => d.Value);
        var weekends = perDay.Where(d => d.Key.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday).Average(d => d.Value);
        Assert.InRange(weekdays, 370, 430);
        Assert.InRange(weekends, 100, 200);
    }

    [Fact]
    public void LiveTrafficRunsAtCasesPerHourInOfficeHoursAndThinsOutAtNight()
    {
        var arrivals = Schedule().Arrivals(ArrivalStream.Live, Vn(3, 2), Vn(3, 7)).ToList();
        double PerHour(params int[] hours) =>
            arrivals.Count(a => hours.Contains(a.ReceivedAt.ToOffset(SimulationFixtures.Vietnam).Hour)) / (5.0 * hours.Length);

        Assert.InRange(PerHour(8, 9, 10, 14, 15, 16), 110, 130);
        Assert.InRange(PerHour(1, 2, 3), 1, 8);
    }

    [Fact]
    public void AnHourHoldsTheSameCasesWhicheverWindowAsksForIt()
    {
        var schedule = Schedule();
        var wide = schedule.Arrivals(ArrivalStream.Replay, Vn(3, 2), Vn(3, 5)).Where(a => a.ReceivedAt >= Vn(3, 4)).ToList();
        var narrow = schedule.Arrivals(ArrivalStream.Replay, Vn(3, 4), Vn(3, 5)).ToList();

        Assert.NotEmpty(narrow);
        Assert.Equal(wide, narrow);
    }

    [Fact]
    public void CodesCountTheStreamFromTheStartOfTheYearWithoutGaps()
    {
        var schedule = Schedule();
        var history = schedule.Arrivals(ArrivalStream.Replay, Vn(1, 1), Vn(1, 3)).ToList();
        var live = schedule.Arrivals(ArrivalStream.Live, Vn(1, 1)).Take(10).ToList();

        Assert.Equal(Enumerable.Range(1, history.Count).Select(n => $"KH-2026-{n:D6}"), history.Select(a => a.Code));
        Assert.Equal(Enumerable.Range(500_001, 10).Select(n => $"KH-2026-{n:D6}"), live.Select(a => a.Code));
        Assert.Equal(history.Count + live.Count, history.Concat(live).Select(a => a.CaseId).Distinct().Count());
    }

    [Fact]
    public void ArrivalsAreInTimeOrderToTheSecondInVietnamTime()
    {
        var arrivals = Schedule().Arrivals(ArrivalStream.Live, Vn(3, 2, 9), Vn(3, 2, 12)).ToList();

        Assert.Equal(arrivals.OrderBy(a => a.ReceivedAt).Select(a => a.CaseId), arrivals.Select(a => a.CaseId));
        Assert.All(arrivals, a => Assert.Equal(SimulationFixtures.Vietnam, a.ReceivedAt.Offset));
        Assert.All(arrivals, a => Assert.Equal(0, a.ReceivedAt.Millisecond));
    }

    [Theory]
    [InlineData("khanh-hoa", "KH")]
    [InlineData("thanh-hoa", "TH")]
    [InlineData("soc-trang", "ST")]
    [InlineData("tay-ninh", "TN")]
    [InlineData("dong-nai", "DN")]
    public void TheCodePrefixIsTheProvinceInitials(string profile, string prefix) =>
        Assert.Equal(prefix, SimulationSchedule.CodePrefix(profile));
}
