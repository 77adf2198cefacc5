using System.Globalization;
using Ioc.Hub.Sla.Calendar;

namespace Ioc.Hub.Tests.Sla.Calendar;

public sealed class ShippedCalendarDataTests
{
    private static readonly HolidaySchedule Shipped = TestCalendars.Shipped;

    private static CalendarDay Day(int year, int month, int day) =>
        Assert.Single(Shipped.GetYear(year).Days, d => d.Date == new DateOnly(year, month, day));

    [Fact]
    public void TheOfficialSchedulesOf2025To2027AreShippedBesideTheBinary()
    {
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "Sla", "Calendars", "vn-2026.json")));
        Assert.Equal([2025, 2026, 2027], Shipped.ShippedYears.Select(y => y.Year));
        Assert.All(Shipped.ShippedYears, y => Assert.False(string.IsNullOrWhiteSpace(y.Source)));
    }

    [Fact]
    public void The2025And2026SchedulesAreOfficialAnd2027IsProvisional()
    {
        Assert.False(Shipped.GetYear(2025).Provisional);
        Assert.False(Shipped.GetYear(2026).Provisional);
        Assert.True(Shipped.GetYear(2027).Provisional);
    }

    [Fact]
    public void The2026NewYearSwapIsInTheData()
    {
        Assert.Equal(CalendarDayKind.Holiday, Day(2026, 1, 2).Kind);
        Assert.Equal(CalendarDayKind.MakeUpWorkingDay, Day(2026, 1, 10).Kind);
        Assert.True(Shipped.IsMakeUpWorkingDay(new(2026, 1, 10)));
        Assert.Contains("12729/VPCP-KGVX", Shipped.GetYear(2026).Source);
    }

    [Fact]
    public void TetBinhNgoTakesTheFiveWeekdaysOfTheNineDayBreak()
    {
        for (var day = 14; day <= 22; day++)
        {
            var date = new DateOnly(2026, 2, day);
            Assert.False(TestCalendars.Vietnam.IsWorkingDay(date), date.ToString(CultureInfo.InvariantCulture));
        }

        Assert.All(Enumerable.Range(16, 5), day => Assert.True(Shipped.IsHoliday(new(2026, 2, day))));
        Assert.True(TestCalendars.Vietnam.IsWorkingDay(new(2026, 2, 13)));
        Assert.True(TestCalendars.Vietnam.IsWorkingDay(new(2026, 2, 23)));
    }

    [Fact]
    public void The2026NationalDaySwapAndCultureDayAreInTheData()
    {
        Assert.Equal(CalendarDayKind.MakeUpWorkingDay, Day(2026, 8, 22).Kind);
        Assert.True(Shipped.IsHoliday(new(2026, 8, 31)));
        Assert.True(Shipped.IsHoliday(new(2026, 9, 1)));
        Assert.True(Shipped.IsHoliday(new(2026, 11, 24)));
        Assert.True(Shipped.IsHoliday(new(2026, 4, 27)));
    }

    [Fact]
    public void The2025ScheduleHasItsTetAndLabourDaySwap()
    {
        Assert.All(Enumerable.Range(27, 5), day => Assert.True(Shipped.IsHoliday(new(2025, 1, day))));
        Assert.True(Shipped.IsMakeUpWorkingDay(new(2025, 4, 26)));
        Assert.True(Shipped.IsHoliday(new(2025, 5, 2)));
    }

    [Theory]
    [InlineData(2025)]
    [InlineData(2026)]
    [InlineData(2027)]
    public void EveryShippedYearHasTheFixedStatutoryHolidays(int year)
    {
        // Bộ luật Lao động 2019 Điều 112.1: 1/1, 30/4, 1/5 and 2/9 are always holidays.
        Assert.True(Shipped.IsHoliday(new(year, 1, 1)));
        Assert.True(Shipped.IsHoliday(new(year, 4, 30)));
        Assert.True(Shipped.IsHoliday(new(year, 5, 1)));
        Assert.True(Shipped.IsHoliday(new(year, 9, 2)));
    }

    [Theory]
    [InlineData(2025)]
    [InlineData(2026)]
    [InlineData(2027)]
    public void EveryShippedYearHasFiveTetDaysAroundTheLunarNewYear(int year)
    {
        // Bộ luật Lao động 2019 Điều 112.1.b: Tết Âm lịch 05 ngày.
        var lunarNewYear = DateOnly.FromDateTime(new ChineseLunisolarCalendar().ToDateTime(year, 1, 1, 0, 0, 0, 0));
        var tet = Shipped.GetYear(year).Days.Where(d => d.Name.StartsWith("Tết Nguyên đán", StringComparison.Ordinal)).ToList();

        Assert.Equal(5, tet.Count);
        Assert.Contains(tet, d => d.Date == lunarNewYear);
        Assert.All(tet, d => Assert.InRange(d.Date.DayNumber - lunarNewYear.DayNumber, -3, 4));
    }

    [Fact]
    public void TheProvisional2027FileIsExactlyWhatTheStatutoryRulesGenerate()
    {
        // No 2027 announcement yet: the file must not drift from the generator it claims to come from.
        var generated = ProvisionalHolidays.Generate(2027);
        var shipped = Shipped.GetYear(2027);

        Assert.Equal(generated.Source, shipped.Source);
        Assert.Equal(generated.Days, shipped.Days);
    }
}
