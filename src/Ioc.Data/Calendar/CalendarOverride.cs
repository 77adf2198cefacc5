namespace Ioc.Data.Calendar;

/// <summary>
/// An administrator's edit of the national holiday schedule (table <c>calendar_overrides</c>): a holiday over a date
/// range, or one make-up working day (a swapped weekend day). The shipped vn-YYYY.json files stay the base; the SLA
/// engine's calendar is the files plus these rows (docs/calendar.md, "Administrator edits").
/// </summary>
public sealed class CalendarOverride
{
    public const int NameMaxLength = 200;

    public Guid Id { get; set; }

    /// <summary>One of <see cref="CalendarOverrideKinds"/>.</summary>
    public required string Kind { get; set; }

    public DateOnly FirstDate { get; set; }

    /// <summary>Same as <see cref="FirstDate"/> for a single day; always in the same year.</summary>
    public DateOnly LastDate { get; set; }

    /// <summary>The official name shown in the calendar, e.g. "Nghỉ bù Quốc khánh".</summary>
    public required string Name { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>The administrator's user name.</summary>
    public required string CreatedBy { get; set; }
}

/// <summary>The values of <see cref="CalendarOverride.Kind"/>, spelt as in the calendar files.</summary>
public static class CalendarOverrideKinds
{
    public const string Holiday = "holiday";
    public const string MakeUpWorkingDay = "makeUpWorkingDay";
}
