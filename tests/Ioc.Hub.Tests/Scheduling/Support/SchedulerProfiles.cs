using Ioc.Hub.Sla.Calendar;
using Ioc.Hub.Sla.Profiles;
using Ioc.Hub.Tests.Projection.Support;

namespace Ioc.Hub.Tests.Scheduling.Support;

/// <summary>
/// The projection tests' Khánh Hòa-like profile (working-day steps, one-hour emergency clock) beside the shipped Đồng Nai
/// profile, whose focal officer → agency head escalation is the rule under test (004 Điều 9.1.b).
/// </summary>
internal static class SchedulerProfiles
{
    public const string KhanhHoa = ProjectionProfiles.KhanhHoa;
    public const string DongNai = "dong-nai";

    public static ProfileCatalog Catalog { get; } = new(
        [ProjectionProfiles.KhanhHoaProfile, ProfileCatalog.LoadDefault().Get(DongNai).Profile], HolidaySchedule.LoadDefault());
}
