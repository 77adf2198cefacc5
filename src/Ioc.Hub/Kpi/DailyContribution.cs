using Ioc.Data.Kpi;
using Ioc.Hub.Cases;
using Ioc.Hub.Projection;
using Ioc.Hub.Projection.Aggregates;
using Ioc.Hub.Sla.Profiles;

namespace Ioc.Hub.Kpi;

/// <summary>
/// What one case adds to the <c>daily_stats</c> rows, as a pure function of its projected state: the projection
/// writes the difference between a case's contribution before and after a batch, in the batch's transaction, so the
/// rows always equal this function summed over <c>cases</c> (the test checks it with plain SQL). Each number lands on
/// the Vietnam day of the instant that defines it; the definitions are in docs/kpi.md.
/// </summary>
public static class DailyContribution
{
    /// <summary>Rows for <paramref name="c"/>, each metric times <paramref name="sign"/>; empty when the profile is unknown.</summary>
    public static IEnumerable<DailyStats> Of(ProjectedCase c, ProfileCatalog catalog, int sign)
    {
        var s = c.State;
        if (!catalog.TryGet(s.ProfileId, out var planner))
        {
            return [];
        }
        var calendar = planner.Calendar;
        var rows = new Dictionary<DateOnly, DailyStats>();
        DailyStats On(DateTimeOffset instant)
        {
            var day = HistoryCounters.VietnamDate(instant);
            if (!rows.TryGetValue(day, out var row))
            {
                rows[day] = row = new DailyStats
                {
                    Day = day,
                    ProfileId = s.ProfileId,
                    AgencyId = s.LeadAgencyId ?? SnapshotNames.OperationsCenter,
                    FieldCode = s.FieldCode,
                    Channel = SnapshotNames.Channel(s.Channel),
                    AdminUnitCode = s.Location.AdminUnitCode,
                    IsStateSecret = s.IsStateSecret,
                };
            }
            return row;
        }

        var received = On(s.ReceivedAt);
        received.Received = sign;
        // A case returned by an agency or re-routed to another lead (the first routing is the plan, not a forward).
        received.Forwarded = s.RouteCount > 1 || s.ReturnCount > 0 ? sign : 0;
        received.Reopened = s.ReopenCount > 0 ? sign : 0;

        if (s.ResolvedAt is { } resolvedAt)
        {
            var resolved = On(resolvedAt);
            resolved.Resolved = sign;
            resolved.ResolvedOnTime = c.ResolvedOnTime ? sign : 0;
            resolved.FirstContact = s.Stage == CaseStage.ClosedAtFirstContact ? sign : 0;
            var minutes = HandlingMinutes(s, calendar);
            resolved.HandlingMinutes = sign * minutes;
            var bucket = DailyStatsMetrics.All[DailyStatsMetrics.FirstHandlingBucket + DailyStatsMetrics.HandlingBucket(minutes)];
            bucket.Set(resolved, sign);
        }

        if (s.Stage == CaseStage.Rejected && (s.RejectedAt ?? s.ClosedAt) is { } rejectedAt)
        {
            On(rejectedAt).Rejected = sign;
        }

        if (s.Rating is { } rating && s.RatedAt is { } ratedAt)
        {
            var level = IndexOf(planner.Profile.Satisfaction, rating);
            if (level is >= 0 and < 4)
            {
                var metric = DailyStatsMetrics.All[Array.FindIndex(DailyStatsMetrics.All, m => m.Column == "rated1") + level];
                var row = On(ratedAt);
                metric.Set(row, metric.Get(row) + sign);
            }
        }

        if (s.AcceptedAt is { } acceptedAt && s.RoutedAt is { } routedAt && acceptedAt >= routedAt)
        {
            var row = On(acceptedAt);
            row.Acknowledged += sign;
            row.AcknowledgeMinutes += sign * (long)calendar.WorkingTimeBetween(routedAt, acceptedAt).TotalMinutes;
        }

        // Emergencies are measured on the clock, 24/7 (DOMAIN "emergency deadlines are clock hours").
        if (s.IsEmergency && (s.EmergencyAcknowledgedAt ?? s.AcceptedAt) is { } ack && ack >= s.ReceivedAt)
        {
            var row = On(ack);
            row.Emergencies += sign;
            row.EmergencyMinutes += sign * (long)(ack - s.ReceivedAt).TotalMinutes;
        }

        return rows.Values;
    }

    /// <summary>Working minutes from receipt to answer, whole minutes (the same for emergencies: a comparable measure).</summary>
    public static long HandlingMinutes(CaseState s, Sla.Calendar.WorkingCalendar calendar) =>
        s.ResolvedAt is { } resolved ? Math.Max(0, (long)calendar.WorkingTimeBetween(s.ReceivedAt, resolved).TotalMinutes) : 0;

    private static int IndexOf(IReadOnlyList<SatisfactionLevel> scale, string code)
    {
        for (var i = 0; i < scale.Count; i++)
        {
            if (scale[i].Code == code)
            {
                return i;
            }
        }
        return -1;
    }
}
