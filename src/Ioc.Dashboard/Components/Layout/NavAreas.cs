using Ioc.Dashboard.Security;
using MudBlazor;

namespace Ioc.Dashboard.Components.Layout;

/// <summary>An area of the dashboard: where it lives, the policy that opens it, its label key and icon.</summary>
public sealed record NavArea(string Href, string Policy, string LabelKey, string Icon);

public static class NavAreas
{
    public static readonly IReadOnlyList<NavArea> All =
    [
        new("wall", IocPolicies.Wall, "Nav.Wall", Icons.Material.Filled.Tv),
        new("console", IocPolicies.Console, "Nav.Console", Icons.Material.Filled.Dashboard),
        new("kpi", IocPolicies.Kpi, "Nav.Kpi", Icons.Material.Filled.Insights),
        new("admin", IocPolicies.Admin, "Nav.Admin", Icons.Material.Filled.AdminPanelSettings),
    ];
}
