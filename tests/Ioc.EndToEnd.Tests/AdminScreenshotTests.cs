using Microsoft.Playwright;

namespace Ioc.EndToEnd.Tests;

/// <summary>
/// The administrator walks through every admin page of the real app in headless Chromium: each renders, fits a laptop
/// screen without horizontal scrolling, and is kept as docs/screenshots/admin-*.png. On the way, a holiday and an
/// account are added through the forms, as an administrator would.
/// </summary>
public sealed class AdminScreenshotTests(DashboardProcess dashboard) : IClassFixture<DashboardProcess>, IAsyncLifetime
{
    private IPlaywright? playwright;
    private IBrowser? browser;

    public async Task InitializeAsync()
    {
        // The machine is shared and slow at times: a form's round trip through the circuit may take a few seconds.
        Assertions.SetDefaultExpectTimeout(15_000);
        playwright = await Playwright.CreateAsync();
        browser = await HeadlessChromium.LaunchAsync(playwright);
    }

    [Fact]
    public async Task EveryAdminPageRendersFitsTheScreenAndIsKept()
    {
        await using var context = await browser!.NewContextAsync(new() { ViewportSize = new() { Width = 1366, Height = 900 }, Locale = "vi-VN" });
        var page = await context.NewPageAsync();
        var (email, password) = dashboard.Account("admin");
        await page.GotoAsync($"{dashboard.BaseUrl}/account/login");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync($"{dashboard.BaseUrl}/");

        await OpenAsync(page, "admin", ".ioc-admin-index");
        Assert.Equal(9, await page.Locator(".ioc-admin-card").CountAsync());
        await KeepAsync(page, "admin-index.png");

        await OpenAsync(page, "admin/users", ".ioc-users");
        await TypeAsync(page, ".ioc-user-name input", "nguyen.van.an");
        await TypeAsync(page, ".ioc-display-name input", "Nguyễn Văn An");
        await TypeAsync(page, ".ioc-email input", "nguyen.van.an@khanhhoa.gov.vn");
        await page.ClickAsync(".ioc-create");
        await Assertions.Expect(page.Locator(".ioc-one-time .ioc-secret")).ToBeVisibleAsync();
        await KeepAsync(page, "admin-users.png");

        await OpenAsync(page, "admin/agencies", ".ioc-agencies");
        await page.Locator(".ioc-agency-row .ioc-edit").First.ClickAsync();
        await Assertions.Expect(page.Locator(".ioc-agency-editor")).ToBeVisibleAsync();
        await TypeAsync(page, ".ioc-contact-leader .ioc-phone input", "12345");
        await page.ClickAsync(".ioc-agency-editor .ioc-save");
        await Assertions.Expect(page.Locator(".ioc-contact-leader")).ToContainTextAsync("Số điện thoại không đúng dạng Việt Nam");
        await KeepAsync(page, "admin-agencies.png");

        await OpenAsync(page, "admin/producer-keys", ".ioc-keys");
        await TypeAsync(page, ".ioc-producer-name input", "pakn.khanhhoa.gov.vn");
        await page.ClickAsync(".ioc-create");
        await Assertions.Expect(page.Locator(".ioc-one-time .ioc-secret")).ToContainTextAsync("ioc_");
        await KeepAsync(page, "admin-producer-keys.png");

        await OpenAsync(page, "admin/calendar", ".ioc-calendar-days");
        var year = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh")).Year;
        var date = LastWeekdayOf(year);
        await TypeAsync(page, ".ioc-first input", date.ToString("dd/MM/yyyy"));
        await TypeAsync(page, ".ioc-holiday-name input", "Nghỉ bù (ví dụ)");
        await page.ClickAsync(".ioc-add-holiday-button");
        await Assertions.Expect(page.Locator($"tr[data-date='{date:yyyy-MM-dd}']")).ToContainTextAsync("Nghỉ bù (ví dụ)");
        await TypeAsync(page, ".ioc-makeup-date input", date.ToString("dd/MM/yyyy"));
        await TypeAsync(page, ".ioc-makeup-name input", "<script>alert(1)</script>");
        await page.ClickAsync(".ioc-add-makeup-button");
        await Assertions.Expect(page.Locator(".ioc-add-makeup")).ToContainTextAsync("Tên không được chứa ký tự");
        await KeepAsync(page, "admin-calendar.png");

        await OpenAsync(page, "admin/profiles", ".ioc-profile-rules");
        Assert.Equal(5, await page.Locator(".ioc-valid").CountAsync());
        await KeepAsync(page, "admin-profiles.png");

        await OpenAsync(page, "admin/audit", ".ioc-audit");
        await Assertions.Expect(page.Locator(".ioc-audit")).ToContainTextAsync("calendar.add-holiday");
        await KeepAsync(page, "admin-audit.png");
    }

    private async Task OpenAsync(IPage page, string path, string ready)
    {
        await page.GotoAsync($"{dashboard.BaseUrl}/{path}");
        await Assertions.Expect(page.Locator(ready).First).ToBeVisibleAsync();
        // Interactive once the clock ticks: the circuit is up and handles the forms.
        var clock = page.Locator(".ioc-clock");
        var first = await clock.InnerTextAsync();
        await Assertions.Expect(clock).Not.ToHaveTextAsync(first, new() { Timeout = 5000 });
    }

    /// <summary>MudBlazor text fields take their value on change: type, then leave the field.</summary>
    private static async Task TypeAsync(IPage page, string selector, string text)
    {
        await page.FillAsync(selector, text);
        await page.PressAsync(selector, "Tab");
    }

    private static async Task KeepAsync(IPage page, string file)
    {
        // A laptop screen must not need horizontal scrolling on any admin page.
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{file}: the page is {overflow}px wider than the screen");
        await page.ScreenshotAsync(new() { Path = Path.Combine(DashboardProcess.RepositoryRoot, "docs", "screenshots", file) });
    }

    /// <summary>The last Monday–Friday of the year that no shipped schedule takes off (31/12 is never a holiday).</summary>
    private static DateOnly LastWeekdayOf(int year)
    {
        var date = new DateOnly(year, 12, 31);
        while (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            date = date.AddDays(-1);
        return date;
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
            await browser.DisposeAsync();
        playwright?.Dispose();
    }
}
