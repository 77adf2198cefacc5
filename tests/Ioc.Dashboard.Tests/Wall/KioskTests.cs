using System.Net;
using Ioc.Dashboard.Components.Pages.Wall.Models;
using Ioc.Dashboard.Kiosk;
using Ioc.Dashboard.Security;
using Ioc.Dashboard.Tests.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Ioc.Dashboard.Tests.Wall;

/// <summary>Kiosk displays in the real dashboard: a token signs a display in without a password, revoking it ends the session.</summary>
public sealed class KioskTests(DevelopmentDashboard factory) : IClassFixture<DevelopmentDashboard>
{
    private const string Password = "Kiem-tra-2026-Kiosk-Admin";

    private KioskDisplays Displays => factory.Services.GetRequiredService<KioskDisplays>();

    [Fact]
    public async Task ATokenSignsTheDisplayInToTheWallWithItsNameAndARevokedTokenEndsTheSession()
    {
        var settings = new WallDisplaySettings(WallMode.Playlist, [WallDisplaySettings.Map, WallDisplaySettings.Agencies], 20, MapWindow.Last6Hours, false);
        var (display, token) = await Displays.CreateAsync("Màn hình phòng họp A", settings, "test");
        var browser = factory.CreateBrowser();

        var signIn = await browser.GetAsync($"/kiosk/{token}");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/wall", signIn.Headers.Location!.OriginalString.TrimStart('~'));
        var cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith(KioskAuthentication.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("expires=", cookie, StringComparison.OrdinalIgnoreCase);

        var wall = await browser.GetAsync("/wall");
        var html = WebUtility.HtmlDecode(await wall.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, wall.StatusCode);
        Assert.Contains("data-display=\"Màn hình phòng họp A\"", html);
        Assert.Contains("wall--panel", html);
        Assert.Contains("data-panel=\"map\"", html);
        // A wall display sees the wall only: the admin pages send it away.
        var admin = await browser.GetAsync("/admin/kiosk");
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
        Assert.Equal("/account/access-denied", admin.Headers.Location!.AbsolutePath);

        Assert.True(await Displays.RevokeAsync(display.Id, "test"));
        var after = await browser.GetAsync("/wall");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal("/kiosk/ended", after.Headers.Location!.AbsolutePath);
        Assert.False(await Displays.HeartbeatAsync(display.Id, "live"));
    }

    [Fact]
    public async Task AnUnknownTokenLandsOnTheEndedPageNeverOnTheLoginForm()
    {
        var browser = factory.CreateBrowser();

        var response = await browser.GetAsync("/kiosk/not-a-token");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var ended = await browser.GetAsync(response.Headers.Location!.OriginalString.TrimStart('~'));
        var html = WebUtility.HtmlDecode(await ended.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        Assert.Contains("data-reason=\"invalid\"", html);
        Assert.Contains("Mã màn hình không hợp lệ", html);
        Assert.DoesNotContain("type=\"password\"", html);
    }

    [Fact]
    public async Task OnlyTheTokensHashIsStoredAndHeartbeatsShowOnTheList()
    {
        var (display, token) = await Displays.CreateAsync("Sảnh tầng 1", WallDisplaySettings.Default, "test");

        Assert.True(await Displays.HeartbeatAsync(display.Id, "stale"));
        var listed = Assert.Single(await Displays.ListAsync(), d => d.Id == display.Id);

        Assert.Equal("stale", listed.LastConnection);
        Assert.NotNull(listed.LastSeenAt);
        Assert.Equal(display.Id, (await Displays.FindByTokenAsync(token))!.Id);
        Assert.Null(await Displays.FindByTokenAsync(KioskDisplays.Hash(token)));
        Assert.Equal(43, token.Length);
    }

    [Fact]
    public async Task TheKioskAdminPageIsForAdminsOnly()
    {
        await factory.CreateUserAsync("kiosk-admin@ioc.local", Password, IocRoles.Admin);
        await factory.CreateUserAsync("kiosk-sup@ioc.local", Password, IocRoles.Supervisor);
        var admin = factory.CreateBrowser();
        await SignInForm.PostAsync(admin, "kiosk-admin@ioc.local", Password);
        var supervisor = factory.CreateBrowser();
        await SignInForm.PostAsync(supervisor, "kiosk-sup@ioc.local", Password);

        var page = await admin.GetAsync("/admin/kiosk");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Màn hình trình chiếu (kiosk)", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()));

        var refused = await supervisor.GetAsync("/admin/kiosk");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("/account/access-denied", refused.Headers.Location!.AbsolutePath);
    }
}
