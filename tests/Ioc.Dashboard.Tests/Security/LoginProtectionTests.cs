using System.Net;
using Ioc.Dashboard.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Ioc.Dashboard.Tests.Security;

public sealed class LoginProtectionTests
{
    private const string Password = "Kiem-tra-2026-Mat-khau";

    [Fact]
    public async Task AfterTheLimitForOneAccountNameEvenTheRightPasswordIsNotTriedButOtherAccountsStillSignIn()
    {
        await using var app = Dashboard(perIp: 100, perUser: 3);
        await app.InitializeAsync();
        await app.CreateUserAsync("a@ioc.local", Password, IocRoles.Supervisor);
        await app.CreateUserAsync("b@ioc.local", Password, IocRoles.Supervisor);
        var browser = app.CreateBrowser();

        for (var i = 0; i < 3; i++)
        {
            var wrong = await SignInForm.PostAsync(browser, "a@ioc.local", "Sai-mat-khau-2026");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }
        // The same name in another spelling is the same account.
        var throttled = await SignInForm.PostAsync(browser, "  A@IOC.local ", Password);
        var other = await SignInForm.PostAsync(app.CreateBrowser(), "b@ioc.local", Password);

        Assert.Equal(HttpStatusCode.Redirect, throttled.StatusCode);
        Assert.Equal(LoginRateLimiting.ThrottledUrl, throttled.Headers.Location!.OriginalString);
        Assert.True(int.Parse(throttled.Headers.GetValues("Retry-After").Single()) > 0);
        // Refused before the password check: three failures counted, not four, and not signed in.
        Assert.Equal(3, await app.WithUsersAsync(async users => await users.GetAccessFailedCountAsync((await users.FindByEmailAsync("a@ioc.local"))!)));
        Assert.DoesNotContain(throttled.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("ioc.auth=", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        Assert.Equal("/", other.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task AfterTheLimitForOneAddressEveryAccountNameIsRefused()
    {
        await using var app = Dashboard(perIp: 4, perUser: 100);
        await app.InitializeAsync();
        var browser = app.CreateBrowser();

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await SignInForm.PostAsync(browser, $"guess{i}@ioc.local", "Sai-mat-khau-2026")).StatusCode);
        }
        var refused = await SignInForm.PostAsync(browser, "new-name@ioc.local", "Sai-mat-khau-2026");

        Assert.Equal(LoginRateLimiting.ThrottledUrl, refused.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task TheThrottledPageExplainsInVietnameseAndTheFormStillWorksForReading()
    {
        await using var app = Dashboard(perIp: 1, perUser: 1);
        await app.InitializeAsync();

        var page = WebUtility.HtmlDecode(await app.CreateBrowser().GetStringAsync(LoginRateLimiting.ThrottledUrl));

        Assert.Contains("Quá nhiều lần đăng nhập", page);
    }

    [Fact]
    public async Task SingleSignOnIsRegisteredFromSettingsAndTheChallengeGoesToTheConfiguredAuthority()
    {
        const string authority = "https://sso.tayninh.gov.vn/realms/ioc";
        await using var configured = new DashboardFactory("Development", null,
            ("Ioc:Oidc:Authority", authority), ("Ioc:Oidc:ClientId", "ioc-dashboard"), ("Ioc:Oidc:DisplayName", "SSO Tây Ninh"));
        // No identity provider is reachable from the tests: its discovery document is given instead of fetched,
        // with the endpoint a Keycloak realm at that authority publishes. Everything else is the app's configuration.
        await using var app = configured.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.PostConfigure<OpenIdConnectOptions>(OidcOptions.Scheme, o =>
            {
                o.Configuration = new OpenIdConnectConfiguration { Issuer = authority, AuthorizationEndpoint = $"{authority}/protocol/openid-connect/auth" };
                o.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(o.Configuration);
            })));
        var schemes = app.Services.GetRequiredService<IAuthenticationSchemeProvider>();
        var browser = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });

        var scheme = await schemes.GetSchemeAsync(OidcOptions.Scheme);
        var page = await browser.GetStringAsync("/account/login");
        var challenge = await browser.PostAsync("/account/external-login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = SignInForm.AntiforgeryToken(page),
            ["returnUrl"] = "/console",
        }));

        Assert.Equal(("SSO Tây Ninh", typeof(OpenIdConnectHandler)), (scheme?.DisplayName, scheme?.HandlerType));
        Assert.Contains("SSO Tây Ninh", WebUtility.HtmlDecode(page));
        Assert.True(challenge.StatusCode == HttpStatusCode.Redirect, await challenge.Content.ReadAsStringAsync());
        var location = challenge.Headers.Location!;
        Assert.StartsWith($"{authority}/protocol/openid-connect/auth?", location.AbsoluteUri);
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(location.Query);
        Assert.Equal("ioc-dashboard", query["client_id"]);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.Contains("email", query["scope"].ToString().Split(' '));
        Assert.EndsWith("/signin-oidc", query["redirect_uri"].ToString());
    }

    [Fact]
    public async Task WithoutAnAuthoritySingleSignOnIsOff()
    {
        await using var app = new DashboardFactory("Development");
        await app.InitializeAsync();

        Assert.Null(await app.Services.GetRequiredService<IAuthenticationSchemeProvider>().GetSchemeAsync(OidcOptions.Scheme));
        Assert.DoesNotContain("external-login", await app.CreateBrowser().GetStringAsync("/account/login"));
    }

    [Fact]
    public async Task AnAuthorityWithoutAClientIdFailsTheStartNamingTheKey()
    {
        await using var app = new DashboardFactory("Development", null, ("Ioc:Oidc:Authority", "https://sso.example.gov.vn"));

        var error = Assert.ThrowsAny<Exception>(() => app.Server);

        Assert.Contains("Ioc:Oidc:ClientId", error.ToString());
    }

    private static DashboardFactory Dashboard(int perIp, int perUser) => new("Development", null,
        ("Ioc:Security:LoginRateLimit:PerIpPermitLimit", perIp.ToString()),
        ("Ioc:Security:LoginRateLimit:PerUserPermitLimit", perUser.ToString()),
        // Long enough that no window ends during a test.
        ("Ioc:Security:LoginRateLimit:Window", "01:00:00"));
}
