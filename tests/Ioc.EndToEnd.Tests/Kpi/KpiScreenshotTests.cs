using Microsoft.Playwright;

namespace Ioc.EndToEnd.Tests.Kpi;

/// <summary>The real dashboard with the simulator's replayed history (through the projection, so the roll-ups are real).</summary>
public sealed class SimulatedDashboard : IAsyncLifetime
{
    public DashboardProcess Dashboard { get; } = new(
        ("Ioc:Simulator:Enabled", "true"),
        ("Ioc:Simulator:ProfileId", "tay-ninh"),
        ("Ioc:Wall:ProfileId", "tay-ninh"),
        ("Ioc:Simulator:ReplayDays", "60"),
        ("Ioc:Simulator:ReplayCasesPerDay", "120"),
        ("Ioc:Simulator:CasesPerHour", "30"));

    public Task InitializeAsync() => Dashboard.InitializeAsync();

    public Task DisposeAsync() => Dashboard.DisposeAsync();
}

/// <summary>A leader opens /kpi and a printable report in headless Chromium; screenshots go to docs/screenshots.</summary>
public sealed class KpiScreenshotTests(SimulatedDashboard fixture) : IClassFixture<SimulatedDashboard>, IAsyncLifetime
{
    private IPlaywright? playwright;
    private IBrowser? browser;

    public async Task InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        browser = await HeadlessChromium.LaunchAsync(playwright);
    }

    [Fact]
    public async Task ALeaderSeesKpisWithDefinitionsChartsMapDrillLinksAndAPrintableReport()
    {
        var dashboard = fixture.Dashboard;
        await using var context = await browser!.NewContextAsync(new() { ViewportSize = new() { Width = 1440, Height = 900 }, Locale = "vi-VN", AcceptDownloads = true });
        var page = await context.NewPageAsync();
        var (email, password) = dashboard.Account("leader");
        await page.GotoAsync($"{dashboard.BaseUrl}/");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync($"{dashboard.BaseUrl}/");

        // The replay runs at start-up; reload until this month's numbers are in.
        var received = page.Locator("[data-kpi=Received] .kpi-tile__value");
        for (var attempt = 0; ; attempt++)
        {
            await page.GotoAsync($"{dashboard.BaseUrl}/kpi");
            await Assertions.Expect(page.Locator(".kpi-page[data-loaded=true]")).ToBeVisibleAsync(new() { Timeout = 30_000 });
            if (await received.InnerTextAsync() is not ("0" or "—") || attempt == 20)
            {
                break;
            }
            await Task.Delay(3000);
        }
        Assert.Matches(@"^[\d.]+$", await received.InnerTextAsync());
        Assert.Equal(14, await page.Locator(".kpi-tile").CountAsync());
        Assert.Matches(@"^/console/cases\?state=received&from=\d{4}-\d{2}-01&to=\d{4}-\d{2}-\d{2}$", await page.Locator("[data-kpi=Received] a.kpi-tile__value").GetAttributeAsync("href"));
        await Assertions.Expect(page.Locator(".ioc-apex-chart .apexcharts-svg").First).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator(".kpi-map[data-units]")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        Assert.True(await page.Locator(".kpi-table[data-dimension=Agency] tbody tr").CountAsync() > 3);

        await page.Locator("[data-kpi=OnTimeRate] .kpi-tile__info").ClickAsync();
        // Every tile has its popover in the page; only the clicked one is open.
        var definition = page.Locator(".kpi-definition.mud-popover-open");
        await Assertions.Expect(definition).ToContainTextAsync("không muộn hơn hạn của phản ánh");
        await definition.Locator("button").ClickAsync();
        await Assertions.Expect(definition).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Screenshot("kpi.png"), FullPage = true });

        // Tây Ninh's reporting month ends on the 20th (003 Điều 13.7, the profile's cut-off).
        await page.Locator(".kpi-period__kind").ClickAsync();
        await page.GetByText("Kỳ báo cáo (chốt ngày 20)").ClickAsync();
        await Assertions.Expect(page.Locator(".kpi-period__span")).ToHaveTextAsync(ReportingSpan());

        var today = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await page.GotoAsync($"{dashboard.BaseUrl}/kpi/reports/monthly/{today}");
        await Assertions.Expect(page.Locator(".report-print .report-table").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator(".report-print h1")).ToContainTextAsync("Báo cáo tháng");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await page.Locator(".mud-appbar").IsVisibleAsync(), "the print style hides the application bar");
        await page.ScreenshotAsync(new() { Path = Screenshot("report.png"), FullPage = false });
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        var xlsx = await context.APIRequest.GetAsync($"{dashboard.BaseUrl}/kpi/reports/download/monthly/{today}.xlsx");
        Assert.Equal(200, xlsx.Status);
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString((await xlsx.BodyAsync())[..2]));
        var bad = await context.APIRequest.GetAsync($"{dashboard.BaseUrl}/kpi/reports/download/weekly/{today}.xlsx");
        Assert.Equal(400, bad.Status);
    }

    private static string ReportingSpan()
    {
        var day = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).DateTime);
        var end = day.Day <= 20 ? new DateOnly(day.Year, day.Month, 20) : new DateOnly(day.Year, day.Month, 1).AddMonths(1).AddDays(19);
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        return $"{end.AddMonths(-1).AddDays(1).ToString("dd/MM/yyyy", invariant)} – {end.ToString("dd/MM/yyyy", invariant)}";
    }

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
