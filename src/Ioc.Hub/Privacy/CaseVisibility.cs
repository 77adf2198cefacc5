using Ioc.Data.Cases;

namespace Ioc.Hub.Privacy;

/// <summary>
/// The one rule of which cases a viewer sees (docs/security.md "Case visibility"), as a query filter for the store and
/// as a predicate for cases held in memory (the live feed). Use it for every case list, case lookup and export.
/// <list type="bullet">
/// <item>State-secret cases: the operations center and administrators only; never on the wall, the live feed, a map
/// or any public output (DOMAIN "bí mật nhà nước": handled off-system).</item>
/// <item>Confidential cases: supervisors, administrators and the agency that leads or holds the case; never the wall
/// or a leader's case lists (leaders see them only inside counts).</item>
/// <item>Agency staff: only the cases their agency leads or holds now.</item>
/// </list>
/// </summary>
public static class CaseVisibility
{
    /// <summary>The cases <paramref name="viewer"/> may see; translated to SQL by both providers.</summary>
    public static IQueryable<CaseRecord> VisibleTo(this IQueryable<CaseRecord> cases, CaseViewer viewer)
    {
        switch (viewer.Scope)
        {
            case CaseScope.All:
                return cases;
            case CaseScope.Agency:
                var agency = viewer.AgencyId!;
                return cases.Where(c => !c.IsStateSecret && (c.LeadAgencyId == agency || c.Holder == agency));
            case CaseScope.Wall:
            case CaseScope.Leader:
                return cases.PublicOnly();
            default:
                return cases.Where(c => false);
        }
    }

    /// <summary>Cases fit for a public output (wall, public exports, maps): neither confidential nor state secret.</summary>
    public static IQueryable<CaseRecord> PublicOnly(this IQueryable<CaseRecord> cases) =>
        cases.Where(c => !c.IsConfidential && !c.IsStateSecret);

    /// <summary>The same rule for a case held in memory.</summary>
    public static bool CanSee(this CaseViewer viewer, CaseRecord c) =>
        viewer.CanSee(c.IsConfidential, c.IsStateSecret, c.LeadAgencyId, c.Holder, []);

    /// <summary>
    /// The rule on a case's flags and agencies. In memory an agency also sees the cases it coordinates (the live feed
    /// knows them; the store's columns do not, see docs/security.md).
    /// </summary>
    public static bool CanSee(this CaseViewer viewer, bool isConfidential, bool isStateSecret, string? leadAgencyId, string? holderId,
        IReadOnlyCollection<string> coordinatingAgencyIds) =>
        Admits(viewer.Scope, viewer.AgencyId, isConfidential, isStateSecret, leadAgencyId, holderId, coordinatingAgencyIds);

    /// <summary>The rule itself, without a viewer instance (the live feed calls it per case and audience).</summary>
    internal static bool Admits(CaseScope scope, string? agencyId, bool isConfidential, bool isStateSecret, string? leadAgencyId, string? holderId,
        IReadOnlyCollection<string> coordinatingAgencyIds) => scope switch
    {
        CaseScope.All => true,
        CaseScope.Agency => agencyId is not null && !isStateSecret
            && (leadAgencyId == agencyId || holderId == agencyId || coordinatingAgencyIds.Contains(agencyId)),
        CaseScope.Wall or CaseScope.Leader => !isConfidential && !isStateSecret,
        _ => false,
    };
}
