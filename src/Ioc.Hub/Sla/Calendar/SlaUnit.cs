namespace Ioc.Hub.Sla.Calendar;

/// <summary>How a deadline is counted: office time of working days, or the plain 24/7 clock (emergencies).</summary>
public enum SlaUnit
{
    WorkingMinutes,
    WorkingHours,
    WorkingDays,
    ClockMinutes,
    ClockHours,
}
