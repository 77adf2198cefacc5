namespace Ioc.Hub.Sla.Calendar;

/// <summary>
/// Per-day flags of one year, precomputed so that "is this a working day?" is an array read and
/// "how many working days between?" is a subtraction of prefix counts.
/// </summary>
internal sealed class YearTable
{
    private const byte Working = 1;
    private const byte Holiday = 2;
    private const byte MakeUp = 4;

    private readonly byte[] flags;
    private readonly int[] workingDaysBefore;

    public YearTable(HolidayYear year)
    {
        Year = year;
        FirstDayNumber = new DateOnly(year.Year, 1, 1).DayNumber;
        var length = new DateOnly(year.Year, 12, 31).DayNumber - FirstDayNumber + 1;
        flags = new byte[length];
        foreach (var day in year.Days)
        {
            flags[day.Date.DayNumber - FirstDayNumber] = day.Kind == CalendarDayKind.Holiday ? Holiday : MakeUp;
        }

        workingDaysBefore = new int[length + 1];
        for (var i = 0; i < length; i++)
        {
            var weekday = DateOnly.FromDayNumber(FirstDayNumber + i).DayOfWeek;
            var isWorking = flags[i] == MakeUp
                || (flags[i] != Holiday && weekday is not (DayOfWeek.Saturday or DayOfWeek.Sunday));
            if (isWorking)
            {
                flags[i] |= Working;
            }

            workingDaysBefore[i + 1] = workingDaysBefore[i] + (isWorking ? 1 : 0);
        }
    }

    public HolidayYear Year { get; }

    public int FirstDayNumber { get; }

    /// <summary>One past the last day of the year.</summary>
    public int EndDayNumber => FirstDayNumber + flags.Length;

    public bool IsWorking(int dayNumber) => (flags[dayNumber - FirstDayNumber] & Working) != 0;

    public bool IsHoliday(int dayNumber) => (flags[dayNumber - FirstDayNumber] & Holiday) != 0;

    public bool IsMakeUp(int dayNumber) => (flags[dayNumber - FirstDayNumber] & MakeUp) != 0;

    /// <summary>Working days in [fromDay, toDay), both inside this year (toDay may be <see cref="EndDayNumber"/>).</summary>
    public int CountWorking(int fromDay, int toDay) =>
        workingDaysBefore[toDay - FirstDayNumber] - workingDaysBefore[fromDay - FirstDayNumber];
}
