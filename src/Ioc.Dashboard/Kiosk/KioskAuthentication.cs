using System.Security.Claims;
using Ioc.Dashboard.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Ioc.Dashboard.Kiosk;

/// <summary>
/// The kiosk sign-in: a cookie of its own (<c>ioc.kiosk</c>), issued by <c>/kiosk/{token}</c>, carrying the <c>wall</c>
/// role and the display's id and name. The dashboard's default scheme picks it when a request carries that cookie and
/// no account cookie, so pages, the circuit and the hub see one user either way. Each request re-checks the token
/// (cached <see cref="KioskDisplays.ActiveCacheTime"/>): a revoked token ends the session at the next request, and the
/// wall's heartbeat ends an open one within seconds.
/// </summary>
public static class KioskAuthentication
{
    public const string Scheme = "Kiosk";
    public const string SelectorScheme = "Ioc";
    public const string CookieName = "ioc.kiosk";
    public const string EndedPath = "/kiosk/ended";

    /// <summary>A display runs for months: the cookie lasts a year, sliding, and survives server restarts (persisted keys).</summary>
    public static readonly TimeSpan CookieLifetime = TimeSpan.FromDays(365);

    public static AuthenticationBuilder AddKiosk(this AuthenticationBuilder authentication)
    {
        authentication.AddCookie(Scheme, o =>
        {
            o.Cookie.Name = CookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = CookieLifetime;
            o.SlidingExpiration = true;
            // A display never lands on the password form: a refused token says so on a page of its own.
            o.LoginPath = EndedPath;
            o.AccessDeniedPath = "/account/access-denied";
            o.Events.OnValidatePrincipal = ValidateAsync;
        });
        // Account cookie first: a person signed in on the display's browser is that person, not the display.
        authentication.AddPolicyScheme(SelectorScheme, "Account or kiosk", o => o.ForwardDefaultSelector = http =>
            http.Request.Cookies.ContainsKey(CookieName) && !http.Request.Cookies.ContainsKey(AccountCookieName)
                ? Scheme
                : IdentityConstants.ApplicationScheme);
        return authentication;
    }

    /// <summary>The account cookie's name (SecurityExtensions sets it).</summary>
    public const string AccountCookieName = "ioc.auth";

    public static ClaimsPrincipal Principal(KioskDisplayInfo display) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, "kiosk:" + display.Id),
            new Claim(ClaimTypes.Name, display.Name),
            new Claim(ClaimTypes.Role, IocRoles.Wall),
            new Claim(IocClaimTypes.KioskDisplay, display.Id.ToString()),
        ],
        Scheme, ClaimTypes.Name, ClaimTypes.Role));

    /// <summary>The display id of a kiosk principal; null for a person.</summary>
    public static Guid? DisplayId(ClaimsPrincipal? user) =>
        Guid.TryParse(user?.FindFirstValue(IocClaimTypes.KioskDisplay), out var id) ? id : null;

    public static IEndpointRouteBuilder MapKioskEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // The URL an admin opens once on the display; the token then lives only in the display's cookie.
        endpoints.MapGet("/kiosk/{token}", async (string token, HttpContext http, KioskDisplays displays) =>
        {
            if (token == "ended" || await displays.FindByTokenAsync(token, http.RequestAborted) is not { } display)
            {
                return Results.LocalRedirect($"~{EndedPath}?reason=invalid");
            }
            await http.SignInAsync(Scheme, Principal(display), new AuthenticationProperties { IsPersistent = true });
            return Results.LocalRedirect("~/wall");
        }).AllowAnonymous();
        return endpoints;
    }

    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var displays = context.HttpContext.RequestServices.GetRequiredService<KioskDisplays>();
        if (DisplayId(context.Principal) is not { } id || !await displays.IsActiveAsync(id, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme);
        }
    }
}
