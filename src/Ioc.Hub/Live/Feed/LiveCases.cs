using Ioc.Hub.Cases;
using Ioc.Hub.Live.Contract;
using Ioc.Hub.Projection;
using Ioc.Hub.Sla.Profiles;

namespace Ioc.Hub.Live.Feed;

/// <summary>Builds <see cref="LiveCase"/>s from what the projection holds; null for a case no live payload may carry.</summary>
internal static class LiveCases
{
    /// <summary>A changed case, with the clock the projection read when it committed the change.</summary>
    public static LiveCase? From(CaseChange change) =>
        change.State is { } state ? Build(state, change.NewStatus, change.Stage, change.Holder, change.StepDueAt) : null;

    /// <summary>An open case of memory, its clock read at <paramref name="now"/>.</summary>
    public static LiveCase? From(ProjectedCase projected, DateTimeOffset now, ProfileCatalog catalog)
    {
        var clock = CaseClock.Read(projected, now, catalog);
        return Build(projected.State, clock.Status, SnapshotNames.Stage(projected.State.Stage), clock.Holder, clock.Evaluation.StepDueAt);
    }

    private static LiveCase? Build(CaseState s, string status, string stage, string? holder, DateTimeOffset? stepDueAt)
    {
        // DOMAIN glossary: a state secret is handled off-system, so it leaves no trace in any live payload.
        if (!s.IsOpen || s.IsStateSecret)
        {
            return null;
        }
        return new LiveCase(s.CaseId, s.Code, status, stage, holder, s.LeadAgencyId, s.CoordinatingAgencyIds, s.FieldCode,
            s.Location.AdminUnitCode, s.Location.Latitude, s.Location.Longitude, s.IsEmergency, s.EmergencyCategory, s.ReceivedAt,
            stepDueAt, s.IsConfidential);
    }
}
