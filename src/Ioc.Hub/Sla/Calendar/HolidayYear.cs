namespace Ioc.Hub.Sla.Calendar;

/// <summary>
/// The holidays and make-up working days of one year. <see cref="Provisional"/> years were generated from the
/// statutory rules and await the government's announcement (or an admin's confirmation).
/// </summary>
public sealed record HolidayYear(int Year, bool Provisional, string Source, IReadOnlyList<CalendarDay> Days);
