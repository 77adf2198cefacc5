using Ioc.Hub.Sla.Calendar;
using Ioc.Hub.Sla.Profiles;

namespace Ioc.Hub.Tests.Support;

/// <summary>
/// Khánh Hòa's Phụ lục II steps and emergency clock, built in code for test profiles that must not depend on the
/// shipped data files. One copy, shared by the state-machine, projection and simulator tests.
/// </summary>
internal static class KhanhHoaTestPlan
{
    public static OfficeHours Office { get; } =
        new([new(new TimeOnly(7, 30), new TimeOnly(11, 30)), new(new TimeOnly(13, 0), new TimeOnly(17, 0))]);

    public static IReadOnlyList<StepRule> Normal { get; } =
    [
        new(SlaStep.Reception, StepHolder.OperationsCenter, SlaDuration.WorkingDays(0.5m), Milestone.Received, "000 Điều 6.3"),
        new(SlaStep.Acceptance, StepHolder.LeadAgency, SlaDuration.WorkingDays(1), Milestone.Routed, "000 Điều 7.1.a"),
        new(SlaStep.Processing, StepHolder.LeadAgency, SlaDuration.WorkingDays(5), Milestone.Accepted, "000 Điều 7.3"),
        new(SlaStep.Approval, StepHolder.Approver, SlaDuration.WorkingDays(0.25m), Milestone.ResultSubmitted, "000 Điều 8"),
        new(SlaStep.Publication, StepHolder.LeadAgency, SlaDuration.WorkingDays(0.25m), Milestone.Approved, "000 Điều 9"),
    ];

    public static IReadOnlyList<StepRule> Emergency { get; } =
    [
        new(SlaStep.Reception, StepHolder.OperationsCenter, SlaDuration.ClockHours(1), Milestone.Received, "000 Điều 10.1"),
        new(SlaStep.Acceptance, StepHolder.LeadAgency, SlaDuration.ClockHours(1), Milestone.Routed, "000 Điều 10.3"),
    ];
}
