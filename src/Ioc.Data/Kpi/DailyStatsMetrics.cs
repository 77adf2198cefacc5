namespace Ioc.Data.Kpi;

/// <summary>A metric column of <see cref="DailyStats"/>: its name in SQL and how to read and write it.</summary>
public sealed record DailyStatsMetric(string Column, Func<DailyStats, long> Get, Action<DailyStats, long> Set);

/// <summary>
/// The metric columns in the order the bulk writers write them (a test checks them against the EF model), and the
/// handling-time histogram's bucket limits in working minutes (1 working day = 480 minutes).
/// </summary>
public static class DailyStatsMetrics
{
    public static readonly DailyStatsMetric[] All =
    [
        new("received", s => s.Received, (s, v) => s.Received = v),
        new("resolved", s => s.Resolved, (s, v) => s.Resolved = v),
        new("resolved_on_time", s => s.ResolvedOnTime, (s, v) => s.ResolvedOnTime = v),
        new("rejected", s => s.Rejected, (s, v) => s.Rejected = v),
        new("forwarded", s => s.Forwarded, (s, v) => s.Forwarded = v),
        new("reopened", s => s.Reopened, (s, v) => s.Reopened = v),
        new("first_contact", s => s.FirstContact, (s, v) => s.FirstContact = v),
        new("rated1", s => s.Rated1, (s, v) => s.Rated1 = v),
        new("rated2", s => s.Rated2, (s, v) => s.Rated2 = v),
        new("rated3", s => s.Rated3, (s, v) => s.Rated3 = v),
        new("rated4", s => s.Rated4, (s, v) => s.Rated4 = v),
        new("handling_minutes", s => s.HandlingMinutes, (s, v) => s.HandlingMinutes = v),
        new("handling_up_to30_min", s => s.HandlingUpTo30Min, (s, v) => s.HandlingUpTo30Min = v),
        new("handling_up_to1_hour", s => s.HandlingUpTo1Hour, (s, v) => s.HandlingUpTo1Hour = v),
        new("handling_up_to2_hours", s => s.HandlingUpTo2Hours, (s, v) => s.HandlingUpTo2Hours = v),
        new("handling_up_to4_hours", s => s.HandlingUpTo4Hours, (s, v) => s.HandlingUpTo4Hours = v),
        new("handling_up_to1_day", s => s.HandlingUpTo1Day, (s, v) => s.HandlingUpTo1Day = v),
        new("handling_up_to2_days", s => s.HandlingUpTo2Days, (s, v) => s.HandlingUpTo2Days = v),
        new("handling_up_to3_days", s => s.HandlingUpTo3Days, (s, v) => s.HandlingUpTo3Days = v),
        new("handling_up_to5_days", s => s.HandlingUpTo5Days, (s, v) => s.HandlingUpTo5Days = v),
        new("handling_up_to7_days", s => s.HandlingUpTo7Days, (s, v) => s.HandlingUpTo7Days = v),
        new("handling_up_to10_days", s => s.HandlingUpTo10Days, (s, v) => s.HandlingUpTo10Days = v),
        new("handling_up_to15_days", s => s.HandlingUpTo15Days, (s, v) => s.HandlingUpTo15Days = v),
        new("handling_up_to20_days", s => s.HandlingUpTo20Days, (s, v) => s.HandlingUpTo20Days = v),
        new("handling_up_to30_days", s => s.HandlingUpTo30Days, (s, v) => s.HandlingUpTo30Days = v),
        new("handling_over30_days", s => s.HandlingOver30Days, (s, v) => s.HandlingOver30Days = v),
        new("acknowledged", s => s.Acknowledged, (s, v) => s.Acknowledged = v),
        new("acknowledge_minutes", s => s.AcknowledgeMinutes, (s, v) => s.AcknowledgeMinutes = v),
        new("emergencies", s => s.Emergencies, (s, v) => s.Emergencies = v),
        new("emergency_minutes", s => s.EmergencyMinutes, (s, v) => s.EmergencyMinutes = v),
    ];

    /// <summary>Upper limits (inclusive) of the handling buckets but the last, which is open-ended.</summary>
    public static readonly int[] HandlingBucketLimits = [30, 60, 120, 240, 480, 960, 1440, 2400, 3360, 4800, 7200, 9600, 14400];

    /// <summary>The first handling bucket's index in <see cref="All"/>.</summary>
    public static readonly int FirstHandlingBucket = Array.FindIndex(All, m => m.Column == "handling_up_to30_min");

    public const int HandlingBucketCount = 14;

    /// <summary>The bucket of a handling time in working minutes.</summary>
    public static int HandlingBucket(long minutes)
    {
        for (var i = 0; i < HandlingBucketLimits.Length; i++)
        {
            if (minutes <= HandlingBucketLimits[i])
            {
                return i;
            }
        }
        return HandlingBucketLimits.Length;
    }
}
