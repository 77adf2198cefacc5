namespace Ioc.Hub.Sla.Calendar;

/// <summary>A day that differs from the Monday–Friday rule: a public holiday (or compensatory day off), or a make-up working day.</summary>
public enum CalendarDayKind
{
    Holiday,
    MakeUpWorkingDay,
}

/// <summary>One exception to the weekly rhythm, with its official Vietnamese name (shown in the UI).</summary>
public sealed record CalendarDay(DateOnly Date, CalendarDayKind Kind, string Name);
