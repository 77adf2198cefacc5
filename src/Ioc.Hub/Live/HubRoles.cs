namespace Ioc.Hub.Live;

/// <summary>
/// The five roles of the security model (ARCHITECTURE "Security model"), as the hub reads them from a principal. The
/// dashboard's <c>IocRoles</c> uses these same strings, so a cookie user and an API-key subscriber are judged alike.
/// </summary>
public static class HubRoles
{
    public const string Wall = "wall";
    public const string Supervisor = "supervisor";
    public const string Leader = "leader";
    public const string Agency = "agency";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Wall, Supervisor, Leader, Agency, Admin];
}

/// <summary>Claims the hub reads; the dashboard's <c>IocClaimTypes</c> issues the same ones in its cookie.</summary>
public static class HubClaimTypes
{
    /// <summary>The agency an <see cref="HubRoles.Agency"/> user works for: the only agency audience it may join.</summary>
    public const string AgencyId = "ioc:agency_id";
}
