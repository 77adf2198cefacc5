namespace Ioc.Hub.Sla.Calendar;

/// <summary>
/// Working-time arithmetic for deadlines: office sessions of working days in Vietnam time, minus holidays,
/// plus make-up working days. Walks whole sessions and whole days, never minutes, and does not allocate,
/// because the SLA engine evaluates it for every open case on every tick.
/// </summary>
public sealed class WorkingCalendar(OfficeHours officeHours, HolidaySchedule holidays)
{
    // Asia/Ho_Chi_Minh has been UTC+7 without daylight saving since 1975, so local time is a fixed shift
    // (and cheaper than a TimeZoneInfo conversion per call).
    private static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    /// <summary>The province's time zone, for display and for code that needs a <see cref="TimeZoneInfo"/>.</summary>
    public static TimeZoneInfo VietnamTime { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public OfficeHours OfficeHours { get; } = officeHours ?? throw new ArgumentNullException(nameof(officeHours));

    public HolidaySchedule Holidays { get; } = holidays ?? throw new ArgumentNullException(nameof(holidays));

    /// <summary>Monday–Friday that is not a holiday, or a make-up working day.</summary>
    public bool IsWorkingDay(DateOnly date) => Holidays.IsWorkingDay(date.DayNumber);

    /// <summary>Inside a session of a working day: Start inclusive, End exclusive.</summary>
    public bool IsWorkingInstant(DateTimeOffset t)
    {
        var (day, time) = Split(t);
        if (!Holidays.IsWorkingDay(day))
        {
            return false;
        }

        for (var i = 0; i < OfficeHours.Count; i++)
        {
            if (time >= OfficeHours.StartTicks(i) && time < OfficeHours.EndTicks(i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><paramref name="t"/> itself when it is working time, else the start of the next session.</summary>
    public DateTimeOffset NextWorkingInstant(DateTimeOffset t)
    {
        var (day, time) = Split(t);
        if (Holidays.IsWorkingDay(day))
        {
            for (var i = 0; i < OfficeHours.Count; i++)
            {
                if (time < OfficeHours.EndTicks(i))
                {
                    return At(day, Math.Max(time, OfficeHours.StartTicks(i)));
                }
            }
        }

        return At(Holidays.NextWorkingDay(day + 1), OfficeHours.FirstStartTicks);
    }

    /// <summary>
    /// The instant when <paramref name="amount"/> of office time has elapsed from <paramref name="start"/>.
    /// A deadline that uses up a session exactly ends at that session's end (11:30), not at the next start.
    /// </summary>
    public DateTimeOffset AddWorkingTime(DateTimeOffset start, TimeSpan amount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(amount, TimeSpan.Zero);
        if (amount == TimeSpan.Zero)
        {
            return NextWorkingInstant(start);
        }

        var remaining = amount.Ticks;
        var dayLength = OfficeHours.DayLength.Ticks;
        var (day, time) = Split(start);
        if (!Holidays.IsWorkingDay(day))
        {
            day = Holidays.NextWorkingDay(day + 1);
            time = 0;
        }

        while (true)
        {
            for (var i = 0; i < OfficeHours.Count; i++)
            {
                var end = OfficeHours.EndTicks(i);
                if (end <= time)
                {
                    continue;
                }

                var from = Math.Max(OfficeHours.StartTicks(i), time);
                if (remaining <= end - from)
                {
                    return At(day, from + remaining);
                }

                remaining -= end - from;
            }

            // Jump the whole working days in one go; the last (partial or exactly full) day is walked above.
            var wholeDays = (int)((remaining - 1) / dayLength);
            remaining -= wholeDays * dayLength;
            day = Holidays.SkipWorkingDays(Holidays.NextWorkingDay(day + 1), wholeDays);
            time = 0;
        }
    }

    /// <summary><paramref name="days"/> × the working-day length of office time ("0,5 ngày" = 4 working hours).</summary>
    public DateTimeOffset AddWorkingDays(DateTimeOffset start, decimal days) =>
        AddWorkingTime(start, SlaDuration.WorkingDays(days).ToTimeSpan(OfficeHours.DayLength));

    /// <summary>Working units count office time; clock units (emergencies) are plain elapsed time, 24/7.</summary>
    public DateTimeOffset Add(DateTimeOffset start, SlaDuration duration) => duration.IsClock
        ? (start + duration.ToTimeSpan(OfficeHours.DayLength)).ToOffset(Offset)
        : AddWorkingTime(start, duration.ToTimeSpan(OfficeHours.DayLength));

    /// <summary>Office time in [from, to); negative when <paramref name="to"/> is before <paramref name="from"/>.</summary>
    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        if (to < from)
        {
            return -WorkingTimeBetween(to, from);
        }

        var (fromDay, fromTime) = Split(from);
        var (toDay, toTime) = Split(to);
        if (fromDay == toDay)
        {
            return TimeSpan.FromTicks(Holidays.IsWorkingDay(fromDay) ? OfficeHours.OfficeTicksBetween(fromTime, toTime) : 0);
        }

        var ticks = Holidays.IsWorkingDay(fromDay) ? OfficeHours.OfficeTicksBetween(fromTime, TimeSpan.TicksPerDay) : 0;
        ticks += Holidays.CountWorkingDays(fromDay + 1, toDay) * OfficeHours.DayLength.Ticks;
        ticks += Holidays.IsWorkingDay(toDay) ? OfficeHours.OfficeTicksBetween(0, toTime) : 0;
        return TimeSpan.FromTicks(ticks);
    }

    /// <summary>Elapsed time as a deadline counts it: the clock for emergencies, office time otherwise.</summary>
    public TimeSpan Measure(DateTimeOffset from, DateTimeOffset to, bool clock) =>
        clock ? to - from : WorkingTimeBetween(from, to);

    private static (int Day, long Time) Split(DateTimeOffset t)
    {
        var local = t.UtcTicks + Offset.Ticks;
        return ((int)(local / TimeSpan.TicksPerDay), local % TimeSpan.TicksPerDay);
    }

    private static DateTimeOffset At(int day, long time) => new(day * TimeSpan.TicksPerDay + time, Offset);
}
