using Ioc.Hub.Cases;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Sla.Calendar;
using Ioc.Hub.Sla.Deadlines;

namespace Ioc.Hub.Scheduling;

/// <summary>What is due of a case's transitions at an instant, and when the next one falls.</summary>
public readonly record struct TransitionPlan(IReadOnlyList<DeadlineTransition> Due, DateTimeOffset? Next)
{
    /// <summary>Nothing due and nothing ahead: no clock runs.</summary>
    public static TransitionPlan None { get; } = new([], null);

    /// <summary>When the scheduler should look at the case again: now if something is due, else the next transition.</summary>
    public DateTimeOffset? WakeAt(DateTimeOffset now) => Due.Count > 0 ? now : Next;
}

/// <summary>
/// Lists the transitions of a case's current step by asking the SLA engine itself (<see cref="DeadlineEvaluator"/>)
/// at each instant where its answer changes, so the scheduler can never disagree with what the screens show.
/// </summary>
public static class DeadlineTransitions
{
    /// <summary>Every transition of the current step, in time order (an escalation before the status it brings).</summary>
    public static IReadOnlyList<DeadlineTransition> Of(CaseDeadlines deadlines, WorkingCalendar calendar)
    {
        if (deadlines.Current is not { } current)
        {
            return [];
        }
        var transitions = new List<DeadlineTransition>(4);
        var at = DateTimeOffset.MinValue;
        var before = DeadlineEvaluator.Evaluate(deadlines, at, calendar);
        while (DeadlineEvaluator.NextTransition(deadlines, at) is { } next)
        {
            var after = DeadlineEvaluator.Evaluate(deadlines, next, calendar);
            var dueAt = after.StepDueAt ?? current.DueAt;
            var holder = after.Holder ?? current.Holder;
            if (after.Escalated && !before.Escalated)
            {
                transitions.Add(new(TransitionKind.Escalated, next, current.Step, dueAt, holder));
            }
            if (after.Status != SlaStatus.OnTime && (after.Status != before.Status || after.StepDueAt != before.StepDueAt))
            {
                var kind = after.Status == SlaStatus.Overdue ? TransitionKind.Overdue : TransitionKind.DueSoon;
                transitions.Add(new(kind, next, current.Step, dueAt, holder));
            }
            (before, at) = (after, next);
        }
        return transitions;
    }

    /// <summary>
    /// The transitions not yet recorded that fall at or before <paramref name="now"/>, and the instant of the first
    /// later one. A notice recorded in the case's state (<see cref="CaseState.LastDeadlineNotice"/>) or still in flight
    /// covers every earlier notice of the step too; an escalation is recorded once the case was escalated at least as
    /// high since the step began (a supervisor may have done it by hand).
    /// </summary>
    /// <param name="inFlight">Whether an event id was appended and not yet applied; null when none is (ids are not even computed).</param>
    public static TransitionPlan Plan(
        string caseId, CaseState state, CaseDeadlines deadlines, WorkingCalendar calendar, DateTimeOffset now, Func<Guid, bool>? inFlight)
    {
        var transitions = Of(deadlines, calendar);
        if (transitions.Count == 0)
        {
            return TransitionPlan.None;
        }
        var recordedThrough = -1;
        for (var i = 0; i < transitions.Count; i++)
        {
            var t = transitions[i];
            if ((state.LastDeadlineNotice is { } last && t.Notice == last) || (inFlight is not null && inFlight(t.EventId(caseId))))
            {
                recordedThrough = i;
            }
        }
        var due = new List<DeadlineTransition>();
        DateTimeOffset? next = null;
        for (var i = recordedThrough + 1; i < transitions.Count; i++)
        {
            var t = transitions[i];
            if (t.Kind == TransitionKind.Escalated && !Escalates(state, t, deadlines))
            {
                continue;
            }
            if (t.At <= now)
            {
                due.Add(t);
            }
            else
            {
                next = t.At;
                break;
            }
        }
        return new(due, next);
    }

    /// <summary>An escalation event is due unless no level names the new holder, no agency holds the case, or it already went as high.</summary>
    private static bool Escalates(CaseState state, DeadlineTransition t, CaseDeadlines deadlines) =>
        EscalationEvents.LevelOf(t.Holder) is { } level && state.LeadAgencyId is not null
        && !(state.EscalationLevel >= level && state.EscalatedAt >= deadlines.Current!.StartsAt);
}
