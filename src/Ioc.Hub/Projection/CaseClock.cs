using Ioc.Hub.Sla.Deadlines;
using Ioc.Hub.Sla.Profiles;

namespace Ioc.Hub.Projection;

/// <summary>A projected case's clock read at one instant, with the spellings the store and the deltas use.</summary>
internal readonly record struct CaseClock(DeadlineEvaluation Evaluation, string Status, string? Holder)
{
    public static CaseClock Read(ProjectedCase c, DateTimeOffset now, ProfileCatalog catalog)
    {
        var evaluation = catalog.TryGet(c.State.ProfileId, out var planner)
            ? DeadlineEvaluator.Evaluate(c.Deadlines, now, planner.Calendar)
            : default;
        var status = evaluation.HasClock ? SnapshotNames.Status(evaluation.Status) : c.IsOpen ? SnapshotNames.NoClock : SnapshotNames.Closed;
        return new CaseClock(evaluation, status, HolderOf(c, evaluation));
    }

    /// <summary>Who must act now: the agency id, "operations-center" or "reporter"; null for a closed case without a clock.</summary>
    private static string? HolderOf(ProjectedCase c, DeadlineEvaluation evaluation)
    {
        var state = c.State;
        return evaluation.Holder switch
        {
            StepHolder.OperationsCenter => SnapshotNames.OperationsCenter,
            StepHolder.Reporter => SnapshotNames.Reporter,
            // The coordinating agency that has still to answer the lead (002 Điều 8.2).
            StepHolder.CoordinatingAgency when state.PendingCoordination.Length > 0 => state.PendingCoordination[0],
            // The lead agency's officers, leader or head, and its approver, all belong to the lead agency.
            not null => state.LeadAgencyId ?? SnapshotNames.OperationsCenter,
            null when c.IsOpen => state.LeadAgencyId ?? SnapshotNames.OperationsCenter,
            null => null,
        };
    }
}
