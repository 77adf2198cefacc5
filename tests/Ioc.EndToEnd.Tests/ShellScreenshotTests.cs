using Microsoft.Playwright;

namespace Ioc.EndToEnd.Tests;

/// <summary>Signs in as each role in headless Chromium and keeps a screenshot of the shell (docs/screenshots).</summary>
public sealed class ShellScreenshotTests(DashboardProcess dashboard) : IClassFixture<DashboardProcess>, IAsyncLifetime
{
    private IPlaywright? playwright;
    private IBrowser? browser;

    public async Task InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        browser = await HeadlessChromium.LaunchAsync(playwright);
    }

    [Theory]
    [InlineData("wall", "wall")]
    [InlineData("supervisor", "wall console kpi")]
    [InlineData("leader", "wall kpi")]
    [InlineData("agency", "console")]
    [InlineData("admin", "wall console kpi admin")]
    public async Task EachRoleSignsInToTheShellAndSeesItsAreas(string role, string areas)
    {
        var (email, password) = dashboard.Account(role);
        await using var context = await browser!.NewContextAsync(new() { ViewportSize = new() { Width = 1366, Height = 768 }, Locale = "vi-VN" });
        var page = await context.NewPageAsync();

        await page.GotoAsync($"{dashboard.BaseUrl}/");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync($"{dashboard.BaseUrl}/");
        // Interactive once the clock ticks: the circuit is up and pushing renders.
        var clock = page.Locator(".ioc-clock");
        var first = await clock.InnerTextAsync();
        await Assertions.Expect(clock).Not.ToHaveTextAsync(first, new() { Timeout = 5000 });

        var links = await page.Locator("a.mud-nav-link").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('href')).filter(h => h)");
        Assert.Equal(areas.Split(' '), links);
        Assert.Matches(@"^\d{2}/\d{2}/\d{4} \d{2}:\d{2}:\d{2}$", await clock.InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(DashboardProcess.RepositoryRoot, "docs", "screenshots", $"shell-{role}.png") });
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
