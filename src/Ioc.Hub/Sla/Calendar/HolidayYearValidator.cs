namespace Ioc.Hub.Sla.Calendar;

/// <summary>Consistency rules every year must meet, whether read from a file or edited by an admin.</summary>
internal static class HolidayYearValidator
{
    /// <param name="origin">The file name, or "year 2026" for a year built in code; starts every message.</param>
    public static void Validate(HolidayYear year, string origin)
    {
        ArgumentNullException.ThrowIfNull(year);
        if (year.Year is < 1 or > 9999)
        {
            throw new CalendarDataException($"{origin}: year: {year.Year} is not a valid year.");
        }

        if (string.IsNullOrWhiteSpace(year.Source))
        {
            throw new CalendarDataException($"{origin}: source: missing; say where the schedule comes from (publication, decision number).");
        }

        if (year.Days is null)
        {
            throw new CalendarDataException($"{origin}: days: missing.");
        }

        var seen = new Dictionary<DateOnly, int>();
        for (var i = 0; i < year.Days.Count; i++)
        {
            var day = year.Days[i] ?? throw new CalendarDataException($"{origin}: days[{i}]: null entry.");
            if (day.Date.Year != year.Year)
            {
                throw new CalendarDataException($"{origin}: days[{i}].date: {day.Date:yyyy-MM-dd} is outside the year {year.Year}.");
            }

            if (!Enum.IsDefined(day.Kind))
            {
                throw new CalendarDataException($"{origin}: days[{i}].kind: unknown kind {(int)day.Kind}.");
            }

            if (string.IsNullOrWhiteSpace(day.Name))
            {
                throw new CalendarDataException($"{origin}: days[{i}].name: missing; every day needs its official name.");
            }

            if (day.Kind == CalendarDayKind.MakeUpWorkingDay && day.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                throw new CalendarDataException($"{origin}: days[{i}].date: make-up working day {day.Date:yyyy-MM-dd} is a {day.Date.DayOfWeek}, not a weekend day.");
            }

            if (!seen.TryAdd(day.Date, i))
            {
                throw new CalendarDataException($"{origin}: days[{i}].date: {day.Date:yyyy-MM-dd} is listed twice (also days[{seen[day.Date]}]).");
            }
        }
    }
}
