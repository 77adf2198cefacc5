using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Ioc.Hub.Live.Security;

/// <summary>
/// Signs in a hub subscriber by API key: the key's SHA-256 is compared, in constant time, with the hashes of
/// <see cref="LiveHubOptions.Keys"/>; the subscriber gets that entry's name, role and agency.
/// </summary>
internal sealed class HubKeyHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions, ILoggerFactory loggers, UrlEncoder encoder, IOptionsMonitor<LiveHubOptions> hubOptions)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, loggers, encoder)
{
    private const string BearerPrefix = "Bearer ";

    /// <summary>The key of a request: its bearer token, or on the hub's path the <c>access_token</c> query parameter.</summary>
    public static string? PresentedKey(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) && header.Length > BearerPrefix.Length)
        {
            return header[BearerPrefix.Length..].Trim();
        }
        return request.Path.StartsWithSegments(IocHub.Path) && request.Query["access_token"].ToString() is { Length: > 0 } token ? token : null;
    }

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (PresentedKey(Request) is not { } key)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }
        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        HubKey? match = null;
        foreach (var candidate in hubOptions.CurrentValue.Keys)
        {
            // Every configured key is compared, so the time taken does not tell which one came close.
            if (CryptographicOperations.FixedTimeEquals(presented, Convert.FromHexString(candidate.Sha256)))
            {
                match = candidate;
            }
        }
        if (match is null)
        {
            return Task.FromResult(AuthenticateResult.Fail("Unknown API key."));
        }
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, "key:" + match.Name),
            new(ClaimTypes.Name, match.Name),
            new(ClaimTypes.Role, match.Role),
        };
        if (match.AgencyId is { Length: > 0 } agencyId)
        {
            claims.Add(new Claim(HubClaimTypes.AgencyId, agencyId));
        }
        var identity = new ClaimsIdentity(claims, Scheme.Name, ClaimTypes.Name, ClaimTypes.Role);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
    }
}
