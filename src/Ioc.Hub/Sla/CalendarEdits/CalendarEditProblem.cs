namespace Ioc.Hub.Sla.CalendarEdits;

/// <summary>
/// Why an administrator's calendar edit is refused: the form field it concerns, a stable code (the UI's resource key
/// is <c>Admin.Calendar.Error.{Code}</c>) and the date it is about, when there is one.
/// </summary>
public sealed record CalendarEditProblem(string Field, CalendarEditError Code, DateOnly? Date = null);

public enum CalendarEditError
{
    NameRequired,
    NameTooLong,
    NameMarkup,
    YearNotSupported,
    DateOutsideYear,
    RangeReversed,
    RangeTooLong,
    AlreadyHoliday,
    AlreadyMakeUpDay,
    NoWorkingDayInRange,
    NotWeekend,
    NotFound,

    /// <summary>Told by forms that parse typed dates before calling the service.</summary>
    DateRequired,
    DateFormat,
}

/// <summary>Thrown by <see cref="CalendarEdits"/> when an edit breaks a rule; nothing was stored.</summary>
public sealed class CalendarEditException(IReadOnlyList<CalendarEditProblem> problems)
    : Exception(string.Join("; ", problems.Select(p => $"{p.Field}: {p.Code}{(p.Date is { } d ? $" ({d:yyyy-MM-dd})" : "")}")))
{
    public IReadOnlyList<CalendarEditProblem> Problems { get; } = problems;
}
