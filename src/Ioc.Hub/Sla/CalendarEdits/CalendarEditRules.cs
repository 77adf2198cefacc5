using Ioc.Data.Calendar;
using Ioc.Data.Validation;
using Ioc.Hub.Sla.Calendar;

namespace Ioc.Hub.Sla.CalendarEdits;

/// <summary>
/// The rules an administrator's holiday or make-up day must meet against the year as it stands (shipped file plus
/// earlier edits). Pure: the same checks run in the form and again in <see cref="CalendarEdits"/> before storing.
/// </summary>
public static class CalendarEditRules
{
    /// <summary>Tết, the longest break, is nine days; a month is room enough and catches a mistyped year or month.</summary>
    public const int MaxHolidayDays = 31;

    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    public static IReadOnlyList<CalendarEditProblem> CheckHoliday(HolidayYear year, DateOnly first, DateOnly last, string? name)
    {
        var problems = CheckName(name);
        if (!InYear(year, first, "first", problems) | !InYear(year, last, "last", problems))
            return problems;
        if (last < first)
        {
            problems.Add(new("last", CalendarEditError.RangeReversed));
            return problems;
        }
        if (last.DayNumber - first.DayNumber + 1 > MaxHolidayDays)
        {
            problems.Add(new("last", CalendarEditError.RangeTooLong));
            return problems;
        }

        var listed = year.Days.ToDictionary(d => d.Date, d => d.Kind);
        for (var date = first; date <= last; date = date.AddDays(1))
        {
            if (listed.TryGetValue(date, out var kind))
            {
                // Overlap with a listed day: say which day, so the administrator can edit the range.
                problems.Add(new("first", kind == CalendarDayKind.Holiday ? CalendarEditError.AlreadyHoliday : CalendarEditError.AlreadyMakeUpDay, date));
                return problems;
            }
        }
        if (!Dates(first, last).Any(IsWeekday))
            problems.Add(new("first", CalendarEditError.NoWorkingDayInRange));
        return problems;
    }

    /// <summary>A make-up working day is a weekend day swapped for a day off (DOMAIN "Working time": make-up Saturday 10/01/2026).</summary>
    public static IReadOnlyList<CalendarEditProblem> CheckMakeUpDay(HolidayYear year, DateOnly date, string? name)
    {
        var problems = CheckName(name);
        if (!InYear(year, date, "date", problems))
            return problems;
        if (IsWeekday(date))
            problems.Add(new("date", CalendarEditError.NotWeekend, date));
        else if (year.Days.FirstOrDefault(d => d.Date == date) is { } listed)
            problems.Add(new("date", listed.Kind == CalendarDayKind.Holiday ? CalendarEditError.AlreadyHoliday : CalendarEditError.AlreadyMakeUpDay, date));
        return problems;
    }

    public static bool IsSupportedYear(int year) => year is >= FirstYear and <= LastYear;

    private static List<CalendarEditProblem> CheckName(string? name)
    {
        var problems = new List<CalendarEditProblem>();
        if (string.IsNullOrWhiteSpace(name))
            problems.Add(new("name", CalendarEditError.NameRequired));
        else if (name.Trim().Length > CalendarOverride.NameMaxLength)
            problems.Add(new("name", CalendarEditError.NameTooLong));
        else if (PlainText.HasMarkupOrControl(name))
            problems.Add(new("name", CalendarEditError.NameMarkup));
        return problems;
    }

    private static bool InYear(HolidayYear year, DateOnly date, string field, List<CalendarEditProblem> problems)
    {
        if (!IsSupportedYear(year.Year))
        {
            problems.Add(new(field, CalendarEditError.YearNotSupported));
            return false;
        }
        if (date.Year != year.Year)
        {
            problems.Add(new(field, CalendarEditError.DateOutsideYear, date));
            return false;
        }
        return true;
    }

    private static bool IsWeekday(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    private static IEnumerable<DateOnly> Dates(DateOnly first, DateOnly last)
    {
        for (var date = first; date <= last; date = date.AddDays(1))
            yield return date;
    }
}
