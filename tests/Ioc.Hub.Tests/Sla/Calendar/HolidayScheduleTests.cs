using Ioc.Hub.Sla.Calendar;

namespace Ioc.Hub.Tests.Sla.Calendar;

public sealed class HolidayScheduleTests
{
    private static HolidayYear Official(int year, params CalendarDay[] days) => new(year, false, "test", days);

    [Fact]
    public void AYearNotGivenIsGeneratedProvisionally()
    {
        var schedule = new HolidaySchedule([]);

        var year = schedule.GetYear(2030);

        Assert.True(year.Provisional);
        Assert.True(schedule.IsHoliday(new(2030, 9, 2)));
        Assert.Empty(schedule.ShippedYears);
    }

    [Fact]
    public void AGeneratedYearIsMadeOnceEvenUnderConcurrentUse()
    {
        var schedule = new HolidaySchedule([]);
        var seen = new HolidayYear[64];

        Parallel.For(0, seen.Length, i => seen[i] = schedule.GetYear(2031));

        Assert.All(seen, y => Assert.Same(seen[0], y));
    }

    [Fact]
    public void AGivenYearReplacesTheStatutoryRules()
    {
        // A year with no holidays at all: the admin's data wins over the generator.
        var schedule = new HolidaySchedule([Official(2030)]);

        Assert.False(schedule.IsHoliday(new(2030, 9, 2)));
        Assert.False(schedule.GetYear(2030).Provisional);
    }

    [Fact]
    public void WithReplacesOneYearAndLeavesTheOriginalUnchanged()
    {
        var original = new HolidaySchedule([Official(2030, new CalendarDay(new(2030, 1, 1), CalendarDayKind.Holiday, "Tết Dương lịch"))]);

        var edited = original.With(Official(2030, new CalendarDay(new(2030, 1, 2), CalendarDayKind.Holiday, "Nghỉ thêm")));

        Assert.True(original.IsHoliday(new(2030, 1, 1)));
        Assert.False(edited.IsHoliday(new(2030, 1, 1)));
        Assert.True(edited.IsHoliday(new(2030, 1, 2)));
        Assert.Single(edited.ShippedYears);
    }

    [Fact]
    public void WithAddsAYearThatWasNotGiven()
    {
        var edited = new HolidaySchedule([]).With(Official(2032));

        Assert.Equal([2032], edited.ShippedYears.Select(y => y.Year));
    }

    [Fact]
    public void AnInvalidYearBuiltInCodeIsRefusedToo()
    {
        var error = Assert.Throws<CalendarDataException>(() => new HolidaySchedule([
            Official(2030, new CalendarDay(new(2030, 1, 2), CalendarDayKind.MakeUpWorkingDay, "Wednesday")),
        ]));

        Assert.Contains("year 2030: days[0].date", error.Message);
    }

    [Fact]
    public void TheSameYearGivenTwiceIsRefused()
    {
        Assert.Throws<CalendarDataException>(() => new HolidaySchedule([Official(2030), Official(2030)]));
    }

    [Fact]
    public void DatesBeyondTheLunarCalendarHaveNoSchedule()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new HolidaySchedule([]).IsHoliday(new(2200, 1, 1)));
    }

    [Fact]
    public void TheVietnamTimeZoneIsSevenHoursAheadOfUtcAllYear()
    {
        Assert.Equal(TimeSpan.FromHours(7), WorkingCalendar.VietnamTime.GetUtcOffset(new DateTime(2026, 1, 15, 0, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(TimeSpan.FromHours(7), WorkingCalendar.VietnamTime.GetUtcOffset(new DateTime(2026, 7, 15, 0, 0, 0, DateTimeKind.Utc)));
    }
}
