using Ioc.Hub.Sla.Calendar;

namespace Ioc.Hub.Tests.Sla.Calendar;

public sealed class WorkingCalendarTests
{
    // DOMAIN "Working time": 07:30–11:30 and 13:00–17:00, Monday–Friday, Asia/Ho_Chi_Minh.
    private static readonly OfficeHours Office = new([new(new(7, 30), new(11, 30)), new(new(13, 0), new(17, 0))]);

    // The announced 2026 New Year swap: off Friday 2/1, make-up working Saturday 10/1.
    private static readonly HolidayYear NewYear2026 = new(2026, false, "test", [
        new(new(2026, 1, 1), CalendarDayKind.Holiday, "Tết Dương lịch"),
        new(new(2026, 1, 2), CalendarDayKind.Holiday, "Nghỉ hoán đổi"),
        new(new(2026, 1, 10), CalendarDayKind.MakeUpWorkingDay, "Làm bù cho ngày 02/01/2026"),
    ]);

    private readonly WorkingCalendar calendar = new(Office, new HolidaySchedule([NewYear2026]));

    private static DateTimeOffset Vn(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(7));

    [Fact]
    public void HalfAWorkingDayFromMondayMorningEndsAtLunchTimeExactly()
    {
        var end = calendar.AddWorkingDays(Vn(2026, 3, 2, 7, 30), 0.5m);

        Assert.Equal(Vn(2026, 3, 2, 11, 30), end);
    }

    [Fact]
    public void WorkStartedDuringLunchBeginsAfterLunch()
    {
        var end = calendar.AddWorkingTime(Vn(2026, 3, 2, 12, 0), TimeSpan.FromHours(1));

        Assert.Equal(Vn(2026, 3, 2, 14, 0), end);
    }

    [Fact]
    public void FridayAfternoonDeadlineCarriesOverTheWeekend()
    {
        var end = calendar.AddWorkingTime(Vn(2026, 3, 6, 16, 0), TimeSpan.FromHours(2));

        Assert.Equal(Vn(2026, 3, 9, 8, 30), end);
    }

    [Fact]
    public void MakeUpSaturdayIsAFullWorkingDay()
    {
        Assert.True(calendar.IsWorkingDay(new(2026, 1, 10)));
        Assert.False(calendar.IsWorkingDay(new(2026, 1, 2)));
        Assert.Equal(Vn(2026, 1, 10, 17, 0), calendar.AddWorkingDays(Vn(2026, 1, 9, 17, 0), 1));
    }

    [Fact]
    public void InputInAnotherOffsetIsAnsweredInVietnamTime()
    {
        var utcMonday = new DateTimeOffset(2026, 3, 2, 0, 30, 0, TimeSpan.Zero); // 07:30 in Hà Nội

        var end = calendar.AddWorkingTime(utcMonday, TimeSpan.FromHours(1));

        Assert.Equal(TimeSpan.FromHours(7), end.Offset);
        Assert.Equal(Vn(2026, 3, 2, 8, 30), end);
    }

    [Fact]
    public void WorkingTimeBetweenIsNegativeWhenTheEndComesFirst()
    {
        Assert.Equal(TimeSpan.FromHours(-8), calendar.WorkingTimeBetween(Vn(2026, 3, 3, 7, 30), Vn(2026, 3, 2, 7, 30)));
    }

    [Fact]
    public void ClockUnitsIgnoreWeekendsAndNights()
    {
        var end = calendar.Add(Vn(2026, 3, 7, 23, 30), SlaDuration.ClockHours(1));

        Assert.Equal(Vn(2026, 3, 8, 0, 30), end);
    }
}
