using System.Security.Claims;
using Ioc.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Ioc.Dashboard.Security;

/// <summary>Adds the display name and, for agency staff, the agency id that later scopes every case query.</summary>
public sealed class IocUserClaimsPrincipalFactory(UserManager<IocUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<IocUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(IocUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(IocClaimTypes.DisplayName, user.DisplayName));
        if (user.AgencyId is { Length: > 0 } agencyId)
        {
            identity.AddClaim(new Claim(IocClaimTypes.AgencyId, agencyId));
        }

        return identity;
    }
}
