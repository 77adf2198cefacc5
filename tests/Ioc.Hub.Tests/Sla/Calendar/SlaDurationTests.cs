using Ioc.Hub.Sla.Calendar;

namespace Ioc.Hub.Tests.Sla.Calendar;

public sealed class SlaDurationTests
{
    private static readonly TimeSpan EightHours = TimeSpan.FromHours(8);

    [Fact]
    public void HalfAWorkingDayIsFourWorkingHours()
    {
        // DOMAIN "Working time": "0,5 ngày" = 4 working hours, "0,25 ngày" = 2 (000 Điều 6.3, Điều 8.3).
        Assert.Equal(TimeSpan.FromHours(4), SlaDuration.WorkingDays(0.5m).ToTimeSpan(EightHours));
        Assert.Equal(TimeSpan.FromHours(2), SlaDuration.WorkingDays(0.25m).ToTimeSpan(EightHours));
    }

    [Fact]
    public void WorkingDaysFollowTheProvinceDayLength()
    {
        Assert.Equal(TimeSpan.FromHours(22.5), SlaDuration.WorkingDays(3).ToTimeSpan(TimeSpan.FromHours(7.5)));
    }

    [Fact]
    public void HourAndMinuteUnitsDoNotDependOnTheDayLength()
    {
        Assert.Equal(TimeSpan.FromHours(48), SlaDuration.WorkingHours(48).ToTimeSpan(TimeSpan.FromHours(7)));
        Assert.Equal(TimeSpan.FromMinutes(30), SlaDuration.WorkingMinutes(30).ToTimeSpan(EightHours));
        Assert.Equal(TimeSpan.FromMinutes(90), SlaDuration.ClockHours(1.5m).ToTimeSpan(EightHours));
        Assert.Equal(TimeSpan.FromMinutes(30), SlaDuration.ClockMinutes(30).ToTimeSpan(EightHours));
    }

    [Fact]
    public void OnlyClockUnitsAreClocks()
    {
        Assert.True(SlaDuration.ClockHours(1).IsClock);
        Assert.True(SlaDuration.ClockMinutes(30).IsClock);
        Assert.False(SlaDuration.WorkingHours(1).IsClock);
        Assert.False(SlaDuration.WorkingDays(1).IsClock);
        Assert.False(SlaDuration.WorkingMinutes(1).IsClock);
    }

    [Theory]
    [InlineData(0.5, SlaUnit.WorkingDays, "0.5 WD")]
    [InlineData(4, SlaUnit.WorkingHours, "4 WH")]
    [InlineData(30, SlaUnit.WorkingMinutes, "30 WMIN")]
    [InlineData(30, SlaUnit.ClockMinutes, "30 min")]
    [InlineData(1, SlaUnit.ClockHours, "1 h")]
    [InlineData(0.25, SlaUnit.WorkingDays, "0.25 WD")]
    public void DurationsPrintCompactly(double amount, SlaUnit unit, string expected)
    {
        Assert.Equal(expected, new SlaDuration((decimal)amount, unit).ToString());
    }

    [Fact]
    public void TrailingZerosAreNotPrinted()
    {
        Assert.Equal("5 WD", SlaDuration.WorkingDays(5.00m).ToString());
    }
}
