namespace Ioc.Hub.Sla.Calendar;

/// <summary>
/// Public holidays and make-up working days, year by year. Shipped years are data (the government's
/// announced schedule); any other year is generated from the statutory rules on first use, marked
/// provisional, and cached. Immutable apart from that cache, so one instance is shared by all threads.
/// </summary>
public sealed class HolidaySchedule
{
    private readonly int firstYear;
    private readonly YearTable?[] tables;

    public HolidaySchedule(IEnumerable<HolidayYear> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        var shipped = new SortedDictionary<int, HolidayYear>();
        foreach (var year in years)
        {
            HolidayYearValidator.Validate(year, $"year {year?.Year}");
            if (!shipped.TryAdd(year!.Year, year))
            {
                throw new CalendarDataException($"year {year.Year}: year: given twice.");
            }
        }

        ShippedYears = [.. shipped.Values];
        firstYear = Math.Min(ProvisionalHolidays.FirstSupportedYear, shipped.Keys.DefaultIfEmpty(int.MaxValue).First());
        var lastYear = Math.Max(ProvisionalHolidays.LastSupportedYear, shipped.Keys.DefaultIfEmpty(int.MinValue).Last());
        tables = new YearTable?[lastYear - firstYear + 1];
        foreach (var year in ShippedYears)
        {
            tables[year.Year - firstYear] = new YearTable(year);
        }
    }

    /// <summary>The years given explicitly (files or admin edits), in ascending order; generated years are not listed.</summary>
    public IReadOnlyList<HolidayYear> ShippedYears { get; }

    /// <summary>The schedule shipped beside the binary (Sla/Calendars/vn-*.json).</summary>
    public static HolidaySchedule LoadDefault() =>
        LoadDirectory(Path.Combine(AppContext.BaseDirectory, "Sla", "Calendars"));

    /// <summary>Reads every vn-*.json of <paramref name="directory"/>; bad data throws <see cref="CalendarDataException"/>.</summary>
    public static HolidaySchedule LoadDirectory(string directory) => new(HolidayFileReader.ReadDirectory(directory));

    public bool IsHoliday(DateOnly date) => Table(date.Year).IsHoliday(date.DayNumber);

    public bool IsMakeUpWorkingDay(DateOnly date) => Table(date.Year).IsMakeUp(date.DayNumber);

    public HolidayYear GetYear(int year) => Table(year).Year;

    /// <summary>A copy with <paramref name="year"/> replacing (or adding) that year; this instance is unchanged.</summary>
    public HolidaySchedule With(HolidayYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        return new([.. ShippedYears.Where(y => y.Year != year.Year), year]);
    }

    internal bool IsWorkingDay(int dayNumber) => TableOfDay(dayNumber).IsWorking(dayNumber);

    /// <summary>The first working day on or after <paramref name="dayNumber"/>.</summary>
    internal int NextWorkingDay(int dayNumber)
    {
        var table = TableOfDay(dayNumber);
        while (!table.IsWorking(dayNumber))
        {
            dayNumber++;
            if (dayNumber == table.EndDayNumber)
            {
                table = TableOfDay(dayNumber);
            }
        }

        return dayNumber;
    }

    /// <summary>The working day reached after passing <paramref name="count"/> working days from working day <paramref name="dayNumber"/>.</summary>
    internal int SkipWorkingDays(int dayNumber, int count)
    {
        var table = TableOfDay(dayNumber);
        while (count > 0)
        {
            dayNumber++;
            if (dayNumber == table.EndDayNumber)
            {
                table = TableOfDay(dayNumber);
            }

            if (table.IsWorking(dayNumber))
            {
                count--;
            }
        }

        return dayNumber;
    }

    /// <summary>Working days in [fromDay, toDay), summed year by year from the prefix counts.</summary>
    internal int CountWorkingDays(int fromDay, int toDay)
    {
        var count = 0;
        while (fromDay < toDay)
        {
            var table = TableOfDay(fromDay);
            var end = Math.Min(toDay, table.EndDayNumber);
            count += table.CountWorking(fromDay, end);
            fromDay = end;
        }

        return count;
    }

    private YearTable TableOfDay(int dayNumber) => Table(DateOnly.FromDayNumber(dayNumber).Year);

    private YearTable Table(int year)
    {
        var index = year - firstYear;
        if ((uint)index >= (uint)tables.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year,
                $"No holiday schedule for {year}: only shipped years and {ProvisionalHolidays.FirstSupportedYear}–{ProvisionalHolidays.LastSupportedYear} (the lunar calendar's range) are known.");
        }

        // Racing threads may both generate a year; the first stored table wins and both are identical.
        return Volatile.Read(ref tables[index])
            ?? Interlocked.CompareExchange(ref tables[index], new YearTable(ProvisionalHolidays.Generate(year)), null)
            ?? tables[index]!;
    }
}
