using Ioc.Hub.Cases;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Sla.Deadlines;

namespace Ioc.Hub.Scheduling;

/// <summary>Turns a transition into the annotation the scheduler appends to the stream (docs/events.md).</summary>
public static class TransitionEvents
{
    /// <summary>The actor of every event the scheduler issues.</summary>
    public const string Actor = "ioc.scheduler";

    /// <summary>
    /// The event of <paramref name="transition"/> for a case in <paramref name="state"/>. It carries the lifecycle
    /// sequence observed, and occurred when the transition took effect: the due-soon instant, or the deadline itself
    /// for overdue and escalation ("quá hạn" begins just after it), even when a restart makes it late to report.
    /// </summary>
    public static CaseEvent Create(CaseState state, CaseDeadlines deadlines, DeadlineTransition transition)
    {
        var id = transition.EventId(state.CaseId);
        return transition.Kind switch
        {
            TransitionKind.Escalated => EscalationEvents.Create(state, deadlines, transition, id),
            _ => new DeadlineStateChanged
            {
                Id = id,
                CaseId = state.CaseId,
                Sequence = state.LastSequence,
                OccurredAt = transition.Kind == TransitionKind.Overdue ? transition.DueAt : transition.At,
                Actor = Actor,
                Step = transition.StepName,
                Status = transition.Status,
                DueAt = transition.DueAt,
            },
        };
    }
}
