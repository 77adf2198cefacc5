using Ioc.Hub.Cases;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Sla.Deadlines;
using Ioc.Hub.Sla.Profiles;

namespace Ioc.Hub.Tests.Simulation;

/// <summary>Replays generated events through a fresh state machine, independently of the generator's own checks.</summary>
internal static class CaseReplay
{
    /// <summary>The first refusal of any case, described, or null when every event of every case applies.</summary>
    public static string? FirstRefusal(ProfileCatalog catalog, IEnumerable<IReadOnlyList<CaseEvent>> cases)
    {
        var machine = new CaseStateMachine(catalog);
        foreach (var events in cases)
        {
            CaseState? state = null;
            foreach (var e in events)
            {
                var outcome = machine.Apply(state, e);
                if (!outcome.Applied)
                    return $"{e.CaseId} #{e.Sequence} {e.Type}: {outcome.Refusal}";
                state = outcome.State;
            }
        }
        return null;
    }

    /// <summary>
    /// Each lead agency's processing results and how many came after the deadline in force when they were submitted
    /// (the planner's current processing step, after any escalation, extension or appointment).
    /// </summary>
    public static Dictionary<string, (int Results, int Overdue)> ProcessingPunctuality(ProfileCatalog catalog, IEnumerable<IReadOnlyList<CaseEvent>> cases)
    {
        var machine = new CaseStateMachine(catalog);
        var byAgency = new Dictionary<string, (int Results, int Overdue)>(StringComparer.Ordinal);
        foreach (var events in cases)
        {
            CaseState? state = null;
            foreach (var e in events)
            {
                if (e is ResultSubmitted result && state is { Stage: not CaseStage.SentBack } before
                    && catalog.Get(before.ProfileId).Plan(before) is { Current: { Step: SlaStep.Processing } step } deadlines)
                {
                    var due = deadlines.Escalation?.DueAt ?? step.DueAt;
                    var (results, overdue) = byAgency.GetValueOrDefault(result.AgencyId);
                    byAgency[result.AgencyId] = (results + 1, overdue + (result.OccurredAt > due ? 1 : 0));
                }
                state = machine.Apply(state, e).State;
            }
        }
        return byAgency;
    }
}
