using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Ioc.EndToEnd.Tests.Console;

/// <summary>The real dashboard with the simulator on (a short replay, then live cases), so every case went through the real pipeline.</summary>
public sealed class SimulatedDashboard : IAsyncLifetime
{
    public DashboardProcess Dashboard { get; } = new(
        ("Ioc:Simulator:Enabled", "true"),
        ("Ioc:Simulator:ProfileId", "khanh-hoa"),
        ("Ioc:Simulator:ReplayDays", "8"),
        ("Ioc:Simulator:ReplayCasesPerDay", "120"),
        ("Ioc:Simulator:CasesPerHour", "6000"));

    public Task InitializeAsync() => Dashboard.InitializeAsync();

    public Task DisposeAsync() => Dashboard.DisposeAsync();
}

/// <summary>
/// A supervisor signs in, drills from the agency board to an overdue case, reads its timeline and step deadlines, and
/// acknowledges an emergency, in headless Chromium. Keeps docs/screenshots/console-board.png and console-case.png.
/// </summary>
public sealed class ConsoleEndToEndTests(SimulatedDashboard app, ITestOutputHelper output) : IClassFixture<SimulatedDashboard>, IAsyncLifetime
{
    private IPlaywright? playwright;
    private IBrowser? browser;

    public async Task InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        browser = await HeadlessChromium.LaunchAsync(playwright);
    }

    [Fact]
    public async Task ASupervisorDrillsFromTheBoardToAnOverdueCaseAndAcknowledgesAnEmergency()
    {
        var baseUrl = app.Dashboard.BaseUrl;
        await using var context = await browser!.NewContextAsync(new() { ViewportSize = new() { Width = 1600, Height = 1000 }, Locale = "vi-VN" });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
                errors.Add(m.Text);
        };
        var (email, password) = app.Dashboard.Account("supervisor");
        await page.GotoAsync($"{baseUrl}/");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync($"{baseUrl}/");

        // The board, live: wait until the simulated history has overdue cases and a live emergency waits.
        await page.GotoAsync($"{baseUrl}/console");
        var overdue = page.Locator("tr.agency-row td.overdue.is-late a");
        await Assertions.Expect(overdue.First).ToBeVisibleAsync(new() { Timeout = 120_000 });
        await Assertions.Expect(page.Locator(".emergency-item").First).ToBeVisibleAsync(new() { Timeout = 240_000 });
        await page.EvaluateAsync("() => document.fonts.ready");
        await page.ScreenshotAsync(new() { Path = Screenshot("console-board.png") });

        // Board → agency's overdue cases → one case.
        await overdue.First.ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/console/cases\?agency=[^&]+&state=overdue$"));
        var firstCase = page.Locator("td.case-code a").First;
        await Assertions.Expect(firstCase).ToBeVisibleAsync(new() { Timeout = 20_000 });
        Assert.True(await page.Locator("tr.case-row .status-Overdue").CountAsync() > 0);
        var code = (await firstCase.InnerTextAsync()).Trim();
        await firstCase.ClickAsync();
        await page.WaitForURLAsync($"{baseUrl}/console/cases/{code}");

        await Assertions.Expect(page.Locator("li.timeline-entry").Nth(1)).ToBeVisibleAsync(new() { Timeout = 20_000 });
        Assert.Contains("Tiếp nhận phản ánh", await page.Locator("li.timeline-entry").Last.InnerTextAsync());
        await Assertions.Expect(page.Locator("tr.step-row.step-late").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".case-map .case-map__marker")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        Assert.Matches(@"\d{2}/\d{2}/\d{4} \d{2}:\d{2}", await page.Locator("li.timeline-entry .timeline-at").First.InnerTextAsync());
        await page.EvaluateAsync("() => document.fonts.ready");
        await page.ScreenshotAsync(new() { Path = Screenshot("console-case.png"), FullPage = true });

        // Back on the board: acknowledge the first waiting emergency with a note; it leaves the queue.
        await page.GotoAsync($"{baseUrl}/console");
        // Wait for the circuit: a click on the prerendered page would go nowhere.
        await Assertions.Expect(page.Locator(".console-head[data-live=on]")).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        var item = page.Locator(".emergency-item").First;
        await Assertions.Expect(item).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var emergency = await item.GetAttributeAsync("data-case");
        await item.Locator(".emergency-item__note input").FillAsync("Đã gọi lực lượng PCCC, xe đang đến hiện trường.");
        await item.Locator(".emergency-item__ack").ClickAsync();
        await Assertions.Expect(page.Locator($".emergency-item[data-case='{emergency}']")).ToHaveCountAsync(0, new() { Timeout = 20_000 });

        await page.GotoAsync($"{baseUrl}/console/cases/{emergency}");
        await Assertions.Expect(page.Locator("li.timeline-entry[data-type='ioc.emergency-acknowledged']")).ToContainTextAsync("Đã gọi lực lượng PCCC");
        output.WriteLine(string.Join('\n', errors));
    }

    private static string Screenshot(string name) => Path.Combine(DashboardProcess.RepositoryRoot, "docs", "screenshots", name);

    public async Task DisposeAsync()
    {
        if (browser is not null)
            await browser.DisposeAsync();
        playwright?.Dispose();
    }
}
