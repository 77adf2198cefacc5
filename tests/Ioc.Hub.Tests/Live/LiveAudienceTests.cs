using System.Security.Claims;
using Ioc.Hub.Live;
using Ioc.Hub.Live.Contract;

namespace Ioc.Hub.Tests.Live;

/// <summary>Who may join which audience, and what each audience may see of a case.</summary>
public sealed class LiveAudienceTests
{
    [Theory]
    [InlineData("wall", "wall", true)]
    [InlineData("wall", "supervisor", true)]
    [InlineData("wall", "leader", true)]
    [InlineData("wall", "admin", true)]
    [InlineData("wall", "agency", false)]
    [InlineData("supervisor", "supervisor", true)]
    [InlineData("supervisor", "admin", true)]
    [InlineData("supervisor", "leader", false)]
    [InlineData("supervisor", "wall", false)]
    [InlineData("supervisor", "agency", false)]
    [InlineData("leader", "leader", true)]
    [InlineData("leader", "supervisor", true)]
    [InlineData("leader", "admin", true)]
    [InlineData("leader", "wall", false)]
    [InlineData("leader", "agency", false)]
    [InlineData("agency:kh-sxd", "agency", true)]
    [InlineData("agency:kh-other", "agency", false)]
    [InlineData("agency:kh-sxd", "supervisor", true)]
    [InlineData("agency:kh-sxd", "admin", true)]
    [InlineData("agency:kh-sxd", "wall", false)]
    [InlineData("agency:kh-sxd", "leader", false)]
    public void AudienceAdmitsTheRolesOfTheSecurityModel(string audience, string role, bool admitted)
    {
        Assert.True(LiveAudience.TryParse(audience, out var parsed));
        Assert.Equal(admitted, parsed.Admits(User(role, agencyId: "kh-sxd")));
    }

    [Fact]
    public void AnonymousUserAndUnknownAudiencesAreRefused()
    {
        Assert.False(LiveAudience.Wall.Admits(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, "wall")]))));
        Assert.False(LiveAudience.Wall.Admits(null));
        foreach (var name in new[] { "", "Wall", "agency:", "agency:a b", "agency:" + new string('x', 65), "all" })
        {
            Assert.False(LiveAudience.TryParse(name, out _), name);
        }
        // An agency user without its agency claim joins no agency audience and has no default one.
        Assert.False(LiveAudience.Agency("kh-sxd").Admits(User("agency", agencyId: null)));
        Assert.Null(LiveAudience.DefaultFor(User("agency", agencyId: null)));
    }

    [Fact]
    public void DefaultAudienceIsTheWidestTheUserMayJoin()
    {
        Assert.Equal(LiveAudience.Supervisor, LiveAudience.DefaultFor(User("admin")));
        Assert.Equal(LiveAudience.Leader, LiveAudience.DefaultFor(User("leader")));
        Assert.Equal(LiveAudience.Wall, LiveAudience.DefaultFor(User("wall")));
        Assert.Equal(LiveAudience.Agency("kh-sxd"), LiveAudience.DefaultFor(User("agency", "kh-sxd")));
    }

    [Fact]
    public void WallAndLeadersSeeNoConfidentialCaseWhileItsAgencyAndSupervisorsDo()
    {
        // DOMAIN glossary: confidential cases are "never on public or wall screens"; the handling agency needs them.
        var confidential = Case("c1", lead: "kh-sxd", confidential: true);
        Assert.False(LiveAudience.Wall.CanSee(confidential));
        Assert.False(LiveAudience.Leader.CanSee(confidential));
        Assert.True(LiveAudience.Supervisor.CanSee(confidential));
        Assert.True(LiveAudience.Agency("kh-sxd").CanSee(confidential));
        Assert.False(LiveAudience.Agency("kh-other").CanSee(confidential));
        Assert.True(LiveAudience.Agency("kh-coord").CanSee(Case("c2", lead: "kh-sxd") with { CoordinatingAgencyIds = ["kh-coord"] }));
        Assert.True(LiveAudience.Agency("kh-coord").CanSee(Case("c3", lead: "kh-sxd") with { HolderId = "kh-coord" }));
    }

    internal static LiveCase Case(string id, string? lead = null, bool confidential = false) =>
        new(id, $"KH-{id}", "OnTime", "routed", lead ?? "operations-center", lead, [], "infrastructure", "kh-nha-trang", 12.24, 109.19,
            false, null, DateTimeOffset.UnixEpoch, null, confidential);

    private static ClaimsPrincipal User(string role, string? agencyId = null)
    {
        List<Claim> claims = [new(ClaimTypes.Name, "someone"), new(ClaimTypes.Role, role)];
        if (agencyId is not null)
        {
            claims.Add(new Claim(HubClaimTypes.AgencyId, agencyId));
        }
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }
}
