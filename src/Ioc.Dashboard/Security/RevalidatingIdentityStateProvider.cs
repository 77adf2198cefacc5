using System.Security.Claims;
using Ioc.Data.Identity;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Ioc.Dashboard.Security;

/// <summary>
/// Re-checks the user's security stamp every 30 minutes for as long as a circuit lives (Blazor's Identity template),
/// so a locked, deleted or re-roled account loses an open wall or console, not only its next page load.
/// </summary>
internal sealed class RevalidatingIdentityStateProvider(
    ILoggerFactory loggerFactory, IServiceScopeFactory scopes, IOptions<IdentityOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(30);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        // A wall display has no account: its kiosk token must still be active (the wall's heartbeat checks it sooner).
        if (Kiosk.KioskAuthentication.DisplayId(authenticationState.User) is { } display)
        {
            return await scope.ServiceProvider.GetRequiredService<Kiosk.KioskDisplays>().IsActiveAsync(display, cancellationToken);
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<IocUser>>();
        return await IsCurrentAsync(users, authenticationState.User);
    }

    private async Task<bool> IsCurrentAsync(UserManager<IocUser> users, ClaimsPrincipal principal)
    {
        if (await users.GetUserAsync(principal) is not { } user || await users.IsLockedOutAsync(user))
        {
            return false;
        }

        if (!users.SupportsUserSecurityStamp)
        {
            return true;
        }

        var stamp = principal.FindFirstValue(options.Value.ClaimsIdentity.SecurityStampClaimType);
        return stamp == await users.GetSecurityStampAsync(user);
    }
}
