using System.Net;
using Ioc.Dashboard.Security;
using Ioc.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ioc.Dashboard.Tests.Security;

public sealed class AuthenticationTests(DevelopmentDashboard factory) : IClassFixture<DevelopmentDashboard>
{
    private const string Password = "Kiem-tra-2026-Mat-khau";

    /// <summary>Every routable page of the dashboard that is not marked anonymous, plus the areas other issues will add.</summary>
    public static TheoryData<string> ProtectedPaths()
    {
        var pages = typeof(Program).Assembly.GetTypes()
            .Where(t => !t.IsDefined(typeof(AllowAnonymousAttribute), inherit: true))
            .SelectMany(t => t.GetCustomAttributes(typeof(RouteAttribute), inherit: false).Cast<RouteAttribute>())
            .Select(r => r.Template);
        return new TheoryData<string>(pages.Concat(["/wall", "/console", "/kpi", "/admin", "/no-such-page"]).Distinct());
    }

    [Theory]
    [MemberData(nameof(ProtectedPaths))]
    public async Task AnAnonymousVisitorIsSentToSignInFromEveryPage(string path)
    {
        var response = await factory.CreateBrowser().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.Headers.Location!.AbsolutePath);
    }

    [Theory]
    [InlineData("/api/no-such-endpoint")]
    [InlineData("/hubs/no-such-hub")]
    public async Task AnAnonymousApiCallGetsUnauthorizedNotALoginPage(string path)
    {
        var response = await factory.CreateBrowser().GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task TheRegulationApiIsOpenToAnonymousIntegrators()
    {
        var response = await factory.CreateBrowser().GetAsync("/api/profiles");

        response.EnsureSuccessStatusCode();
        Assert.Contains("khanh-hoa", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheSignInPageIsOpenToAnonymousVisitorsAndSpeaksVietnamese()
    {
        var response = await factory.CreateBrowser().GetAsync("/account/login");

        response.EnsureSuccessStatusCode();
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("<h1 class=\"ioc-account-heading\">Đăng nhập</h1>", html);
        Assert.Contains("<html lang=\"vi\">", html);
    }

    [Fact]
    public async Task ADemoSupervisorSignsInAndSeesTheProfilesInForce()
    {
        var supervisor = await factory.WithUsersAsync(async users =>
        {
            var user = (await users.FindByNameAsync("giamsat@ioc.local"))!;
            // The generated password went to the console only; the test sets its own.
            await users.RemovePasswordAsync(user);
            await users.AddPasswordAsync(user, Password);
            return user;
        });
        var browser = factory.CreateBrowser();

        var response = await SignInForm.PostAsync(browser, "giamsat@ioc.local", Password);
        var home = WebUtility.HtmlDecode(await browser.GetStringAsync("/"));

        Assert.True(supervisor.IsDemo);
        Assert.Equal("/", response.Headers.Location!.OriginalString.Replace("http://localhost", ""));
        Assert.Contains("Quy định thời hạn đang áp dụng", home);
        Assert.Contains("Giám sát viên", home);
        Assert.Contains("href=\"console\"", home);
        Assert.DoesNotContain("href=\"admin\"", home);
    }

    [Fact]
    public async Task AWrongPasswordIsRefusedWithoutEchoingIt()
    {
        await factory.CreateUserAsync("sai-mat-khau@ioc.local", Password, IocRoles.Leader);

        var response = await SignInForm.PostAsync(factory.CreateBrowser(), "sai-mat-khau@ioc.local", "Wrong-password-123");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Email hoặc mật khẩu không đúng.", html);
        Assert.DoesNotContain("Wrong-password-123", html);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("ioc.auth=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task TheFifthWrongPasswordLocksTheAccountForFifteenMinutes()
    {
        await factory.CreateUserAsync("khoa@ioc.local", Password, IocRoles.Supervisor);
        var browser = factory.CreateBrowser();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var refused = await (await SignInForm.PostAsync(browser, "khoa@ioc.local", $"Wrong-password-{attempt}")).Content.ReadAsStringAsync();
            Assert.Contains("Email hoặc mật khẩu không đúng.", WebUtility.HtmlDecode(refused));
        }

        var fifth = WebUtility.HtmlDecode(await (await SignInForm.PostAsync(browser, "khoa@ioc.local", "Wrong-password-5")).Content.ReadAsStringAsync());
        var withRightPassword = await SignInForm.PostAsync(browser, "khoa@ioc.local", Password);
        var lockoutEnd = await factory.WithUsersAsync(async users => await users.GetLockoutEndDateAsync((await users.FindByNameAsync("khoa@ioc.local"))!));

        Assert.Contains("Tài khoản tạm khóa 15 phút", fifth);
        Assert.Equal(HttpStatusCode.OK, withRightPassword.StatusCode);
        Assert.Contains("Tài khoản tạm khóa 15 phút", WebUtility.HtmlDecode(await withRightPassword.Content.ReadAsStringAsync()));
        Assert.InRange(lockoutEnd!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
    }

    [Fact]
    public async Task SigningOutNeedsTheAntiforgeryTokenAndEndsTheSession()
    {
        await factory.CreateUserAsync("dang-xuat@ioc.local", Password, IocRoles.Leader);
        var browser = factory.CreateBrowser();
        await SignInForm.PostAsync(browser, "dang-xuat@ioc.local", Password);
        // The menu's sign-out form renders only when the menu opens; the sign-in page carries a token for this user too.
        var page = await browser.GetStringAsync("/account/login");

        var forged = await browser.PostAsync("/account/logout", new FormUrlEncodedContent([]));
        var stillIn = await browser.GetAsync("/");
        var signOut = await browser.PostAsync("/account/logout", new FormUrlEncodedContent(
            [new KeyValuePair<string, string>("__RequestVerificationToken", SignInForm.AntiforgeryToken(page))]));
        var afterwards = await browser.GetAsync("/");

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
        Assert.Equal("/account/login?signedOut=true", signOut.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
    }

    [Fact]
    public async Task AReturnUrlToAnotherSiteIsIgnored()
    {
        await factory.CreateUserAsync("chuyen-huong@ioc.local", Password, IocRoles.Leader);

        var response = await SignInForm.PostAsync(factory.CreateBrowser(), "chuyen-huong@ioc.local", Password, "//evil.example/steal");

        Assert.Equal("/", response.Headers.Location!.OriginalString.Replace("http://localhost", ""));
    }

    [Fact]
    public async Task TheAgencyDemoAccountIsBoundToADepartmentOfTheReferenceData()
    {
        var agencyId = await factory.WithUsersAsync(async users => (await users.FindByNameAsync("donvi@ioc.local"))!.AgencyId);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IocDbContext>();

        var agency = await db.Agencies.SingleAsync(a => a.Id == agencyId);

        Assert.Equal("department", agency.Level);
    }

    [Fact]
    public async Task EveryDemoRoleHasOneDemoAccount()
    {
        var roles = await factory.WithUsersAsync(async users =>
        {
            var found = new List<string>();
            foreach (var role in IocRoles.All)
            {
                found.AddRange((await users.GetUsersInRoleAsync(role)).Where(u => u.IsDemo).Select(_ => role));
            }

            return found;
        });

        Assert.Equal(IocRoles.All.Order(), roles.Order());
    }

    [Fact]
    public async Task TheLanguageSwitchRemembersEnglishAndStaysOnTheSite()
    {
        var browser = factory.CreateBrowser();

        var switched = await browser.GetAsync("/culture/set?culture=en-US&returnUrl=https%3A%2F%2Fevil.example%2F");
        var login = WebUtility.HtmlDecode(await browser.GetStringAsync("/account/login"));

        Assert.Equal("/", switched.Headers.Location!.OriginalString);
        Assert.Contains("<h1 class=\"ioc-account-heading\">Sign in</h1>", login);
    }

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/")]
    [InlineData("/lib/be-vietnam-pro/be-vietnam-pro.css")]
    public async Task SecurityHeadersAreOnEveryResponse(string path)
    {
        var response = await factory.CreateBrowser().GetAsync(path);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task TheIdentityPolicyDemandsTwelveCharactersWithDigitsAndBothCases()
    {
        var results = await factory.WithUsersAsync(async users => new[]
        {
            await users.CreateAsync(new() { UserName = "p1@ioc.local", Email = "p1@ioc.local" }, "Short-1a"),
            await users.CreateAsync(new() { UserName = "p2@ioc.local", Email = "p2@ioc.local" }, "no-upper-case-123"),
            await users.CreateAsync(new() { UserName = "p3@ioc.local", Email = "p3@ioc.local" }, "NO-LOWER-CASE-123"),
            await users.CreateAsync(new() { UserName = "p4@ioc.local", Email = "p4@ioc.local" }, "No-Digits-At-All"),
            await users.CreateAsync(new() { UserName = "p5@ioc.local", Email = "p5@ioc.local" }, "Twelve-Ok-12"),
        });

        Assert.Equal([false, false, false, false, true], results.Select(r => r.Succeeded));
    }
}
