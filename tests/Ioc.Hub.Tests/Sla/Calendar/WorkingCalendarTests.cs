using Ioc.Hub.Sla.Calendar;
using static Ioc.Hub.Tests.Sla.Calendar.TestCalendars;

namespace Ioc.Hub.Tests.Sla.Calendar;

// 003 Điều 8.2.a: working days exclude Saturday, Sunday and public holidays ("trừ thứ Bảy, Chủ nhật và ngày lễ, tết").
public sealed class WorkingCalendarTests
{
    private readonly WorkingCalendar calendar = Vietnam;

    [Fact]
    public void HalfAWorkingDayFromMondayMorningEndsAtLunchTimeExactly()
    {
        // 000 Điều 6.3: the operations center routes within 0,5 ngày làm việc.
        Assert.Equal(Vn(2026, 3, 2, 11, 30), calendar.AddWorkingDays(Vn(2026, 3, 2, 7, 30), 0.5m));
    }

    [Fact]
    public void AQuarterOfAWorkingDayIsTwoOfficeHours()
    {
        // 000 Điều 8.3: leader approval within 0,25 ngày làm việc = 2 working hours.
        Assert.Equal(Vn(2026, 3, 2, 14, 0), calendar.AddWorkingDays(Vn(2026, 3, 2, 10, 30), 0.25m));
    }

    [Fact]
    public void AFullDayFromTheMorningStartEndsAtTheEveningEndOfTheSameDay()
    {
        Assert.Equal(Vn(2026, 3, 2, 17, 0), calendar.AddWorkingDays(Vn(2026, 3, 2, 7, 30), 1));
    }

    [Fact]
    public void WorkStartedBeforeOfficeHoursBeginsAtTheMorningStart()
    {
        Assert.Equal(Vn(2026, 3, 2, 8, 30), calendar.AddWorkingTime(Vn(2026, 3, 2, 6, 0), TimeSpan.FromHours(1)));
    }

    [Fact]
    public void WorkStartedDuringLunchBeginsAfterLunch()
    {
        Assert.Equal(Vn(2026, 3, 2, 14, 0), calendar.AddWorkingTime(Vn(2026, 3, 2, 12, 0), TimeSpan.FromHours(1)));
    }

    [Fact]
    public void WorkStartedAfterHoursBeginsNextMorning()
    {
        Assert.Equal(Vn(2026, 3, 3, 8, 30), calendar.AddWorkingTime(Vn(2026, 3, 2, 18, 0), TimeSpan.FromHours(1)));
    }

    [Fact]
    public void FridayAfternoonDeadlineCarriesOverTheWeekend()
    {
        Assert.Equal(Vn(2026, 3, 9, 8, 30), calendar.AddWorkingTime(Vn(2026, 3, 6, 16, 0), TimeSpan.FromHours(2)));
    }

    [Fact]
    public void WorkReceivedOnAnOrdinarySaturdayStartsOnMonday()
    {
        Assert.Equal(Vn(2026, 3, 9, 9, 30), calendar.AddWorkingTime(Vn(2026, 3, 7, 10, 0), TimeSpan.FromHours(2)));
    }

    [Fact]
    public void WorkReceivedOnNewYearsDayStartsAfterTheSwappedFridayAndTheWeekend()
    {
        // 2026: 1/1 holiday, Friday 2/1 swapped off, 3–4/1 weekend.
        Assert.Equal(Vn(2026, 1, 5, 8, 30), calendar.AddWorkingTime(Vn(2026, 1, 1, 9, 0), TimeSpan.FromHours(1)));
    }

    [Fact]
    public void TheMakeUpSaturdayOfJanuary2026IsAFullWorkingDay()
    {
        Assert.True(calendar.IsWorkingDay(new(2026, 1, 10)));
        Assert.Equal(Vn(2026, 1, 10, 8, 30), calendar.AddWorkingTime(Vn(2026, 1, 9, 16, 0), TimeSpan.FromHours(2)));
        Assert.Equal(Vn(2026, 1, 10, 17, 0), calendar.AddWorkingDays(Vn(2026, 1, 9, 17, 0), 1));
        Assert.Equal(TimeSpan.FromHours(8), calendar.WorkingTimeBetween(Vn(2026, 1, 10), Vn(2026, 1, 11)));
    }

    [Fact]
    public void WorkReceivedOnTheMakeUpSaturdayIsCountedFromThatSaturday()
    {
        Assert.Equal(Vn(2026, 8, 22, 11, 0), calendar.AddWorkingTime(Vn(2026, 8, 22, 9, 0), TimeSpan.FromHours(2)));
    }

    [Fact]
    public void ADeadlineRunningIntoTetBinhNgoResumesAfterTheNineDayBreak()
    {
        // 2026: off Saturday 14/2 to Sunday 22/2 (Tết days 16–20/2).
        Assert.Equal(Vn(2026, 2, 23, 8, 30), calendar.AddWorkingTime(Vn(2026, 2, 13, 16, 0), TimeSpan.FromHours(2)));
        Assert.Equal(Vn(2026, 2, 23, 17, 0), calendar.AddWorkingDays(Vn(2026, 2, 13, 17, 0), 1));
        Assert.Equal(TimeSpan.FromHours(8), calendar.WorkingTimeBetween(Vn(2026, 2, 13, 7, 30), Vn(2026, 2, 23, 7, 30)));
    }

    [Fact]
    public void FridayAfternoonBeforeHungKingsAnd30April2026SkipsTheCompensatedMonday()
    {
        // Hùng Kings day falls on Sunday 26/4/2026 and is taken on Monday 27/4.
        Assert.Equal(Vn(2026, 4, 28, 16, 0), calendar.AddWorkingDays(Vn(2026, 4, 24, 16, 0), 1));
        // 30/4 (Thu) and 1/5 (Fri) off, then the weekend.
        Assert.Equal(Vn(2026, 5, 4, 8, 30), calendar.AddWorkingTime(Vn(2026, 4, 29, 16, 0), TimeSpan.FromHours(2)));
    }

    [Fact]
    public void The2025LabourDayBreakSkipsTheSwappedFridayAndCountsTheMakeUpSaturday()
    {
        // 2025: Friday 2/5 swapped with Saturday 26/4; off Wednesday 30/4 to Sunday 4/5.
        Assert.Equal(Vn(2025, 4, 26, 8, 30), calendar.AddWorkingTime(Vn(2025, 4, 25, 16, 0), TimeSpan.FromHours(2)));
        Assert.Equal(Vn(2025, 5, 5, 8, 30), calendar.AddWorkingTime(Vn(2025, 4, 29, 16, 0), TimeSpan.FromHours(2)));
    }

    [Fact]
    public void NationalDayBreaksSkipTheAdjacentAndSwappedDays()
    {
        // 2025: off 30/8–2/9 (1/9 and 2/9). 2026: off 29/8–2/9, Monday 31/8 swapped with Saturday 22/8.
        Assert.Equal(Vn(2025, 9, 3, 8, 30), calendar.AddWorkingTime(Vn(2025, 8, 29, 16, 0), TimeSpan.FromHours(2)));
        Assert.Equal(Vn(2026, 9, 3, 9, 30), calendar.AddWorkingTime(Vn(2026, 8, 28, 15, 0), TimeSpan.FromHours(4)));
    }

    [Fact]
    public void AnAmountThatFillsTheMorningEndsAtLunchNotAtTheAfternoonStart()
    {
        Assert.Equal(Vn(2026, 3, 2, 11, 30), calendar.AddWorkingTime(Vn(2026, 3, 2, 9, 30), TimeSpan.FromHours(2)));
        Assert.Equal(Vn(2026, 3, 6, 17, 0), calendar.AddWorkingTime(Vn(2026, 3, 6, 16, 0), TimeSpan.FromHours(1)));
    }

    [Fact]
    public void AddingNothingGivesTheNextWorkingInstant()
    {
        Assert.Equal(Vn(2026, 3, 2, 13, 0), calendar.AddWorkingTime(Vn(2026, 3, 2, 11, 30), TimeSpan.Zero));
        Assert.Equal(Vn(2026, 3, 2, 9, 0), calendar.AddWorkingTime(Vn(2026, 3, 2, 9, 0), TimeSpan.Zero));
    }

    [Fact]
    public void ANegativeAmountIsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => calendar.AddWorkingTime(Vn(2026, 3, 2, 9, 0), TimeSpan.FromMinutes(-1)));
    }

    [Fact]
    public void ADeadlineCrossingIntoAnUnshippedYearUsesTheGeneratedHolidays()
    {
        // 1/1/2028 is a Saturday, compensated on Monday 3/1 (Bộ luật Lao động 2019 Điều 111 khoản 3).
        Assert.Equal(Vn(2028, 1, 4, 8, 30), calendar.AddWorkingTime(Vn(2027, 12, 31, 16, 0), TimeSpan.FromHours(2)));
    }

    [Fact]
    public void SixWorkingDaysOverTet2026AreCountedInOfficeDays()
    {
        // 003 Điều 8.2.a: 06 ngày làm việc; accepted Wednesday 11/2 at 10:00, Tết break 14–22/2:
        // Thu 12, Fri 13, Mon 23, Tue 24, Wed 25, Thu 26.
        var due = calendar.AddWorkingDays(Vn(2026, 2, 11, 10, 0), 6);

        Assert.Equal(Vn(2026, 2, 26, 10, 0), due);
    }

    [Fact]
    public void InputInAnotherOffsetIsAnsweredInVietnamTime()
    {
        var utcMonday = new DateTimeOffset(2026, 3, 2, 0, 30, 0, TimeSpan.Zero); // 07:30 in Hà Nội

        var end = calendar.AddWorkingTime(utcMonday, TimeSpan.FromHours(1));

        Assert.Equal(VietnamOffset, end.Offset);
        Assert.Equal(Vn(2026, 3, 2, 8, 30), end);
        Assert.Equal(VietnamOffset, calendar.NextWorkingInstant(utcMonday).Offset);
    }

    [Theory]
    [InlineData(2026, 3, 2, 6, 0, 2026, 3, 2, 7, 30)]     // before hours
    [InlineData(2026, 3, 2, 12, 0, 2026, 3, 2, 13, 0)]    // lunch
    [InlineData(2026, 3, 2, 11, 30, 2026, 3, 2, 13, 0)]   // a session end is not working time
    [InlineData(2026, 3, 6, 18, 0, 2026, 3, 9, 7, 30)]    // Friday evening
    [InlineData(2026, 3, 7, 10, 0, 2026, 3, 9, 7, 30)]    // Saturday
    [InlineData(2026, 4, 30, 9, 0, 2026, 5, 4, 7, 30)]    // holiday before a long weekend
    [InlineData(2026, 1, 9, 17, 0, 2026, 1, 10, 7, 30)]   // make-up Saturday follows
    [InlineData(2026, 3, 2, 9, 15, 2026, 3, 2, 9, 15)]    // already working
    public void NextWorkingInstantSkipsToTheNextSessionStart(int y, int m, int d, int h, int min, int ey, int em, int ed, int eh, int emin)
    {
        Assert.Equal(Vn(ey, em, ed, eh, emin), calendar.NextWorkingInstant(Vn(y, m, d, h, min)));
    }

    [Fact]
    public void SessionsIncludeTheirStartAndExcludeTheirEnd()
    {
        Assert.True(calendar.IsWorkingInstant(Vn(2026, 3, 2, 7, 30)));
        Assert.True(calendar.IsWorkingInstant(Vn(2026, 3, 2, 11, 29)));
        Assert.False(calendar.IsWorkingInstant(Vn(2026, 3, 2, 11, 30)));
        Assert.False(calendar.IsWorkingInstant(Vn(2026, 3, 2, 17, 0)));
        Assert.False(calendar.IsWorkingInstant(Vn(2026, 3, 7, 9, 0)));
        Assert.False(calendar.IsWorkingInstant(Vn(2026, 2, 17, 9, 0)));
        Assert.True(calendar.IsWorkingInstant(Vn(2026, 1, 10, 9, 0)));
    }

    [Theory]
    [InlineData(2026, 3, 6, true)]    // Friday
    [InlineData(2026, 3, 7, false)]   // Saturday
    [InlineData(2026, 3, 8, false)]   // Sunday
    [InlineData(2026, 1, 2, false)]   // swapped Friday
    [InlineData(2026, 1, 10, true)]   // make-up Saturday
    [InlineData(2026, 4, 27, false)]  // compensation for Hùng Kings day on Sunday
    [InlineData(2026, 11, 24, false)] // Ngày Văn hóa Việt Nam
    [InlineData(2025, 4, 26, true)]   // make-up Saturday for 2/5/2025
    public void WorkingDaysAreWeekdaysMinusHolidaysPlusMakeUpDays(int y, int m, int d, bool working)
    {
        Assert.Equal(working, calendar.IsWorkingDay(new DateOnly(y, m, d)));
    }

    [Fact]
    public void WorkingTimeBetweenCountsOnlyOfficeTime()
    {
        Assert.Equal(TimeSpan.FromHours(4.5), calendar.WorkingTimeBetween(Vn(2026, 3, 2, 8, 0), Vn(2026, 3, 2, 14, 0)));
        Assert.Equal(TimeSpan.FromHours(2), calendar.WorkingTimeBetween(Vn(2026, 3, 6, 16, 0), Vn(2026, 3, 9, 8, 30)));
        Assert.Equal(TimeSpan.Zero, calendar.WorkingTimeBetween(Vn(2026, 3, 7, 8, 0), Vn(2026, 3, 8, 18, 0)));
        Assert.Equal(TimeSpan.Zero, calendar.WorkingTimeBetween(Vn(2026, 2, 16, 8, 0), Vn(2026, 2, 20, 16, 0)));
    }

    [Fact]
    public void WorkingTimeBetweenIsNegativeWhenTheEndComesFirst()
    {
        Assert.Equal(TimeSpan.FromHours(-8), calendar.WorkingTimeBetween(Vn(2026, 3, 3, 7, 30), Vn(2026, 3, 2, 7, 30)));
        Assert.Equal(TimeSpan.FromHours(-2), calendar.WorkingTimeBetween(Vn(2026, 3, 9, 8, 30), Vn(2026, 3, 6, 16, 0)));
    }

    [Fact]
    public void AWholeYearOf2026HasItsWorkingDaysTimesEightHours()
    {
        // 261 weekdays, minus 14 weekday holidays (the Sunday Hùng Kings day is not one), plus 2 make-up Saturdays.
        var expectedDays = 261 - 14 + 2;

        Assert.Equal(TimeSpan.FromHours(8 * expectedDays), calendar.WorkingTimeBetween(Vn(2026, 1, 1), Vn(2027, 1, 1)));
    }

    [Fact]
    public void MeasureUsesTheClockForEmergenciesAndOfficeTimeOtherwise()
    {
        var friday = Vn(2026, 3, 6, 16, 0);
        var monday = Vn(2026, 3, 9, 8, 30);

        Assert.Equal(monday - friday, calendar.Measure(friday, monday, clock: true));
        Assert.Equal(TimeSpan.FromHours(2), calendar.Measure(friday, monday, clock: false));
    }

    [Fact]
    public void ClockUnitsIgnoreWeekendsNightsAndHolidays()
    {
        // 000 Điều 10: emergencies are received within 1 giờ, 24/7.
        Assert.Equal(Vn(2026, 3, 8, 0, 30), calendar.Add(Vn(2026, 3, 7, 23, 30), SlaDuration.ClockHours(1)));
        Assert.Equal(Vn(2026, 2, 17, 3, 30), calendar.Add(Vn(2026, 2, 17, 3, 0), SlaDuration.ClockMinutes(30)));
        var utc = calendar.Add(new DateTimeOffset(2026, 2, 17, 0, 0, 0, TimeSpan.Zero), SlaDuration.ClockHours(1));
        Assert.Equal(VietnamOffset, utc.Offset);
        Assert.Equal(Vn(2026, 2, 17, 8, 0), utc);
    }

    [Fact]
    public void WorkingUnitsGoThroughTheCalendar()
    {
        var saturday = Vn(2026, 3, 7, 10, 0);

        // 004 Điều 9: the focal officer answers within 08 giờ làm việc.
        Assert.Equal(Vn(2026, 3, 9, 17, 0), calendar.Add(saturday, SlaDuration.WorkingHours(8)));
        Assert.Equal(Vn(2026, 3, 9, 11, 30), calendar.Add(saturday, SlaDuration.WorkingDays(0.5m)));
        Assert.Equal(Vn(2026, 3, 9, 8, 0), calendar.Add(saturday, SlaDuration.WorkingMinutes(30)));
    }

    [Fact]
    public void AddingAndMeasuringDoNotAllocate()
    {
        var start = Vn(2026, 2, 11, 10, 0);
        calendar.AddWorkingTime(start, TimeSpan.FromDays(3));
        calendar.WorkingTimeBetween(start, Vn(2026, 12, 31));

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10_000; i++)
        {
            var end = calendar.AddWorkingTime(start.AddMinutes(i), TimeSpan.FromMinutes(i * 7));
            calendar.WorkingTimeBetween(start, end);
            calendar.NextWorkingInstant(end);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
