using Ioc.Hub.Cases.Events;
using Ioc.Hub.Sla.Profiles;

namespace Ioc.Hub.Sla.Deadlines;

/// <summary>
/// A case's clock at one instant: the step, who holds it, its due instant, the case's due instant, the status and
/// how late it is (working time, or clock time on an emergency clock).
/// </summary>
public readonly record struct DeadlineEvaluation(
    SlaStep? Step,
    StepHolder? Holder,
    DateTimeOffset? StepDueAt,
    DateTimeOffset? CaseDueAt,
    SlaStatus Status,
    TimeSpan LateBy,
    bool Escalated,
    bool ClockTime)
{
    public bool HasClock => Step is not null;
}
