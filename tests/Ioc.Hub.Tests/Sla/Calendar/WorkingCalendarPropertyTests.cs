using Ioc.Hub.Sla.Calendar;
using static Ioc.Hub.Tests.Sla.Calendar.TestCalendars;

namespace Ioc.Hub.Tests.Sla.Calendar;

/// <summary>
/// Properties over a few thousand pseudo-random instants and amounts (fixed seed, so a failure reproduces),
/// checked against a deliberately naive minute-by-minute model of the same rules.
/// </summary>
public sealed class WorkingCalendarPropertyTests
{
    private const int Cases = 3000;
    private static readonly DateTimeOffset RangeStart = Vn(2024, 12, 20);
    private static readonly int RangeMinutes = (int)(Vn(2028, 1, 15) - RangeStart).TotalMinutes;

    private readonly WorkingCalendar calendar = Vietnam;

    private static IEnumerable<(DateTimeOffset Start, TimeSpan Amount)> Samples(int seed, int maxAmountMinutes)
    {
        var random = new Random(seed);
        for (var i = 0; i < Cases; i++)
        {
            var start = RangeStart.AddMinutes(random.Next(RangeMinutes));
            // Every fourth instant is off the minute grid and in UTC, as producers may send them.
            if (i % 4 == 0)
            {
                start = start.AddTicks(random.Next((int)TimeSpan.TicksPerMinute)).ToUniversalTime();
            }

            yield return (start, TimeSpan.FromMinutes(random.Next(maxAmountMinutes + 1)));
        }
    }

    // The naive model: 003 Điều 8.2.a "trừ thứ Bảy, Chủ nhật và ngày lễ, tết", plus make-up days, inside office sessions.
    private static bool IsOfficeMinute(DateTimeOffset minute)
    {
        var local = minute.ToOffset(VietnamOffset);
        var date = DateOnly.FromDateTime(local.DateTime);
        var weekday = date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
        var workingDay = Shipped.IsMakeUpWorkingDay(date) || (weekday && !Shipped.IsHoliday(date));
        var time = TimeOnly.FromDateTime(local.DateTime);
        return workingDay && Standard.Sessions.Any(s => time >= s.Start && time < s.End);
    }

    private static DateTimeOffset NaiveAdd(DateTimeOffset start, TimeSpan amount)
    {
        var at = start;
        for (var left = (int)amount.TotalMinutes; left > 0; at = at.AddMinutes(1))
        {
            if (IsOfficeMinute(at))
            {
                left--;
            }
        }

        return at;
    }

    private static TimeSpan NaiveBetween(DateTimeOffset from, DateTimeOffset to)
    {
        var minutes = 0;
        for (var at = from; at < to; at = at.AddMinutes(1))
        {
            minutes += IsOfficeMinute(at) ? 1 : 0;
        }

        return TimeSpan.FromMinutes(minutes);
    }

    private bool IsInsideOrAtSessionEnd(DateTimeOffset t)
    {
        var local = t.ToOffset(VietnamOffset);
        var date = DateOnly.FromDateTime(local.DateTime);
        var time = TimeOnly.FromDateTime(local.DateTime);
        return calendar.IsWorkingDay(date) && Standard.Sessions.Any(s => time >= s.Start && time <= s.End);
    }

    [Fact]
    public void AddingThenMeasuringGivesBackTheAmount()
    {
        foreach (var (start, amount) in Samples(seed: 112, maxAmountMinutes: 20 * 480))
        {
            var end = calendar.AddWorkingTime(start, amount);
            var from = calendar.IsWorkingInstant(start) ? start : calendar.NextWorkingInstant(start);

            Assert.Equal(amount, calendar.WorkingTimeBetween(from, end));
            Assert.Equal(amount, calendar.WorkingTimeBetween(start, end));
        }
    }

    [Fact]
    public void ResultsNeverLandOutsideOfficeHoursOfAWorkingDay()
    {
        foreach (var (start, amount) in Samples(seed: 111, maxAmountMinutes: 10 * 480))
        {
            var end = calendar.AddWorkingTime(start, amount);

            Assert.True(IsInsideOrAtSessionEnd(end), $"{start:o} + {amount} = {end:o}");
            Assert.Equal(VietnamOffset, end.Offset);
            Assert.True(end >= start, $"{start:o} + {amount} = {end:o}");
        }
    }

    [Fact]
    public void AddingAgreesWithTheMinuteByMinuteModel()
    {
        foreach (var (start, amount) in Samples(seed: 2019, maxAmountMinutes: 3 * 480))
        {
            if (amount == TimeSpan.Zero || start.Ticks % TimeSpan.TicksPerMinute != 0)
            {
                continue;
            }

            Assert.Equal(NaiveAdd(start, amount), calendar.AddWorkingTime(start, amount));
        }
    }

    [Fact]
    public void HolidaysAndWeekendsAreNeverCounted()
    {
        var random = new Random(30_04);
        for (var i = 0; i < Cases; i++)
        {
            var from = RangeStart.AddMinutes(random.Next(RangeMinutes));
            var to = from.AddMinutes(random.Next(5 * 24 * 60));

            Assert.Equal(NaiveBetween(from, to), calendar.WorkingTimeBetween(from, to));
        }
    }

    [Fact]
    public void MeasuringBackwardsIsTheNegativeOfMeasuringForwards()
    {
        var random = new Random(2_9);
        for (var i = 0; i < Cases; i++)
        {
            var a = RangeStart.AddMinutes(random.Next(RangeMinutes));
            var b = RangeStart.AddMinutes(random.Next(RangeMinutes));

            Assert.Equal(-calendar.WorkingTimeBetween(a, b), calendar.WorkingTimeBetween(b, a));
        }
    }

    [Fact]
    public void MoreWorkingTimeNeverEndsEarlier()
    {
        var random = new Random(10_3);
        foreach (var (start, amount) in Samples(seed: 10_1, maxAmountMinutes: 10 * 480))
        {
            var more = amount + TimeSpan.FromMinutes(random.Next(1, 3 * 480));

            Assert.True(calendar.AddWorkingTime(start, amount) <= calendar.AddWorkingTime(start, more));
        }
    }

    [Fact]
    public void AddingInTwoStepsEqualsAddingOnce()
    {
        var random = new Random(1_5);
        foreach (var (start, amount) in Samples(seed: 3_0, maxAmountMinutes: 5 * 480))
        {
            // A positive second step: after a first step ending at 11:30 it starts at 13:00, as one step would.
            var second = TimeSpan.FromMinutes(random.Next(1, 5 * 480));

            Assert.Equal(calendar.AddWorkingTime(start, amount + second), calendar.AddWorkingTime(calendar.AddWorkingTime(start, amount), second));
        }
    }

    [Fact]
    public void NextWorkingInstantIsTheEarliestWorkingInstantNotBeforeT()
    {
        foreach (var (start, _) in Samples(seed: 24_11, maxAmountMinutes: 0))
        {
            var next = calendar.NextWorkingInstant(start);

            Assert.True(calendar.IsWorkingInstant(next));
            Assert.True(next >= start);
            Assert.Equal(TimeSpan.Zero, calendar.WorkingTimeBetween(start, next));
            Assert.Equal(calendar.IsWorkingInstant(start), next == start);
        }
    }
}
