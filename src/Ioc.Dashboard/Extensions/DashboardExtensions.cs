using Ioc.Dashboard.Components;
using Ioc.Dashboard.Components.Pages.Console.Data;
using Ioc.Dashboard.Components.Pages.Wall.Data;
using Ioc.Dashboard.Localization;
using Ioc.Dashboard.Security;
using Microsoft.AspNetCore.Localization;
using MudBlazor.Services;

namespace Ioc.Dashboard.Extensions;

public static class DashboardExtensions
{
    /// <summary>Blazor Server with MudBlazor, the vi/en resources, the time formatting service and the wall's data.</summary>
    public static IHostApplicationBuilder AddIocDashboard(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddLocalization();
        builder.Services.AddSingleton<DisplayTime>();
        builder.AddIocWall();
        builder.AddIocConsole();
        return builder;
    }

    /// <summary>
    /// The dashboard's pipeline: security headers, the culture from its cookie (Vietnamese when none), authentication,
    /// antiforgery, static assets (anonymous: the sign-in page needs its styles and fonts) and the components.
    /// </summary>
    public static WebApplication UseIocDashboard(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseRequestLocalization(o =>
        {
            o.SetDefaultCulture(UiCultures.Vietnamese).AddSupportedCultures(UiCultures.Supported).AddSupportedUICultures(UiCultures.Supported);
            // Only the user's explicit choice: a browser set to English still opens in Vietnamese first.
            o.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets().AllowAnonymous();
        app.MapCultureEndpoint();
        app.MapAccountEndpoints();
        // Our Content-Security-Policy already says frame-ancestors 'none'; Blazor would add a second, looser header.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null);
        return app;
    }
}
