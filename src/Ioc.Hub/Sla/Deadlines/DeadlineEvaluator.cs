using Ioc.Hub.Cases.Events;
using Ioc.Hub.Sla.Calendar;

namespace Ioc.Hub.Sla.Deadlines;

/// <summary>
/// Reads a case's clock at an instant from its precomputed <see cref="CaseDeadlines"/>: a few comparisons, plus one
/// working-time measurement for an overdue case, so a million open cases evaluate in well under a second.
/// </summary>
public static class DeadlineEvaluator
{
    public static DeadlineEvaluation Evaluate(CaseDeadlines deadlines, DateTimeOffset now, WorkingCalendar calendar)
    {
        if (deadlines.Current is not { } step)
            return default;

        var holder = step.Holder;
        var due = step.DueAt;
        var dueSoonAt = deadlines.DueSoonAt ?? due;
        var escalated = false;
        if (deadlines.Escalation is { } escalation && now > escalation.At)
        {
            holder = escalation.Holder;
            due = escalation.DueAt;
            dueSoonAt = escalation.DueSoonAt;
            escalated = true;
        }

        // "Quá hạn" is a deadline that has passed: the due instant itself is still on time.
        var status = now > due ? SlaStatus.Overdue : now >= dueSoonAt ? SlaStatus.DueSoon : SlaStatus.OnTime;
        var lateBy = status == SlaStatus.Overdue ? calendar.Measure(due, now, step.ClockTime) : TimeSpan.Zero;
        return new DeadlineEvaluation(step.Step, holder, due, deadlines.CaseDueAt, status, lateBy, escalated, step.ClockTime);
    }

    /// <summary>The next instant at which <see cref="Evaluate"/> gives a different status or holder; null if none.</summary>
    public static DateTimeOffset? NextTransition(CaseDeadlines deadlines, DateTimeOffset now)
    {
        if (deadlines.Current is not { } step)
            return null;
        DateTimeOffset? next = null;
        // Overdue and escalation begin just after their instant (see Evaluate), due soon at it.
        Consider(deadlines.DueSoonAt);
        Consider(step.DueAt.AddTicks(1));
        if (deadlines.Escalation is { } escalation)
        {
            Consider(escalation.DueSoonAt);
            Consider(escalation.DueAt.AddTicks(1));
        }
        return next;

        void Consider(DateTimeOffset? at)
        {
            if (at is { } t && t > now && (next is null || t < next))
                next = t;
        }
    }
}
