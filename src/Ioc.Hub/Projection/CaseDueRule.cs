using Ioc.Hub.Cases;
using Ioc.Hub.Sla.Deadlines;

namespace Ioc.Hub.Projection;

/// <summary>
/// Keeps a case's own deadline. The planner's <see cref="CaseDeadlines.CaseDueAt"/> chains the remaining steps from
/// the real instants reached, so it slides later with every late step; judged against it, a case answered ten days
/// late but published promptly would count as on time. The case due is therefore planned at reception and re-planned
/// only when a regulation moves the case's clock: an extension or reschedule (002 Điều 8.3, 004 Điều 10.4), a
/// verification extension (000 Điều 7.1.a), a return or re-route to another lead, a clarification that restarts
/// reception (001 Điều 11.2), a reopening (003 Điều 10.4). When no clock is left while the case is open, the due it had stays.
/// </summary>
public static class CaseDueRule
{
    public static DateTimeOffset? Next(ProjectedCase? previous, CaseState state, CaseDeadlines deadlines)
    {
        if (!state.IsOpen)
        {
            // Closed: the deadline in force when it closed (a published case's plan holds only the follow-up clock).
            return previous?.CaseDueAt;
        }
        if (deadlines.Current is null)
        {
            // No clock left while open. An emergency past its urgent steps never had a due (null); a plan whose last
            // step is done keeps the due it had (004: the result ends Đồng Nai's plan, and an answer after the 48
            // working hours of Điều 9.1.b stays late until it is published).
            return previous?.CaseDueAt;
        }
        return previous?.CaseDueAt is { } due && !Moved(previous.State, state) ? due : deadlines.CaseDueAt;
    }

    private static bool Moved(CaseState before, CaseState after) =>
        after.ExtensionCount != before.ExtensionCount
        || after.RescheduleCount != before.RescheduleCount
        || after.VerificationDueAt != before.VerificationDueAt
        // The first routing is part of the plan; a later one hands the case to a lead with clocks of its own.
        || (after.RouteCount != before.RouteCount && before.RouteCount > 0)
        || after.ReceptionStartedAt != before.ReceptionStartedAt
        || after.ReopenCount != before.ReopenCount;
}
