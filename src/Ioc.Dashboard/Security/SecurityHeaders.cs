using Ioc.Dashboard.Components.Pages.Wall.Data;
using Microsoft.Extensions.Options;

namespace Ioc.Dashboard.Security;

/// <summary>
/// Response headers for every response. Everything the dashboard loads is served by itself (fonts and libraries from
/// wwwroot/lib), so the policy allows 'self' only, plus the province's tile server for map images when one is
/// configured (<c>Ioc:Map:TileUrl</c>); inline styles are needed by MudBlazor's and Leaflet's style attributes.
/// </summary>
public static class SecurityHeaders
{
    public static string ContentSecurityPolicy(OidcOptions oidc, string? tileSource = null)
    {
        // Browsers apply form-action to the redirect after the SSO form post, so the identity provider is listed.
        var formAction = oidc.Enabled && Uri.TryCreate(oidc.Authority, UriKind.Absolute, out var authority)
            ? $"'self' {authority.GetLeftPart(UriPartial.Authority)}"
            : "'self'";
        var images = tileSource is null ? "'self' data: blob:" : $"'self' data: blob: {tileSource}";
        return $"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src {images}; " +
               $"font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action {formAction}";
    }

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var services = app.ApplicationServices;
        var policy = ContentSecurityPolicy(services.GetRequiredService<IOptions<OidcOptions>>().Value, services.GetRequiredService<IOptions<MapOptions>>().Value.TileSource);
        return app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = policy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            if (context.Request.IsHttps)
            {
                headers.StrictTransportSecurity = "max-age=31536000";
            }

            return next(context);
        });
    }
}
