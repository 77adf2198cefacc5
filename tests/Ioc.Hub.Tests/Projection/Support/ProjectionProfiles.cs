using Ioc.Hub.Sla.Calendar;
using Ioc.Hub.Sla.Profiles;
using Ioc.Hub.Tests.Support;

namespace Ioc.Hub.Tests.Projection.Support;

/// <summary>
/// Two province profiles built in code for the projection tests, on the shipped national holiday schedule: a
/// Khánh Hòa-like one (Phụ lục II steps, emergency clock) and a Tây Ninh-like one with its own satisfaction scale,
/// where an unsatisfied rating reopens the case. Built here so the tests do not depend on the shipped profile files.
/// </summary>
internal static class ProjectionProfiles
{
    public const string KhanhHoa = "kh-test";
    public const string TayNinh = "tn-test";

    private static readonly OfficeHours Office = KhanhHoaTestPlan.Office;

    public static SlaProfile KhanhHoaProfile { get; } = new()
    {
        Id = KhanhHoa,
        Seed = "000",
        Name = "Khánh Hòa (test)",
        Regulation = "test profile after 000 Phụ lục II",
        Calendar = ProfileCatalog.NationalCalendar,
        OfficeHours = Office,
        Channels = ["hotline", "portal", "app"],
        Normal = KhanhHoaTestPlan.Normal,
        Emergency = KhanhHoaTestPlan.Emergency,
        EmergencyCategories = [new("fire", "Hỏa hoạn"), new("accident", "Tai nạn")],
        DueSoon = new(SlaDuration.WorkingHours(4), SlaDuration.ClockMinutes(15)),
        Extensions = new(MaxCount: 1, "002 Điều 8.3"),
        Satisfaction =
        [
            new("rat-hai-long", "Rất hài lòng", "Very satisfied", true),
            new("hai-long", "Hài lòng", "Satisfied", true),
            new("khong-hai-long", "Không hài lòng", "Unsatisfied", false),
        ],
        Reporting = new(null, ["monthly"], "000 Điều 17"),
    };

    public static SlaProfile TayNinhProfile { get; } = new()
    {
        Id = TayNinh,
        Seed = "003",
        Name = "Tây Ninh (test)",
        Regulation = "test profile after 003",
        Calendar = ProfileCatalog.NationalCalendar,
        OfficeHours = Office,
        Channels = ["hotline", "app"],
        Normal =
        [
            new(SlaStep.Reception, StepHolder.OperationsCenter, SlaDuration.WorkingHours(4), Milestone.Received, "003 Điều 7"),
            new(SlaStep.Acceptance, StepHolder.LeadAgency, SlaDuration.WorkingDays(1), Milestone.Routed, "003 Điều 8"),
            new(SlaStep.Processing, StepHolder.LeadAgency, SlaDuration.WorkingDays(6), Milestone.Accepted, "003 Điều 8"),
            new(SlaStep.Approval, StepHolder.Approver, SlaDuration.WorkingDays(1), Milestone.ResultSubmitted, "003 Điều 9"),
            new(SlaStep.Publication, StepHolder.OperationsCenter, SlaDuration.WorkingHours(4), Milestone.Approved, "003 Điều 10"),
        ],
        Emergency = [new(SlaStep.Reception, StepHolder.OperationsCenter, SlaDuration.ClockHours(1), Milestone.Received, "003 Điều 7")],
        EmergencyCategories = [new("fire", "Hỏa hoạn")],
        DueSoon = new(SlaDuration.WorkingHours(4), SlaDuration.ClockMinutes(15)),
        Extensions = new(MaxCount: null, "003 Điều 8"),
        // 003 Điều 11: Hài lòng / Chấp nhận / Không hài lòng; 003 Điều 10.4: "Không hài lòng" reopens the case.
        Satisfaction =
        [
            new("hai-long", "Hài lòng", "Satisfied", true),
            new("chap-nhan", "Chấp nhận", "Acceptable", true),
            new("khong-hai-long", "Không hài lòng", "Unsatisfied", false),
        ],
        ReopenOnUnsatisfied = true,
        Reporting = new(20, ["monthly"], "003 Điều 13.7"),
    };

    public static ProfileCatalog Catalog { get; } = new([KhanhHoaProfile, TayNinhProfile], HolidaySchedule.LoadDefault());
}
