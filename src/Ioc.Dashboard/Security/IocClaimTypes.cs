namespace Ioc.Dashboard.Security;

/// <summary>Claims the dashboard adds to the Identity cookie, so components need no database lookup per render.</summary>
public static class IocClaimTypes
{
    public const string DisplayName = "ioc:display_name";
    public const string AgencyId = "ioc:agency_id";
}
