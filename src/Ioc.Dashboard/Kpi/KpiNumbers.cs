using Ioc.Data.Kpi;
using Ioc.Hub.Sla.Profiles;

namespace Ioc.Dashboard.Kpi;

/// <summary>
/// The KPIs of one period, computed from summed <c>daily_stats</c> rows plus the open cases now overdue. Rates are
/// null when their denominator is zero (shown as "—", never as 0 %). Definitions: docs/kpi.md and the page's popovers.
/// </summary>
public sealed record KpiNumbers
{
    public long Received { get; init; }
    public long Resolved { get; init; }
    public long ResolvedOnTime { get; init; }
    public long ResolvedLate => Resolved - ResolvedOnTime;
    public long Rejected { get; init; }

    /// <summary>Cases received in the period, still open, past their due now.</summary>
    public long OpenOverdue { get; init; }

    public long Overdue => ResolvedLate + OpenOverdue;
    public double? ResolutionRate => Rate(Resolved, Received);
    public double? OnTimeRate => Rate(ResolvedOnTime, Resolved);
    public double? OverdueRate => Rate(Overdue, Resolved + OpenOverdue);

    /// <summary>Handling time in working minutes, from the histogram.</summary>
    public double? MedianMinutes { get; init; }
    public double? P90Minutes { get; init; }

    public long Rated { get; init; }
    public long Satisfied { get; init; }
    public double? SatisfactionRate => Rate(Satisfied, Rated);

    /// <summary>Ratings per level of the province's scale, in the scale's order.</summary>
    public IReadOnlyList<long> RatingsByLevel { get; init; } = [];

    public long FirstContact { get; init; }
    public double? FirstContactRate => Rate(FirstContact, Resolved);
    public long Forwarded { get; init; }
    public double? ForwardingRate => Rate(Forwarded, Received);
    public long Reopened { get; init; }
    public double? ReopenRate => Rate(Reopened, Received);

    public double? AcknowledgeMinutes { get; init; }
    public double? EmergencyMinutes { get; init; }
    public long Emergencies { get; init; }

    public static KpiNumbers From(DailyStats sum, SlaProfile profile, long openOverdue = 0)
    {
        var ratings = new[] { sum.Rated1, sum.Rated2, sum.Rated3, sum.Rated4 }.Take(profile.Satisfaction.Count).ToArray();
        var buckets = DailyStatsMetrics.All.Skip(DailyStatsMetrics.FirstHandlingBucket).Take(DailyStatsMetrics.HandlingBucketCount)
            .Select(m => m.Get(sum)).ToArray();
        return new KpiNumbers
        {
            Received = sum.Received,
            Resolved = sum.Resolved,
            ResolvedOnTime = sum.ResolvedOnTime,
            Rejected = sum.Rejected,
            OpenOverdue = openOverdue,
            MedianMinutes = HandlingPercentile.Of(buckets, 0.5),
            P90Minutes = HandlingPercentile.Of(buckets, 0.9),
            Rated = ratings.Sum(),
            Satisfied = ratings.Where((_, i) => profile.Satisfaction[i].Satisfied).Sum(),
            RatingsByLevel = ratings,
            FirstContact = sum.FirstContact,
            Forwarded = sum.Forwarded,
            Reopened = sum.Reopened,
            AcknowledgeMinutes = sum.Acknowledged == 0 ? null : (double)sum.AcknowledgeMinutes / sum.Acknowledged,
            Emergencies = sum.Emergencies,
            EmergencyMinutes = sum.Emergencies == 0 ? null : (double)sum.EmergencyMinutes / sum.Emergencies,
        };
    }

    public static double? Rate(long part, long whole) => whole == 0 ? null : (double)part / whole;
}

/// <summary>Percentiles of handling time read from the roll-ups' histogram, interpolated inside the bucket.</summary>
public static class HandlingPercentile
{
    public static double? Of(IReadOnlyList<long> buckets, double q)
    {
        var total = buckets.Sum();
        if (total <= 0)
        {
            return null;
        }
        var rank = q * total;
        long seen = 0;
        for (var i = 0; i < buckets.Count; i++)
        {
            if (buckets[i] > 0 && seen + buckets[i] >= rank)
            {
                var lower = i == 0 ? 0 : DailyStatsMetrics.HandlingBucketLimits[i - 1];
                if (i >= DailyStatsMetrics.HandlingBucketLimits.Length)
                {
                    // The open-ended bucket: all we know is "more than its lower limit".
                    return lower;
                }
                var upper = DailyStatsMetrics.HandlingBucketLimits[i];
                return lower + (upper - lower) * (rank - seen) / buckets[i];
            }
            seen += buckets[i];
        }
        return DailyStatsMetrics.HandlingBucketLimits[^1];
    }
}
