using Ioc.Hub.Sla.Calendar;

namespace Ioc.Hub.Tests.Sla.Calendar;

public sealed class OfficeHoursTests
{
    [Fact]
    public void TheCommonScheduleMakesAnEightHourDay()
    {
        // DOMAIN "Working time": one working day = 8 working hours of office time.
        Assert.Equal(TimeSpan.FromHours(8), TestCalendars.Standard.DayLength);
        Assert.Equal(2, TestCalendars.Standard.Sessions.Count);
    }

    [Fact]
    public void AProvinceWithShorterSessionsHasAShorterDay()
    {
        var hours = new OfficeHours([new(new(7, 30), new(11, 30)), new(new(13, 30), new(17, 0))]);

        Assert.Equal(TimeSpan.FromHours(7.5), hours.DayLength);
    }

    [Fact]
    public void NoSessionIsRefused()
    {
        Assert.Throws<ArgumentException>(() => new OfficeHours([]));
    }

    [Fact]
    public void ASessionEndingBeforeItStartsIsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => new OfficeHours([new(new(11, 30), new(7, 30))]));

        Assert.Contains("start before it ends", error.Message);
    }

    [Fact]
    public void AnEmptySessionIsRefused()
    {
        Assert.Throws<ArgumentException>(() => new OfficeHours([new(new(8, 0), new(8, 0))]));
    }

    [Fact]
    public void OverlappingSessionsAreRefused()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new OfficeHours([new(new(7, 30), new(12, 0)), new(new(11, 30), new(17, 0))]));

        Assert.Contains("overlap", error.Message);
    }

    [Fact]
    public void SessionsOutOfOrderAreRefused()
    {
        Assert.Throws<ArgumentException>(() =>
            new OfficeHours([new(new(13, 0), new(17, 0)), new(new(7, 30), new(11, 30))]));
    }

    [Fact]
    public void ACalendarWithOneSessionWorksWithoutALunchBreak()
    {
        var calendar = new WorkingCalendar(new OfficeHours([new(new(8, 0), new(16, 0))]), TestCalendars.Shipped);

        Assert.Equal(TestCalendars.Vn(2026, 3, 3, 9, 0), calendar.AddWorkingTime(TestCalendars.Vn(2026, 3, 2, 15, 0), TimeSpan.FromHours(2)));
    }
}
