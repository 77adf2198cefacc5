using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Ioc.EndToEnd.Tests.Wall;

/// <summary>
/// The live wall against the real dashboard in headless Chromium: events posted to the ingest API reach the map and the
/// counters, an emergency raises the banner until it is acknowledged, the totals are the store's, the wall survives a
/// server restart with no click, and kiosk tokens sign displays in and out. Runs in order: the restart comes last.
/// </summary>
[TestCaseOrderer("Ioc.EndToEnd.Tests.Wall.ByName", "Ioc.EndToEnd.Tests")]
public sealed class LiveWallTests(LiveWall wall, ITestOutputHelper output) : IClassFixture<LiveWall>, IAsyncLifetime
{
    private static readonly CultureInfo Vietnamese = new("vi-VN");
    private IPlaywright? playwright;
    private IBrowser? browser;

    public async Task InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        browser = await HeadlessChromium.LaunchAsync(playwright);
    }

    [Fact]
    public async Task T1_APostedEventAppearsAsAMarkerAndMovesTheAgencyCounterWithinTwoSeconds()
    {
        var page = await OpenWallAsync();
        var canvas = page.Locator(".wall-map__canvas");
        var markers = int.Parse((await canvas.GetAttributeAsync("data-markers"))!, CultureInfo.InvariantCulture);
        var overdue = await NumberAsync(page, ".wall-board__agency[data-agency=kh-pc] .wall-board__overdue");

        // Received and routed eight days ago, never accepted: the acceptance step (1 working day, 000 Điều 7.1.a) is overdue.
        var (_, events) = wall.NewCase(DateTimeOffset.UtcNow.AddDays(-8), "kh-pc");
        await wall.PostAsync(events);

        await Assertions.Expect(canvas).ToHaveAttributeAsync("data-markers", (markers + 1).ToString(CultureInfo.InvariantCulture), new() { Timeout = 2_000 });
        await Assertions.Expect(page.Locator(".wall-board__agency[data-agency=kh-pc] .wall-board__overdue"))
            .ToHaveTextAsync((overdue + 1).ToString("N0", Vietnamese), new() { Timeout = 2_000 });
        Assert.DoesNotContain(LiveWall.ReporterName, await page.Locator("body").InnerTextAsync());
    }

    [Fact]
    public async Task T2_AnEmergencyRaisesTheBannerAndItsAcknowledgementClearsIt()
    {
        var page = await OpenWallAsync();
        var (first, firstEvents) = wall.NewCase(DateTimeOffset.UtcNow.AddMinutes(-4), "kh-pc", emergency: "fire");
        var (second, secondEvents) = wall.NewCase(DateTimeOffset.UtcNow.AddMinutes(-1), "kh-pc", emergency: "accident");

        await wall.PostAsync([.. firstEvents, .. secondEvents]);

        // The oldest first, the other queued under it with its own countdown.
        var banner = page.Locator(".wall-emergency");
        await Assertions.Expect(banner).ToHaveAttributeAsync("data-case", first, new() { Timeout = 5_000 });
        await Assertions.Expect(page.Locator(".wall-emergency__item")).ToHaveAttributeAsync("data-case", second);
        Assert.Equal("Hỏa hoạn", await page.Locator(".wall-emergency__category").InnerTextAsync());
        Assert.Matches(@"^\d\d:\d\d:\d\d$", await page.Locator(".wall-emergency__time").InnerTextAsync());
        Assert.Equal(2, await page.Locator(".wall-marker--emergency").CountAsync());

        // The console's acknowledgement, posted as it will send it.
        await wall.PostAsync([LiveWall.Acknowledgement(first, 1)]);
        await Assertions.Expect(banner).ToHaveAttributeAsync("data-case", second, new() { Timeout = 5_000 });
        await Assertions.Expect(page.Locator(".wall-emergency__item")).ToHaveCountAsync(0);

        await wall.PostAsync([LiveWall.Acknowledgement(second, 1)]);
        await Assertions.Expect(banner).ToHaveCountAsync(0, new() { Timeout = 5_000 });
        // Acknowledged, still open: the stars stay on the map.
        Assert.True(await page.Locator(".wall-marker--emergency").CountAsync() >= 2);
    }

    [Fact]
    public async Task T3_TheWallsTotalsEqualTheStoresAndItShowsNoConfidentialCaseNorPersonalData()
    {
        var page = await OpenWallAsync();
        await page.WaitForTimeoutAsync(1_500); // the last posts of earlier tests settle in the store and on the wall

        var (open, overdue, shown) = await wall.StoreCountsAsync();
        await Assertions.Expect(page.Locator("[data-kpi=open] .wall-kpi__value")).ToHaveTextAsync(open.ToString("N0", Vietnamese));
        await Assertions.Expect(page.Locator("[data-kpi=overdue] .wall-kpi__value")).ToHaveTextAsync(overdue.ToString("N0", Vietnamese));
        await Assertions.Expect(page.Locator(".wall-board__total .wall-board__open")).ToHaveTextAsync(open.ToString("N0", Vietnamese));
        // Numbers count every case (so no screen contradicts another); the map shows only the publishable ones.
        await Assertions.Expect(page.Locator(".wall-map__canvas")).ToHaveAttributeAsync("data-markers", shown.ToString(CultureInfo.InvariantCulture));
        Assert.True(open > shown);

        var text = await page.Locator("body").InnerTextAsync();
        Assert.DoesNotContain(wall.ConfidentialCode, text);
        Assert.DoesNotContain(wall.SecretCode, text);
        Assert.DoesNotContain(LiveWall.ReporterName, text);
        Assert.DoesNotContain("0912345678", await page.ContentAsync());
    }

    [Fact]
    public async Task T4_AKioskTokenSignsADisplayInAndRevokingItEndsTheSession()
    {
        await using var adminContext = await browser!.NewContextAsync(new() { ViewportSize = new() { Width = 1600, Height = 900 }, Locale = "vi-VN" });
        var admin = await adminContext.NewPageAsync();
        await SignInAsync(admin, "admin", "/admin/kiosk");
        var url = await CreateDisplayAsync(admin, "Màn hình phòng điều hành");
        Assert.StartsWith($"{wall.Dashboard.BaseUrl}/kiosk/", url);

        // A fresh browser with no account: the token alone opens the wall, with the display's name.
        await using var displayContext = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1920, Height = 1080 }, Locale = "vi-VN" });
        var display = await displayContext.NewPageAsync();
        await display.GotoAsync(url!);
        await display.WaitForURLAsync($"{wall.Dashboard.BaseUrl}/wall");
        await Assertions.Expect(display.Locator(".wall")).ToHaveAttributeAsync("data-display", "Màn hình phòng điều hành");
        await Assertions.Expect(display.Locator(".wall-map__canvas")).ToHaveAttributeAsync("data-boundary", "ok", new() { Timeout = 20_000 });

        // Its heartbeat reaches the admin page (every 15 s).
        await admin.WaitForTimeoutAsync(16_000);
        await admin.ReloadAsync();
        var row = admin.Locator("tr[data-active=true]", new() { HasText = "Màn hình phòng điều hành" });
        await Assertions.Expect(row.Locator("[data-cell=connection]")).ToHaveTextAsync("Trực tuyến");
        await admin.WaitForTimeoutAsync(500);
        await admin.ScreenshotAsync(new() { Path = Screenshot("kiosk-admin.png") });

        await row.Locator("[data-action=revoke]").ClickAsync();
        // The open wall leaves by itself at its next heartbeat, to the "session ended" page, never the login form.
        await display.WaitForURLAsync($"{wall.Dashboard.BaseUrl}/kiosk/ended", new() { Timeout = 25_000 });
        Assert.Equal(0, await display.Locator("input[type=password]").CountAsync());
        // The ended page removed the display's cookie: the wall stays closed to it until it gets a new token.
        await display.GotoAsync($"{wall.Dashboard.BaseUrl}/wall");
        Assert.DoesNotMatch(@"/wall$", display.Url);
        Assert.Equal(0, await display.Locator(".wall").CountAsync());
    }

    [Fact]
    public async Task T5_APlaylistDisplayRotatesItsPanelsFullScreen()
    {
        await using var adminContext = await browser!.NewContextAsync(new() { Locale = "vi-VN" });
        var admin = await adminContext.NewPageAsync();
        await SignInAsync(admin, "admin", "/admin/kiosk");
        var url = await CreateDisplayAsync(admin, "Sảnh tiếp dân");
        // The form's multi-select is MudBlazor's; the settings are set in the store as the form would save them.
        await using (var db = new SqliteConnection(wall.Dashboard.ConnectionString))
        {
            await db.OpenAsync();
            var command = db.CreateCommand();
            command.CommandText = "UPDATE kiosk_displays SET mode = 'playlist', panels = 'agencies,kpis,map', rotate_seconds = 5 WHERE name = 'Sảnh tiếp dân'";
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1920, Height = 1080 }, Locale = "vi-VN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(url!);
        var shell = page.Locator(".wall.wall--panel");
        await Assertions.Expect(shell).ToHaveAttributeAsync("data-panel", "agencies", new() { Timeout = 10_000 });
        await page.EvaluateAsync("() => document.fonts.ready");
        await page.ScreenshotAsync(new() { Path = Screenshot("wall-playlist-agencies-1080p.png") });
        await Assertions.Expect(shell).ToHaveAttributeAsync("data-panel", "kpis", new() { Timeout = 8_000 });
        await page.WaitForTimeoutAsync(1_600);
        await page.ScreenshotAsync(new() { Path = Screenshot("wall-playlist-kpis-1080p.png") });
        await Assertions.Expect(shell).ToHaveAttributeAsync("data-panel", "map", new() { Timeout = 8_000 });
        Assert.True(await page.Locator(".wall-map").IsVisibleAsync());
        Assert.False(await page.Locator(".wall-kpis").IsVisibleAsync());
    }

    [Fact]
    public async Task T6_AfterAServerRestartTheWallRecoversByItselfWithTheStoresNumbers()
    {
        var page = await OpenWallAsync();
        var (open, _, shown) = await wall.StoreCountsAsync();
        await Assertions.Expect(page.Locator("[data-kpi=open] .wall-kpi__value")).ToHaveTextAsync(open.ToString("N0", Vietnamese));
        // A mark in the page's memory: gone after the page reloaded itself.
        await page.EvaluateAsync("() => window.beforeRestart = true");

        var restart = wall.Dashboard.RestartAsync(TimeSpan.FromSeconds(8));
        var cut = DateTime.UtcNow;
        // Within 5 s of the cut the header says the data is stale, and since when.
        await Assertions.Expect(page.Locator(".wall-watchdog")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"\d\d:\d\d:\d\d"), new() { Timeout = 5_000 });
        output.WriteLine($"stale shown {(DateTime.UtcNow - cut).TotalSeconds:0.0} s after the cut");
        await restart;

        // No click: the circuit is rejected by the new process, the page reloads and rebuilds from a fresh snapshot.
        await page.WaitForFunctionAsync("() => window.beforeRestart === undefined && document.querySelector('.wall-map__canvas')?.dataset.boundary === 'ok'", null, new() { Timeout = 60_000 });
        Assert.Equal($"{wall.Dashboard.BaseUrl}/wall", page.Url);
        await Assertions.Expect(page.Locator("[data-kpi=open] .wall-kpi__value")).ToHaveTextAsync(open.ToString("N0", Vietnamese), new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator(".wall-map__canvas")).ToHaveAttributeAsync("data-markers", shown.ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(page.Locator(".wall-watchdog")).ToBeEmptyAsync();
        await Assertions.Expect(page.Locator(".wall-connection")).ToHaveAttributeAsync("data-state", "live");

        // And it is live again: a new case still arrives.
        var (_, events) = wall.NewCase(DateTimeOffset.UtcNow.AddMinutes(-3), "kh-sxd");
        await wall.PostAsync(events);
        await Assertions.Expect(page.Locator(".wall-map__canvas")).ToHaveAttributeAsync("data-markers", (shown + 1).ToString(CultureInfo.InvariantCulture), new() { Timeout = 5_000 });
    }

    private async Task<IPage> OpenWallAsync()
    {
        var context = await browser!.NewContextAsync(new() { ViewportSize = new() { Width = 1920, Height = 1080 }, Locale = "vi-VN" });
        var page = await context.NewPageAsync();
        page.Console += (_, message) => output.WriteLine($"browser {message.Type}: {message.Text}");
        page.PageError += (_, e) => output.WriteLine($"page error: {e}");
        await SignInAsync(page, "wall", "/wall");
        await Assertions.Expect(page.Locator(".wall-map__canvas")).ToHaveAttributeAsync("data-boundary", "ok", new() { Timeout = 20_000 });
        await page.WaitForFunctionAsync("() => +document.querySelector('.wall-map__canvas').dataset.markers > 0", null, new() { Timeout = 10_000 });
        return page;
    }

    private async Task SignInAsync(IPage page, string role, string path)
    {
        var (email, password) = wall.Dashboard.Account(role);
        await page.GotoAsync($"{wall.Dashboard.BaseUrl}/");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync($"{wall.Dashboard.BaseUrl}/");
        await page.GotoAsync($"{wall.Dashboard.BaseUrl}{path}");
    }

    /// <summary>Creates a display on the admin page and returns the URL shown once; retried while the page is still prerendered.</summary>
    private static async Task<string> CreateDisplayAsync(IPage admin, string name)
    {
        for (var attempt = 0; ; attempt++)
        {
            await admin.FillAsync("input[data-field=name], [data-field=name] input", name);
            await admin.ClickAsync("[data-action=create]");
            try
            {
                await admin.Locator(".kiosk-url").WaitForAsync(new() { Timeout = 5_000 });
                return (await admin.Locator(".kiosk-url").GetAttributeAsync("data-url"))!;
            }
            catch (TimeoutException) when (attempt < 4)
            {
                // The click came before the circuit was interactive: try again.
            }
        }
    }

    private static async Task<int> NumberAsync(IPage page, string selector) =>
        await page.Locator(selector).CountAsync() == 0 ? 0 : int.Parse(await page.Locator(selector).InnerTextAsync(), NumberStyles.AllowThousands, Vietnamese);

    private static string Screenshot(string name) => Path.Combine(DashboardProcess.RepositoryRoot, "docs", "screenshots", name);

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
    }
}

/// <summary>Runs a class's tests in the order of their names (T1_, T2_…): the restart test must come last.</summary>
public sealed class ByName : Xunit.Sdk.ITestCaseOrderer
{
    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases) where TTestCase : Xunit.Abstractions.ITestCase =>
        testCases.OrderBy(t => t.TestMethod.Method.Name, StringComparer.Ordinal);
}
