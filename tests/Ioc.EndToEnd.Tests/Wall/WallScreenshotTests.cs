using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Ioc.EndToEnd.Tests.Wall;

/// <summary>
/// The wall account opens /wall on a 1080p and a 4K screen in headless Chromium, with simulated traffic: the map
/// shows every publishable open case, the rest of the wall shows real numbers and no personal data, and the page
/// fits the screen. Keeps docs/screenshots/wall-1080p.png and wall-4k.png.
/// </summary>
public sealed class WallScreenshotTests(SeededWall wall, ITestOutputHelper output) : IClassFixture<SeededWall>, IAsyncLifetime
{
    private IPlaywright? playwright;
    private IBrowser? browser;

    public async Task InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        browser = await HeadlessChromium.LaunchAsync(playwright);
    }

    [Theory]
    [InlineData(1920, 1080, "wall-1080p.png")]
    [InlineData(3840, 2160, "wall-4k.png")]
    public async Task TheWallShowsTheSimulatedProvinceWithoutConfidentialCasesNorReportersAndFitsTheScreen(int width, int height, string screenshot)
    {
        await using var context = await browser!.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, Locale = "vi-VN" });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            output.WriteLine($"browser {message.Type}: {message.Text}");
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                output.WriteLine($"browser got {response.Status} for {response.Url}");
            }
        };
        await SignInAsync(page);

        await page.GotoAsync($"{wall.Dashboard.BaseUrl}/wall");

        page.PageError += (_, e) => output.WriteLine($"page error: {e}");
        var canvas = page.Locator(".wall-map__canvas");
        await Assertions.Expect(canvas).ToHaveAttributeAsync("data-boundary", "ok", new() { Timeout = 20_000 });
        await page.WaitForFunctionAsync("() => +document.querySelector('.wall-map__canvas').dataset.markers > 100", null, new() { Timeout = 20_000 });
        Assert.Equal("none", await canvas.GetAttributeAsync("data-tiles"));
        var shown = int.Parse((await canvas.GetAttributeAsync("data-markers"))!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"{shown.ToString("N0", new System.Globalization.CultureInfo("vi-VN"))} điểm", await page.Locator(".wall-map__count").InnerTextAsync());
        // The markers in the first view, alone or in clusters whose numbers count the markers they hold, are all the
        // map holds but the few offshore (Trường Sa is outside the first view; the simulator puts a case there now and then).
        await page.WaitForFunctionAsync(
            "() => { const shown = document.querySelectorAll('.wall-marker').length + [...document.querySelectorAll('.wall-cluster__body')].reduce((s, c) => s + +c.dataset.count, 0); const all = +document.querySelector('.wall-map__canvas').dataset.markers; return shown <= all && shown >= all * 0.97; }",
            null, new() { Timeout = 10_000 });
        Assert.True(await page.Locator(".wall-cluster__body[data-worst=overdue] svg[data-shape=square]").CountAsync() > 0);
        Assert.True(await page.Locator(".wall-board__agency").CountAsync() >= 5);
        Assert.Equal(3, await page.Locator(".wall-satisfaction .wall-level").CountAsync());
        Assert.True(await page.Locator(".wall-ticker__item").CountAsync() > 0);

        var text = await page.Locator("body").InnerTextAsync();
        var (hidden, reporters) = await wall.ForbiddenAsync();
        Assert.NotEmpty(hidden);
        Assert.All(hidden, code => Assert.DoesNotContain(code, text));
        Assert.All(reporters, name => Assert.DoesNotContain(name, text));

        // Nothing scrolls and nothing spills out of the screen.
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollHeight <= innerHeight && document.documentElement.scrollWidth <= innerWidth"));
        Assert.Empty(errors);

        await page.EvaluateAsync("() => document.fonts.ready");
        await page.WaitForTimeoutAsync(800); // cluster and banner animations settle
        await page.ScreenshotAsync(new() { Path = Path.Combine(DashboardProcess.RepositoryRoot, "docs", "screenshots", screenshot) });
    }

    [Fact]
    public async Task TheTimeWindowAndTheLayersChangeTheMapWithoutReloadingIt()
    {
        await using var context = await browser!.NewContextAsync(new() { ViewportSize = new() { Width = 1920, Height = 1080 }, Locale = "vi-VN" });
        var page = await context.NewPageAsync();
        await SignInAsync(page);
        await page.GotoAsync($"{wall.Dashboard.BaseUrl}/wall");
        var canvas = page.Locator(".wall-map__canvas");
        await Assertions.Expect(canvas).ToHaveAttributeAsync("data-boundary", "ok", new() { Timeout = 20_000 });
        await page.WaitForFunctionAsync("() => +document.querySelector('.wall-map__canvas').dataset.markers > 100", null, new() { Timeout = 20_000 });
        var all = int.Parse((await canvas.GetAttributeAsync("data-markers"))!, System.Globalization.CultureInfo.InvariantCulture);
        // A marker element that survives the changes below proves they were applied in place, not by a new map.
        await page.EvaluateAsync("() => document.querySelector('.wall-map__canvas .leaflet-map-pane').dataset.probe = 'kept'");

        await page.ClickAsync("[data-window=LastHour]");
        await page.WaitForFunctionAsync("n => +document.querySelector('.wall-map__canvas').dataset.markers < n", all);
        var lastHour = await canvas.GetAttributeAsync("data-markers");
        Assert.Equal($"{lastHour} điểm", await page.Locator(".wall-map__count").InnerTextAsync());

        await page.ClickAsync("[data-window=AllOpen]");
        await page.ClickAsync("[data-layer=heat]");
        await page.ClickAsync("[data-layer=rates]");
        await page.WaitForFunctionAsync("n => +document.querySelector('.wall-map__canvas').dataset.markers >= n", all);
        await Assertions.Expect(canvas).ToHaveAttributeAsync("data-heat", "true");
        await Assertions.Expect(canvas).ToHaveAttributeAsync("data-rates", "true");
        Assert.Equal(1, await page.Locator("canvas.leaflet-heatmap-layer").CountAsync());
        // One circle per unit with open cases, labelled with its overdue rate.
        await Assertions.Expect(page.Locator(".wall-rate-label").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+(,\d)?%$"));
        Assert.Equal("kept", await page.EvaluateAsync<string>("() => document.querySelector('.wall-map__canvas .leaflet-map-pane').dataset.probe"));

        await page.WaitForTimeoutAsync(800);
        await page.ScreenshotAsync(new() { Path = Path.Combine(DashboardProcess.RepositoryRoot, "docs", "screenshots", "wall-layers-1080p.png") });
    }

    private async Task SignInAsync(IPage page)
    {
        var (email, password) = wall.Dashboard.Account("wall");
        await page.GotoAsync($"{wall.Dashboard.BaseUrl}/");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync($"{wall.Dashboard.BaseUrl}/");
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
    }
}
