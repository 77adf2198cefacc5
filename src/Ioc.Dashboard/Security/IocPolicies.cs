using Microsoft.AspNetCore.Authorization;

namespace Ioc.Dashboard.Security;

/// <summary>
/// One policy per area of the dashboard; pages use <c>[Authorize(Policy = IocPolicies.Console)]</c> and the navigation
/// shows an area only to users its policy admits. Every other page needs a signed-in user (the fallback policy).
/// </summary>
public static class IocPolicies
{
    public const string Wall = "area:wall";
    public const string Console = "area:console";
    public const string Kpi = "area:kpi";
    public const string Admin = "area:admin";

    /// <summary>Roles admitted to each area. The wall shows the whole province, so agency staff use the console instead.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Roles = new Dictionary<string, string[]>
    {
        [Wall] = [IocRoles.Wall, IocRoles.Supervisor, IocRoles.Leader, IocRoles.Admin],
        [Console] = [IocRoles.Supervisor, IocRoles.Agency, IocRoles.Admin],
        [Kpi] = [IocRoles.Supervisor, IocRoles.Leader, IocRoles.Admin],
        [Admin] = [IocRoles.Admin],
    };

    public static void Configure(AuthorizationOptions options)
    {
        foreach (var (policy, roles) in Roles)
        {
            options.AddPolicy(policy, p => p.RequireAuthenticatedUser().RequireRole(roles));
        }

        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}
