namespace Ioc.Data.Kpi;

/// <summary>
/// One day's numbers (Vietnam day) for one combination of agency, field, channel and administrative unit (table
/// <c>daily_stats</c>), maintained by the projection in the same transaction as the case snapshots: every changed case
/// takes its old contribution out and puts its new one in, so the rows always equal a computation over <c>cases</c>.
/// The KPI page and the reports sum these rows instead of scanning cases (docs/kpi.md).
/// </summary>
public sealed class DailyStats
{
    public DateOnly Day { get; set; }
    public required string ProfileId { get; set; }

    /// <summary>The case's lead agency, or <c>operations-center</c> before routing.</summary>
    public required string AgencyId { get; set; }

    public required string FieldCode { get; set; }
    public required string Channel { get; set; }
    public required string AdminUnitCode { get; set; }

    /// <summary>State-secret cases count in the statistics but are left out of every public output.</summary>
    public bool IsStateSecret { get; set; }

    /// <summary>Cases received that day (Vietnam time).</summary>
    public long Received { get; set; }

    /// <summary>Cases answered that day (published or closed at first contact).</summary>
    public long Resolved { get; set; }

    /// <summary>Of those, answered no later than the case's own due.</summary>
    public long ResolvedOnTime { get; set; }

    /// <summary>Cases rejected that day.</summary>
    public long Rejected { get; set; }

    /// <summary>Cases received that day that were returned or re-routed to another lead at least once.</summary>
    public long Forwarded { get; set; }

    /// <summary>Cases received that day that were reopened at least once.</summary>
    public long Reopened { get; set; }

    /// <summary>Cases closed at first contact that day (004 Điều 9).</summary>
    public long FirstContact { get; set; }

    /// <summary>Ratings, by the case's answer day, on the first level of the province's scale.</summary>
    public long Rated1 { get; set; }

    /// <summary>Second level of the scale.</summary>
    public long Rated2 { get; set; }

    /// <summary>Third level of the scale.</summary>
    public long Rated3 { get; set; }

    /// <summary>Fourth level, for a scale that has one.</summary>
    public long Rated4 { get; set; }

    /// <summary>Sum of working minutes from receipt to answer over the cases answered that day.</summary>
    public long HandlingMinutes { get; set; }

    /// <summary>Answered cases whose handling took at most 30 working minutes (and more than the bucket before).</summary>
    public long HandlingUpTo30Min { get; set; }

    /// <summary>Answered cases whose handling took at most 60 working minutes (and more than the bucket before).</summary>
    public long HandlingUpTo1Hour { get; set; }

    /// <summary>Answered cases whose handling took at most 120 working minutes (and more than the bucket before).</summary>
    public long HandlingUpTo2Hours { get; set; }

    /// <summary>Answered cases whose handling took at most 240 working minutes (and more than the bucket before).</summary>
    public long HandlingUpTo4Hours { get; set; }

    /// <summary>Answered cases whose handling took at most 480 working minutes (and more than the bucket before).</summary>
    public long HandlingUpTo1Day { get; set; }

    /// <summary>Answered cases whose handling took at most 960 working minutes (and more than the bucket before).</summary>
    public long HandlingUpTo2Days { get; set; }

    /// <summary>Answered cases whose handling took at most 1440 working minutes (and more than the bucket before).</summary>
    public long HandlingUpTo3Days { get; set; }

    /// <summary>Answered cases whose handling took at most 2400 working minutes (and more than the bucket before).</summary>
    public long HandlingUpTo5Days { get; set; }

    /// <summary>Answered cases whose handling took at most 3360 working minutes (and more than the bucket before).</summary>
    public long HandlingUpTo7Days { get; set; }

    /// <summary>Answered cases whose handling took at most 4800 working minutes (and more than the bucket before).</summary>
    public long HandlingUpTo10Days { get; set; }

    /// <summary>Answered cases whose handling took at most 7200 working minutes (and more than the bucket before).</summary>
    public long HandlingUpTo15Days { get; set; }

    /// <summary>Answered cases whose handling took at most 9600 working minutes (and more than the bucket before).</summary>
    public long HandlingUpTo20Days { get; set; }

    /// <summary>Answered cases whose handling took at most 14400 working minutes (and more than the bucket before).</summary>
    public long HandlingUpTo30Days { get; set; }

    /// <summary>Answered cases whose handling took more than 30 working days.</summary>
    public long HandlingOver30Days { get; set; }

    /// <summary>Cases accepted by their lead agency that day.</summary>
    public long Acknowledged { get; set; }

    /// <summary>Sum of working minutes from routing to acceptance over those.</summary>
    public long AcknowledgeMinutes { get; set; }

    /// <summary>Emergency cases acknowledged (or accepted) that day.</summary>
    public long Emergencies { get; set; }

    /// <summary>Sum of clock minutes from receipt to acknowledgement over those.</summary>
    public long EmergencyMinutes { get; set; }

    /// <summary>True when every metric is zero (a contribution taken out and put back in the same place).</summary>
    public bool IsEmpty => DailyStatsMetrics.All.All(m => m.Get(this) == 0);

    /// <summary>Adds <paramref name="other"/>'s metrics times <paramref name="sign"/> to this row's.</summary>
    public void Add(DailyStats other, int sign)
    {
        foreach (var m in DailyStatsMetrics.All)
        {
            m.Set(this, m.Get(this) + sign * m.Get(other));
        }
    }
}
