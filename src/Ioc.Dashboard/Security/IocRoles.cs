namespace Ioc.Dashboard.Security;

/// <summary>The five roles of the security model (docs/security.md); role names are stored as written here.</summary>
public static class IocRoles
{
    /// <summary>A wall display or kiosk account: read-only, never sees personal data.</summary>
    public const string Wall = "wall";

    /// <summary>Operations-center staff: the console and reminders.</summary>
    public const string Supervisor = "supervisor";

    /// <summary>Provincial leaders: KPIs and reports.</summary>
    public const string Leader = "leader";

    /// <summary>Staff of one handling agency: only that agency's cases (<c>IocUser.AgencyId</c>).</summary>
    public const string Agency = "agency";

    /// <summary>Administrators: profiles, calendar, users, dead letters.</summary>
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Wall, Supervisor, Leader, Agency, Admin];
}
