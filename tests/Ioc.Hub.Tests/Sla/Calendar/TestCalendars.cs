using Ioc.Hub.Sla.Calendar;

namespace Ioc.Hub.Tests.Sla.Calendar;

/// <summary>The common provincial office hours over the shipped Vietnamese schedule (DOMAIN "Working time").</summary>
internal static class TestCalendars
{
    public static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    public static OfficeHours Standard { get; } = new([new(new(7, 30), new(11, 30)), new(new(13, 0), new(17, 0))]);

    public static HolidaySchedule Shipped { get; } = HolidaySchedule.LoadDefault();

    public static WorkingCalendar Vietnam { get; } = new(Standard, Shipped);

    public static DateTimeOffset Vn(int year, int month, int day, int hour = 0, int minute = 0) =>
        new(year, month, day, hour, minute, 0, VietnamOffset);
}
