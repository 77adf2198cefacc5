using Ioc.Hub.Live;

namespace Ioc.Dashboard.Security;

/// <summary>
/// The five roles of the security model (docs/security.md); role names are stored as written here. They are the hub's
/// <see cref="HubRoles"/>, so the live hub judges a cookie user exactly as the pages do.
/// </summary>
public static class IocRoles
{
    /// <summary>A wall display or kiosk account: read-only, never sees personal data.</summary>
    public const string Wall = HubRoles.Wall;

    /// <summary>Operations-center staff: the console and reminders.</summary>
    public const string Supervisor = HubRoles.Supervisor;

    /// <summary>Provincial leaders: KPIs and reports.</summary>
    public const string Leader = HubRoles.Leader;

    /// <summary>Staff of one handling agency: only that agency's cases (<c>IocUser.AgencyId</c>).</summary>
    public const string Agency = HubRoles.Agency;

    /// <summary>Administrators: profiles, calendar, users, dead letters.</summary>
    public const string Admin = HubRoles.Admin;

    public static readonly IReadOnlyList<string> All = [Wall, Supervisor, Leader, Agency, Admin];
}
