using System.Security.Claims;
using Ioc.Hub.Live;
using Ioc.Hub.Privacy;

namespace Ioc.Hub.Tests.Privacy;

public sealed class CaseViewerTests
{
    [Theory]
    [InlineData(HubRoles.Wall, CaseScope.Wall, false)]
    [InlineData(HubRoles.Leader, CaseScope.Leader, false)]
    [InlineData(HubRoles.Supervisor, CaseScope.All, true)]
    [InlineData(HubRoles.Admin, CaseScope.All, false)]
    public void EachRoleGetsItsScope(string role, CaseScope scope, bool mayReveal)
    {
        var viewer = CaseViewer.From(Principal("someone", null, role));

        Assert.Equal((scope, null, "someone", mayReveal), (viewer.Scope, viewer.AgencyId, viewer.UserName, viewer.MayRevealContact));
    }

    [Fact]
    public void AnAgencyUserIsBoundToTheAgencyOfItsClaim()
    {
        var viewer = CaseViewer.From(Principal("donvi", "so-gtvt", HubRoles.Agency));

        Assert.Equal((CaseScope.Agency, "so-gtvt", true), (viewer.Scope, viewer.AgencyId, viewer.MayRevealContact));
        Assert.Equal(LiveAudience.Agency("so-gtvt"), viewer.LiveAudience);
    }

    [Fact]
    public void AnAgencyUserWithoutAnAgencySeesNothingRatherThanEverything()
    {
        Assert.Equal(CaseScope.None, CaseViewer.From(Principal("donvi", null, HubRoles.Agency)).Scope);
    }

    [Fact]
    public void AnonymousOrRolelessUsersSeeNothing()
    {
        Assert.Equal(CaseScope.None, CaseViewer.From(new ClaimsPrincipal(new ClaimsIdentity())).Scope);
        Assert.Equal(CaseScope.None, CaseViewer.From(null).Scope);
        Assert.Equal(CaseScope.None, CaseViewer.From(Principal("x", null)).Scope);
        Assert.Null(CaseViewer.From(Principal("x", null)).LiveAudience);
    }

    [Fact]
    public void TheWidestRoleWinsButAnAgencyAccountStaysBoundToItsAgency()
    {
        Assert.Equal(CaseScope.All, CaseViewer.From(Principal("a", null, HubRoles.Wall, HubRoles.Supervisor)).Scope);
        Assert.Equal(CaseScope.Agency, CaseViewer.From(Principal("a", "so-yt", HubRoles.Leader, HubRoles.Agency)).Scope);
    }

    [Theory]
    // (scope, confidential, secret, lead, holder, coordinating) → visible
    [InlineData(CaseScope.Wall, false, false, true)]
    [InlineData(CaseScope.Wall, true, false, false)]
    [InlineData(CaseScope.Wall, false, true, false)]
    [InlineData(CaseScope.Leader, true, false, false)]
    [InlineData(CaseScope.Leader, false, false, true)]
    [InlineData(CaseScope.All, true, true, true)]
    public void ConfidentialAndStateSecretCasesFollowTheScope(CaseScope scope, bool confidential, bool secret, bool visible)
    {
        var viewer = scope switch
        {
            CaseScope.Wall => CaseViewer.Wall,
            CaseScope.Leader => CaseViewer.From(Principal("l", null, HubRoles.Leader)),
            _ => CaseViewer.From(Principal("s", null, HubRoles.Supervisor)),
        };

        Assert.Equal(visible, viewer.CanSee(confidential, secret, "so-gtvt", "so-gtvt", []));
    }

    [Fact]
    public void AnAgencySeesItsOwnConfidentialCasesButNoOtherAgencysAndNoStateSecret()
    {
        var agency = CaseViewer.ForAgency("so-gtvt");

        Assert.True(agency.CanSee(isConfidential: true, isStateSecret: false, "so-gtvt", "so-gtvt", []));
        Assert.True(agency.CanSee(false, false, "so-yt", "so-gtvt", []));
        Assert.True(agency.CanSee(false, false, "so-yt", "so-yt", ["so-gtvt"]));
        Assert.False(agency.CanSee(false, false, "so-yt", "so-yt", ["so-tnmt"]));
        Assert.False(agency.CanSee(false, isStateSecret: true, "so-gtvt", "so-gtvt", []));
    }

    [Fact]
    public void TheLiveAudiencesApplyTheSameRule()
    {
        Assert.Equal(CaseScope.Wall, LiveAudience.Wall.Scope);
        Assert.Equal(CaseScope.Leader, LiveAudience.Leader.Scope);
        Assert.Equal(CaseScope.All, LiveAudience.Supervisor.Scope);
        Assert.Equal(CaseScope.Agency, LiveAudience.Agency("so-gtvt").Scope);
    }

    internal static ClaimsPrincipal Principal(string name, string? agencyId, params string[] roles)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, name) };
        claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        if (agencyId is not null)
        {
            claims.Add(new Claim(HubClaimTypes.AgencyId, agencyId));
        }
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }
}
