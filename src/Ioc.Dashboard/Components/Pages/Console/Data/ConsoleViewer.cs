using System.Security.Claims;
using Ioc.Dashboard.Security;
using Ioc.Data.Cases;

namespace Ioc.Dashboard.Components.Pages.Console.Data;

/// <summary>
/// Who looks at the console: a supervisor or admin sees the whole province, agency staff their own agency only
/// (docs/security.md). <see cref="Visible"/> is the one place the console cuts cases to the viewer.
/// </summary>
public sealed record ConsoleViewer(string UserName, string? AgencyId, bool CanAct)
{
    public bool IsAgency => AgencyId is not null;

    public static ConsoleViewer From(ClaimsPrincipal user)
    {
        var name = user.Identity?.Name ?? "?";
        if (user.IsInRole(IocRoles.Supervisor) || user.IsInRole(IocRoles.Admin))
            return new ConsoleViewer(name, null, CanAct: true);
        // An agency account without its agency claim sees nothing rather than everything.
        return new ConsoleViewer(name, user.FindFirst(IocClaimTypes.AgencyId)?.Value ?? "", CanAct: false);
    }

    /// <summary>The cases this viewer may open: an agency the cases it leads or holds now; state secrets never.</summary>
    public IQueryable<CaseRecord> Visible(IQueryable<CaseRecord> cases)
    {
        cases = cases.Where(c => !c.IsStateSecret);
        return AgencyId is { } agency ? cases.Where(c => c.LeadAgencyId == agency || c.Holder == agency) : cases;
    }
}
