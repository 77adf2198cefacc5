using System.Runtime.InteropServices;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Sla.Deadlines;
using Ioc.Hub.Sla.Profiles;

namespace Ioc.Hub.Projection.Aggregates;

/// <summary>
/// Computes a <see cref="LiveSnapshot"/> in one pass over the open cases: one deadline evaluation per case (a few
/// comparisons, see <see cref="DeadlineEvaluator"/>), counters updated in place, no allocation per case except the
/// emergencies listed.
/// </summary>
internal sealed class LiveSnapshotBuilder(ProfileCatalog catalog, int dailyWindowDays)
{
    public LiveSnapshot Build(ProjectionMemory.MemoryView memory, DateTimeOffset now)
    {
        var byAgency = new Dictionary<string, SlaCounts>(StringComparer.Ordinal);
        var byHolder = new SlaCounts[Enum.GetValues<StepHolder>().Length];
        var byField = new Dictionary<string, int>(StringComparer.Ordinal);
        var byAdminUnit = new Dictionary<string, int>(StringComparer.Ordinal);
        var emergencies = new List<OpenEmergency>();
        var totals = new SlaCounts();
        var emergencyCount = 0;

        string? profileId = null;
        DeadlinePlanner? planner = null;
        foreach (var c in memory.Open)
        {
            var s = c.State;
            // Cases of one province follow each other closely enough that caching the last planner saves most lookups.
            if (s.ProfileId != profileId)
            {
                profileId = s.ProfileId;
                catalog.TryGet(profileId, out planner);
            }
            var evaluation = planner is null ? default : DeadlineEvaluator.Evaluate(c.Deadlines, now, planner.Calendar);
            var (dueSoon, overdue) = evaluation.HasClock
                ? (evaluation.Status == SlaStatus.DueSoon ? 1 : 0, evaluation.Status == SlaStatus.Overdue ? 1 : 0)
                : (0, 0);

            totals = Add(totals, dueSoon, overdue);
            ref var agency = ref CollectionsMarshal.GetValueRefOrAddDefault(byAgency, s.LeadAgencyId ?? SnapshotNames.OperationsCenter, out _);
            agency = Add(agency, dueSoon, overdue);
            if (evaluation.Holder is { } holder)
            {
                byHolder[(int)holder] = Add(byHolder[(int)holder], dueSoon, overdue);
            }
            CollectionsMarshal.GetValueRefOrAddDefault(byField, s.FieldCode, out _)++;
            CollectionsMarshal.GetValueRefOrAddDefault(byAdminUnit, s.Location.AdminUnitCode, out _)++;

            if (s.IsEmergency)
            {
                emergencyCount++;
                // DOMAIN "Rules common to all five": confidential and state-secret cases never reach a wall or public output.
                if (!s.IsConfidential && !s.IsStateSecret)
                {
                    emergencies.Add(new OpenEmergency(s.CaseId, s.Code, s.EmergencyCategory, s.Location.Latitude, s.Location.Longitude,
                        s.Location.AdminUnitCode, s.LeadAgencyId, evaluation.StepDueAt, evaluation.HasClock ? evaluation.Status : null));
                }
            }
        }

        // Most urgent first: the wall shows the top of this list.
        emergencies.Sort(MostUrgentFirst);

        var holders = new Dictionary<StepHolder, SlaCounts>();
        for (var i = 0; i < byHolder.Length; i++)
        {
            if (byHolder[i].Open > 0)
            {
                holders[(StepHolder)i] = byHolder[i];
            }
        }

        return new LiveSnapshot
        {
            Version = memory.Version,
            Positions = new Dictionary<string, string>(memory.Positions, StringComparer.Ordinal),
            At = now,
            Totals = totals,
            ByAgency = byAgency,
            ByHolder = holders,
            OpenEmergencyCount = emergencyCount,
            Emergencies = emergencies,
            OpenByField = byField,
            OpenByAdminUnit = byAdminUnit,
            SatisfactionByAgency = new Dictionary<string, SatisfactionCounts>(memory.History.ByAgency, StringComparer.Ordinal),
            SatisfactionByField = new Dictionary<string, SatisfactionCounts>(memory.History.ByField, StringComparer.Ordinal),
            Daily = memory.History.Window(HistoryCounters.VietnamDate(now), dailyWindowDays),
        };
    }

    private static int MostUrgentFirst(OpenEmergency a, OpenEmergency b)
    {
        if (a.StepDueAt != b.StepDueAt)
        {
            return a.StepDueAt is not { } dueA ? 1 : b.StepDueAt is not { } dueB ? -1 : dueA.CompareTo(dueB);
        }
        return string.CompareOrdinal(a.CaseId, b.CaseId);
    }

    private static SlaCounts Add(SlaCounts counts, int dueSoon, int overdue) =>
        new(counts.Open + 1, counts.DueSoon + dueSoon, counts.Overdue + overdue);
}
