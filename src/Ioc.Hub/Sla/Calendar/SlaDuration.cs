using System.Globalization;

namespace Ioc.Hub.Sla.Calendar;

/// <summary>
/// A deadline length as the regulations write it: "0,5 ngày làm việc", "04 giờ làm việc", "1 giờ" (24/7).
/// Working days stay symbolic until a calendar supplies the length of its working day.
/// </summary>
public readonly record struct SlaDuration(decimal Amount, SlaUnit Unit)
{
    /// <summary>Clock units run 24/7 and ignore office hours and holidays (emergency deadlines).</summary>
    public bool IsClock => Unit is SlaUnit.ClockMinutes or SlaUnit.ClockHours;

    public TimeSpan ToTimeSpan(TimeSpan workingDayLength) => Unit switch
    {
        SlaUnit.WorkingMinutes or SlaUnit.ClockMinutes => FromTicks(Amount * TimeSpan.TicksPerMinute),
        SlaUnit.WorkingHours or SlaUnit.ClockHours => FromTicks(Amount * TimeSpan.TicksPerHour),
        SlaUnit.WorkingDays => FromTicks(Amount * workingDayLength.Ticks),
        _ => throw new InvalidOperationException($"Unknown SLA unit {Unit}."),
    };

    public override string ToString()
    {
        var amount = Amount.ToString("0.############", CultureInfo.InvariantCulture);
        var unit = Unit switch
        {
            SlaUnit.WorkingMinutes => "WMIN",
            SlaUnit.WorkingHours => "WH",
            SlaUnit.WorkingDays => "WD",
            SlaUnit.ClockMinutes => "min",
            SlaUnit.ClockHours => "h",
            _ => Unit.ToString(),
        };
        return $"{amount} {unit}";
    }

    public static SlaDuration WorkingDays(decimal n) => new(n, SlaUnit.WorkingDays);

    public static SlaDuration WorkingHours(decimal n) => new(n, SlaUnit.WorkingHours);

    public static SlaDuration WorkingMinutes(decimal n) => new(n, SlaUnit.WorkingMinutes);

    public static SlaDuration ClockHours(decimal n) => new(n, SlaUnit.ClockHours);

    public static SlaDuration ClockMinutes(decimal n) => new(n, SlaUnit.ClockMinutes);

    // Round to whole ticks: decimal keeps "0,25 ngày" exact, TimeSpan cannot hold fractions of a tick.
    private static TimeSpan FromTicks(decimal ticks) => TimeSpan.FromTicks((long)decimal.Round(ticks, MidpointRounding.AwayFromZero));
}
