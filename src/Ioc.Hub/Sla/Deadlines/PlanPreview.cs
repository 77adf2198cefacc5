using Ioc.Hub.Sla.Profiles;

namespace Ioc.Hub.Sla.Deadlines;

/// <summary>
/// A case's plan as seen at reception: the steps placed on the calendar, the steps that cannot be placed yet (no time
/// limit, or counting from an instant such a step produces, e.g. approval after an emergency's unlimited work), and when
/// the whole case is due — null when its last step cannot be placed.
/// </summary>
public sealed record PlanPreview(IReadOnlyList<PlannedStep> Steps, IReadOnlyList<StepRule> Unscheduled, DateTimeOffset? CaseDueAt);
