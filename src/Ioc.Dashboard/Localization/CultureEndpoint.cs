using Ioc.Dashboard.Security;
using Microsoft.AspNetCore.Localization;

namespace Ioc.Dashboard.Localization;

/// <summary>Switches the UI language: writes the culture cookie and sends the browser back where it was.</summary>
public static class CultureEndpoint
{
    public const string Path = "/culture/set";

    public static string Url(string culture, string returnUrl) =>
        $"{Path}?culture={Uri.EscapeDataString(culture)}&returnUrl={Uri.EscapeDataString(returnUrl)}";

    public static IEndpointRouteBuilder MapCultureEndpoint(this IEndpointRouteBuilder endpoints)
    {
        // Anonymous: the sign-in page has the switch too. It only sets a preference, so a GET link is harmless.
        endpoints.MapGet(Path, (string? culture, string? returnUrl, HttpResponse response) =>
        {
            if (UiCultures.IsSupported(culture))
            {
                response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture!)),
                    new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            }

            return TypedResults.LocalRedirect("~" + LocalUrl.OrHome(returnUrl));
        }).AllowAnonymous();
        return endpoints;
    }
}
