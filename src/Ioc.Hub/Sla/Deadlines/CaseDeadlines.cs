using Ioc.Hub.Sla.Calendar;
using Ioc.Hub.Sla.Profiles;

namespace Ioc.Hub.Sla.Deadlines;

/// <summary>A step placed on the calendar.</summary>
public sealed record PlannedStep(
    SlaStep Step, StepHolder Holder, SlaDuration Duration, DateTimeOffset StartsAt, DateTimeOffset DueAt, string Article)
{
    /// <summary>Clock time (24/7) rather than working time.</summary>
    public bool ClockTime => Duration.IsClock;

    /// <summary>The rule's length as time: working days become the calendar's working-day length.</summary>
    public TimeSpan Length(TimeSpan workingDayLength) => Duration.ToTimeSpan(workingDayLength);
}

/// <summary>
/// The deadlines of a case as of its last event. They change only when an event arrives, so the projection computes
/// them once per event and the wall evaluates millions of them per second with <see cref="DeadlineEvaluator"/>.
/// </summary>
public sealed record CaseDeadlines
{
    public static readonly CaseDeadlines Closed = new();

    /// <summary>Null when the case has no running clock (resolved, rejected).</summary>
    public PlannedStep? Current { get; init; }
    /// <summary>When the current step becomes due soon.</summary>
    public DateTimeOffset? DueSoonAt { get; init; }
    /// <summary>When the current step passes to another holder if not done (004 Điều 9.1.b).</summary>
    public StepEscalationPlan? Escalation { get; init; }
    /// <summary>The current step and every step still to come, each starting when the previous one is due.</summary>
    public IReadOnlyList<PlannedStep> Remaining { get; init; } = [];
    /// <summary>
    /// When the whole case is due: the last remaining step's deadline (after any escalation); null when the last step
    /// has no deadline yet (it follows a step without a time limit).
    /// </summary>
    public DateTimeOffset? CaseDueAt { get; init; }
}

public sealed record StepEscalationPlan(StepHolder Holder, DateTimeOffset At, DateTimeOffset DueAt, DateTimeOffset DueSoonAt, string Article);
