using Ioc.Dashboard.Kiosk;
using Ioc.Dashboard.Security;
using Ioc.Data;
using Ioc.Data.Identity;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Ioc.Dashboard.Extensions;

public static class SecurityExtensions
{
    /// <summary>
    /// ASP.NET Core Identity on <see cref="IocDbContext"/> with cookies, the role policies, optional OpenID Connect and
    /// the start-up bootstrap of roles and demo accounts. Call after <c>AddIocData</c> (the bootstrap needs the schema).
    /// </summary>
    public static IHostApplicationBuilder AddIocSecurity(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.SectionName);
        services.AddOptions<OidcOptions>().BindConfiguration(OidcOptions.SectionName)
            .Validate(o => !o.Enabled || !string.IsNullOrWhiteSpace(o.ClientId), $"{OidcOptions.SectionName}:ClientId is required when {OidcOptions.SectionName}:Authority is set.")
            .ValidateOnStart();

        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingIdentityStateProvider>();
        var authentication = services.AddAuthentication(o =>
        {
            // Picks the account cookie, or a wall display's kiosk cookie when that is all the request carries.
            o.DefaultScheme = KioskAuthentication.SelectorScheme;
            o.DefaultSignInScheme = IdentityConstants.ExternalScheme;
        });
        authentication.AddIdentityCookies();
        authentication.AddKiosk();
        services.AddSingleton<KioskDisplays>();
        AddOidc(builder, authentication);

        services.AddIdentityCore<IocUser>(ConfigureIdentity)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<IocDbContext>()
            .AddClaimsPrincipalFactory<IocUserClaimsPrincipalFactory>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "ioc.auth";
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.HttpOnly = true;
            o.LoginPath = "/account/login";
            o.AccessDeniedPath = "/account/access-denied";
            // A working shift; sliding, so an active console or wall stays signed in.
            o.ExpireTimeSpan = TimeSpan.FromHours(10);
            o.SlidingExpiration = true;
            // An API caller gets a status code, not a login page.
            o.Events.OnRedirectToLogin = context => ApiStatusOrRedirect(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => ApiStatusOrRedirect(context, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorization(IocPolicies.Configure);
        services.AddLoginRateLimiting();
        services.AddHostedService<IdentityBootstrapper>();
        return builder;
    }

    private static Task ApiStatusOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/hubs"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    private static void ConfigureIdentity(IdentityOptions o)
    {
        o.Password.RequiredLength = 12;
        o.Password.RequireDigit = true;
        o.Password.RequireUppercase = true;
        o.Password.RequireLowercase = true;
        o.Lockout.MaxFailedAccessAttempts = 5;
        o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        o.Lockout.AllowedForNewUsers = true;
        o.User.RequireUniqueEmail = true;
        o.SignIn.RequireConfirmedAccount = false;
    }

    private static void AddOidc(IHostApplicationBuilder builder, Microsoft.AspNetCore.Authentication.AuthenticationBuilder authentication)
    {
        var oidc = builder.Configuration.GetSection(OidcOptions.SectionName).Get<OidcOptions>() ?? new OidcOptions();
        if (!oidc.Enabled)
        {
            return;
        }

        authentication.AddOpenIdConnect(OidcOptions.Scheme, oidc.DisplayName, o =>
        {
            o.Authority = oidc.Authority;
            o.ClientId = oidc.ClientId;
            o.ClientSecret = oidc.ClientSecret;
            o.ResponseType = "code";
            o.UsePkce = true;
            o.Scope.Add("email");
            o.SaveTokens = false;
            o.SignInScheme = IdentityConstants.ExternalScheme;
            o.CallbackPath = "/signin-oidc";
            o.RequireHttpsMetadata = !builder.Environment.IsDevelopment();
            o.MapInboundClaims = false;
        });
    }
}
