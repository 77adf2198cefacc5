using System.Security.Claims;
using Ioc.Hub.Live;

namespace Ioc.Hub.Privacy;

/// <summary>How much of the case list a viewer may see (docs/security.md "Case visibility").</summary>
public enum CaseScope
{
    /// <summary>No case at all: anonymous, or an account without a role.</summary>
    None,

    /// <summary>A wall display: public cases only (neither confidential nor state secret).</summary>
    Wall,

    /// <summary>Provincial leaders: public cases; they read numbers, confidential cases only as counts.</summary>
    Leader,

    /// <summary>Staff of one agency: the cases it leads or holds, confidential ones included, never a state secret.</summary>
    Agency,

    /// <summary>The operations center (supervisor) and administrators: every case, state secrets included.</summary>
    All,
}

/// <summary>
/// Who is looking at cases, read once from the signed-in principal: the single input of every visibility decision
/// (<see cref="CaseVisibility"/>) made by pages, APIs, hub groups and exports. When a user holds several roles the
/// widest scope wins, except that an agency account stays bound to its agency.
/// </summary>
public sealed record CaseViewer
{
    private CaseViewer(CaseScope scope, string? agencyId, string userName, bool mayRevealContact)
    {
        Scope = scope;
        AgencyId = agencyId;
        UserName = userName;
        MayRevealContact = mayRevealContact;
    }

    public CaseScope Scope { get; }

    /// <summary>The agency of a <see cref="CaseScope.Agency"/> viewer; null otherwise.</summary>
    public string? AgencyId { get; }

    /// <summary>The account name written to the audit log.</summary>
    public string UserName { get; }

    /// <summary>
    /// Whether the viewer may reveal a reporter's contact (one case at a time, with a reason, audited): supervisors
    /// (they call reporters back) and agency staff on their own cases. Administrators run the system, not cases.
    /// </summary>
    public bool MayRevealContact { get; }

    public bool SeesConfidential => Scope is CaseScope.All or CaseScope.Agency;
    public bool SeesStateSecret => Scope is CaseScope.All;

    /// <summary>Anonymous: sees nothing.</summary>
    public static CaseViewer Nobody { get; } = new(CaseScope.None, null, "anonymous", false);

    /// <summary>A wall display, and the rule of every public output (exports for the public, the map, a portal).</summary>
    public static CaseViewer Wall { get; } = new(CaseScope.Wall, null, "wall", false);

    public static CaseViewer ForAgency(string agencyId, string userName = "agency") =>
        string.IsNullOrWhiteSpace(agencyId) ? throw new ArgumentException("An agency viewer needs an agency id.", nameof(agencyId))
            : new(CaseScope.Agency, agencyId, userName, true);

    public static CaseViewer From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return Nobody;
        }
        var name = user.Identity.Name ?? "unknown";
        var supervisor = user.IsInRole(HubRoles.Supervisor);
        if (supervisor || user.IsInRole(HubRoles.Admin))
        {
            return new(CaseScope.All, null, name, supervisor);
        }
        if (user.IsInRole(HubRoles.Agency))
        {
            // An agency account without its agency claim is misconfigured: it sees nothing rather than everything.
            return user.FindFirst(HubClaimTypes.AgencyId)?.Value is { Length: > 0 } agencyId
                ? new(CaseScope.Agency, agencyId, name, true)
                : new(CaseScope.None, null, name, false);
        }
        if (user.IsInRole(HubRoles.Leader))
        {
            return new(CaseScope.Leader, null, name, false);
        }
        return user.IsInRole(HubRoles.Wall) ? new(CaseScope.Wall, null, name, false) : new(CaseScope.None, null, name, false);
    }

    /// <summary>The live audience whose payloads this viewer receives; null when it receives none.</summary>
    public LiveAudience? LiveAudience => Scope switch
    {
        CaseScope.All => Live.LiveAudience.Supervisor,
        CaseScope.Leader => Live.LiveAudience.Leader,
        CaseScope.Wall => Live.LiveAudience.Wall,
        CaseScope.Agency => Live.LiveAudience.Agency(AgencyId!),
        _ => null,
    };
}
