using System.Security.Claims;
using Ioc.Dashboard.Security;
using Microsoft.AspNetCore.Components.Authorization;

namespace Ioc.Dashboard.Tests;

/// <summary>A signed-in user with the given roles, for component tests that run the real role policies.</summary>
internal sealed class TestAuthenticationStateProvider(ClaimsPrincipal user) : AuthenticationStateProvider
{
    public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(user));

    public static ClaimsPrincipal User(string name, params string[] roles)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, $"{name}@ioc.local"), new(IocClaimTypes.DisplayName, name) };
        claims.AddRange(roles.Select(role => new Claim(ClaimTypes.Role, role)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }
}
