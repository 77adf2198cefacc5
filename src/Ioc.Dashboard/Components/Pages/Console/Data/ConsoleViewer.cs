using System.Security.Claims;
using Ioc.Dashboard.Security;
using Ioc.Data.Cases;
using Ioc.Hub.Privacy;

namespace Ioc.Dashboard.Components.Pages.Console.Data;

/// <summary>
/// Who looks at the console: the security feature's <see cref="CaseViewer"/> (which cases, docs/security.md "Case
/// visibility") plus whether the viewer may act (acknowledge, note, re-route, review): supervisors and admins.
/// </summary>
public sealed record ConsoleViewer(CaseViewer Case, bool CanAct)
{
    public string UserName => Case.UserName;

    /// <summary>The agency of agency staff; null for the operations center.</summary>
    public string? AgencyId => Case.Scope == CaseScope.Agency ? Case.AgencyId : null;

    public bool IsAgency => Case.Scope != CaseScope.All;

    /// <summary>Whether the viewer sees every agency (an agency user, or a misconfigured account, sees at most its own).</summary>
    public bool SeesAllAgencies => Case.Scope == CaseScope.All;

    public static ConsoleViewer From(ClaimsPrincipal user) =>
        new(CaseViewer.From(user), user.IsInRole(IocRoles.Supervisor) || user.IsInRole(IocRoles.Admin));

    /// <summary>The cases this viewer may open, by the one visibility rule (<see cref="CaseVisibility.VisibleTo"/>).</summary>
    public IQueryable<CaseRecord> Visible(IQueryable<CaseRecord> cases) => cases.VisibleTo(Case);
}
