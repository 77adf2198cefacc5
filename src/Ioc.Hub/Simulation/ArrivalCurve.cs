using Ioc.Hub.Sla.Calendar;

namespace Ioc.Hub.Simulation;

/// <summary>
/// How busy each local hour is, relative to an office hour of a working day (1.0): citizens call and write mostly in
/// office hours, less at lunch and in the evening, rarely at night, and about a third as much on days off.
/// </summary>
public static class ArrivalCurve
{
    private static readonly double[] WorkingDay =
    [
        0.04, 0.03, 0.03, 0.03, 0.04, 0.08, 0.25, 0.70, 1.00, 1.00, 1.00, 0.90,
        0.50, 0.70, 1.00, 1.00, 1.00, 0.80, 0.45, 0.40, 0.35, 0.25, 0.12, 0.06,
    ];

    private static readonly double[] DayOff =
    [
        0.04, 0.03, 0.03, 0.03, 0.04, 0.06, 0.12, 0.20, 0.30, 0.30, 0.30, 0.28,
        0.22, 0.22, 0.28, 0.30, 0.30, 0.28, 0.25, 0.25, 0.22, 0.15, 0.08, 0.05,
    ];

    /// <summary>The sum of a working day's weights: a day of <c>n</c> cases has <c>n × weight / WorkingDayTotal</c> per hour.</summary>
    public static double WorkingDayTotal { get; } = WorkingDay.Sum();

    /// <summary>The weight of the local hour that contains <paramref name="instant"/>.</summary>
    public static double Weight(WorkingCalendar calendar, DateTimeOffset instant)
    {
        var local = instant.ToOffset(Vietnam);
        var date = DateOnly.FromDateTime(local.DateTime);
        return (calendar.IsWorkingDay(date) ? WorkingDay : DayOff)[local.Hour];
    }

    internal static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
}
