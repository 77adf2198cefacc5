using Ioc.Hub.Cases;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Sla.Deadlines;
using Ioc.Hub.Sla.Profiles;

namespace Ioc.Hub.Benchmarks;

/// <summary>Open cases of every profile in every open stage, built by the real state machine.</summary>
internal static class OpenCaseTemplates
{
    public static List<(CaseState State, DeadlinePlanner Planner)> Build(ProfileCatalog catalog, DateTimeOffset now)
    {
        var machine = new CaseStateMachine(catalog);
        var templates = new List<(CaseState, DeadlinePlanner)>();
        foreach (var profile in catalog.Profiles)
        {
            var planner = catalog.Get(profile.Id);
            foreach (var emergency in profile.EmergencyCategories.Count > 0 ? new[] { false, true } : [false])
            {
                var events = Lifecycle(profile, emergency, now.AddDays(-3));
                CaseState? state = null;
                foreach (var e in events)
                {
                    var outcome = machine.Apply(state, e);
                    if (!outcome.Applied)
                        break; // the profile has no such step (e.g. no approval): stop at the last open stage
                    state = outcome.State;
                    if (state!.IsOpen)
                        templates.Add((state, planner));
                }
            }
        }
        return templates;
    }

    private static IEnumerable<CaseEvent> Lifecycle(SlaProfile profile, bool emergency, DateTimeOffset at)
    {
        var seq = 0L;
        T Next<T>(T e) where T : CaseEvent => e with { Sequence = ++seq, OccurredAt = at.AddHours(seq) };
        yield return Next(new CaseReceived
        {
            Id = Guid.NewGuid(), CaseId = "template", Sequence = 0, OccurredAt = at, Code = "BM-2026-000001",
            ProfileId = profile.Id, Channel = Channel.Hotline, FieldCode = "infrastructure", Description = "benchmark",
            Location = new GeoLocation(12.2, 109.1, "unit"), IsEmergency = emergency,
            EmergencyCategory = emergency ? profile.EmergencyCategories[0].Code : null,
        });
        yield return Next(new CaseRouted { Id = Guid.NewGuid(), CaseId = "template", Sequence = 0, OccurredAt = at, LeadAgencyId = "agency" });
        if (profile.PlanFor(emergency, coordinated: false).Any(step => step.Step == SlaStep.Acceptance))
            yield return Next(new CaseAccepted { Id = Guid.NewGuid(), CaseId = "template", Sequence = 0, OccurredAt = at, AgencyId = "agency" });
        yield return Next(new ResultSubmitted { Id = Guid.NewGuid(), CaseId = "template", Sequence = 0, OccurredAt = at, AgencyId = "agency", Summary = "done" });
        yield return Next(new ResultApproved { Id = Guid.NewGuid(), CaseId = "template", Sequence = 0, OccurredAt = at, ApproverName = "leader" });
    }
}
