using Ioc.Hub.Cases;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Projection;
using Ioc.Hub.Sla.Profiles;

namespace Ioc.Hub.Scheduling;

public enum TransitionKind { DueSoon, Overdue, Escalated }

/// <summary>
/// One instant at which a case's clock changes with no event: the current step becomes due soon or overdue, or passes
/// to another holder (004 Điều 9.1.b). <paramref name="At"/> is the first instant at which the SLA engine reports the
/// change; <paramref name="DueAt"/> is the deadline in force from then on (for an escalation, the new holder's).
/// </summary>
public sealed record DeadlineTransition(TransitionKind Kind, DateTimeOffset At, SlaStep Step, DateTimeOffset DueAt, StepHolder Holder)
{
    /// <summary>The step as events name it ("processing", "follow-up"…).</summary>
    public string StepName => SnapshotNames.Step(Step);

    public SlaStatus Status => Kind == TransitionKind.Overdue ? SlaStatus.Overdue : SlaStatus.DueSoon;

    /// <summary>What <see cref="CaseState.LastDeadlineNotice"/> holds once this transition is applied; null for an escalation.</summary>
    public string? Notice => Kind == TransitionKind.Escalated ? null : CaseStateMachine.DeadlineNotice(StepName, Status, DueAt);

    /// <summary>
    /// The event's id, a function of the case and the transition only: two workers, or one before and after a
    /// restart, that emit the same transition emit the same id, and the projection keeps the first.
    /// </summary>
    public Guid EventId(string caseId) => NameBasedGuid.Create(NameBasedGuid.SchedulerNamespace, Kind == TransitionKind.Escalated
        ? $"{caseId}/{CaseEscalated.TypeName}/{StepName}/{Holder}/{At.UtcTicks}"
        : $"{caseId}/{DeadlineStateChanged.TypeName}/{Notice}");
}
