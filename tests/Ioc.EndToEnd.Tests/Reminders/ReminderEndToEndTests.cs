using System.Diagnostics;
using System.Net.Http.Json;
using Ioc.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Ioc.EndToEnd.Tests.Reminders;

/// <summary>
/// A supervisor chases a late agency for real: signs in, drills from the board to the overdue case, sends a reminder
/// by SMS and e-mail; the e-mail reaches aiosmtpd, the SMS request the local HTTP gateway, and the case timeline and
/// its delivery history show it. The agency user sees only its own agency's cases.
/// </summary>
public sealed class ReminderEndToEndTests : IAsyncLifetime
{
    private readonly LocalGateways gateways = new();
    private readonly DashboardProcess dashboard = new();
    private IPlaywright? playwright;
    private IBrowser? browser;

    public async Task InitializeAsync()
    {
        await gateways.StartAsync();
        foreach (var (key, value) in gateways.Settings)
            dashboard.Environment[key] = value;
        await dashboard.InitializeAsync();
        playwright = await Playwright.CreateAsync();
        browser = await HeadlessChromium.LaunchAsync(playwright);
    }

    [Fact]
    public async Task ASupervisorRemindsALateAgencyAndTheMessagesReallyGoOut()
    {
        var key = await ProducerKeyAsync();
        // The console works on one province (Khánh Hòa here); the demo agency account is put in one of its departments,
        // as an administrator would assign it (the bootstrapper picks the first department of any province).
        const string agencyOfDemoUser = "kh-snnmt";
        await AssignDemoAgencyAsync(agencyOfDemoUser);
        var received = DateTimeOffset.UtcNow.AddDays(-20).ToOffset(TimeSpan.FromHours(7));
        // Khánh Hòa: routed to the construction department 20 days ago and never accepted: overdue (000 Phụ lục II).
        await PostCaseAsync(key, "E2E-KH-1", "khanh-hoa", "kh-nha-trang", "infrastructure", "kh-sxd", received);
        // The demo agency user's own case, at another department, overdue the same way.
        await PostCaseAsync(key, "E2E-KH-2", "khanh-hoa", "kh-nha-trang", "environment", agencyOfDemoUser, received);
        await WaitForOverdueAsync("E2E-KH-1", "E2E-KH-2");

        await using var context = await browser!.NewContextAsync(new() { ViewportSize = new() { Width = 1440, Height = 900 }, Locale = "vi-VN" });
        var page = await context.NewPageAsync();
        await SignInAsync(page, "supervisor");

        // Board → the agency's overdue cases → the case.
        await page.GotoAsync($"{dashboard.BaseUrl}/console");
        var row = page.Locator("tr", new() { Has = page.Locator("a[href*='agency=kh-sxd']") }).First;
        await row.Locator("td.overdue a").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/console/cases") && url.Contains("agency=kh-sxd"));
        await page.Locator("a", new() { HasText = "E2E-KH-1" }).ClickAsync();
        await page.WaitForURLAsync($"{dashboard.BaseUrl}/console/cases/E2E-KH-1");

        var dialog = page.Locator(".reminder-dialog");
        await OpenDialogAsync(page);
        try
        {
            await Assertions.Expect(dialog.Locator(".reminder-preview")).ToHaveCountAsync(2);
        }
        catch
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "ioc-e2e-reminder-failure.png") });
            throw;
        }
        await Assertions.Expect(dialog.Locator(".reminder-preview-body").First).ToContainTextAsync("E2E-KH-1");
        await page.ScreenshotAsync(new() { Path = Path.Combine(DashboardProcess.RepositoryRoot, "docs", "screenshots", "console-reminder-dialog.png") });
        await dialog.Locator(".reminder-send").ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);

        // The SMS request reached the gateway and the e-mail the SMTP server, both naming the case.
        await Eventually(() => gateways.SmsRequests.Any(r => r["text"]!.GetValue<string>().Contains("E2E-KH-1")), "SMS at the gateway");
        var sms = gateways.SmsRequests.Single(r => r["text"]!.GetValue<string>().Contains("E2E-KH-1"));
        var sxd = await AgencyAsync("kh-sxd");
        Assert.Equal(sxd.FocalOfficer.Phone, sms["to"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(sms["idempotencyKey"]!.GetValue<string>()));
        await Eventually(() => gateways.Mails().Any(m => m.Subject?.Contains("E2E-KH-1") == true), "e-mail at aiosmtpd");
        var mail = gateways.Mails().Single(m => m.Subject?.Contains("E2E-KH-1") == true);
        Assert.Equal(sxd.FocalOfficer.Email, mail.To.Mailboxes.Single().Address);
        Assert.Contains("quá hạn", mail.TextBody);

        // The case page: the timeline has the ioc.reminder-sent annotation, the history the delivery proof.
        await Assertions.Expect(page.Locator("li.timeline-entry[data-type='ioc.reminder-sent']")).ToHaveCountAsync(2, new() { Timeout = 15000 });
        await Assertions.Expect(page.Locator(".reminder-history .delivery[data-status='Sent']")).ToHaveCountAsync(2, new() { Timeout = 15000 });
        await page.Locator(".reminder-history").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(DashboardProcess.RepositoryRoot, "docs", "screenshots", "console-reminder-history.png") });

        // A second reminder within the window is held back until forced with a reason.
        await OpenDialogAsync(page);
        await Assertions.Expect(page.Locator(".reminder-dialog .reminder-duplicate")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".reminder-dialog .reminder-send")).ToBeDisabledAsync();
        await page.Locator(".reminder-dialog .reminder-cancel").ClickAsync();

        // The agency user sees its own agency's case and not the other agency's.
        await using var agencyContext = await browser!.NewContextAsync(new() { ViewportSize = new() { Width = 1440, Height = 900 }, Locale = "vi-VN" });
        var agencyPage = await agencyContext.NewPageAsync();
        await SignInAsync(agencyPage, "agency");
        await agencyPage.GotoAsync($"{dashboard.BaseUrl}/console/cases?state=all");
        await Assertions.Expect(agencyPage.Locator("td.case-code", new() { HasText = "E2E-KH-2" })).ToHaveCountAsync(1);
        await Assertions.Expect(agencyPage.Locator("td.case-code", new() { HasText = "E2E-KH-1" })).ToHaveCountAsync(0);
        await Assertions.Expect(agencyPage.Locator(".reminder-button")).ToHaveCountAsync(0);
        await agencyPage.GotoAsync($"{dashboard.BaseUrl}/console/cases/E2E-KH-1");
        await Assertions.Expect(agencyPage.Locator(".case-not-found")).ToBeVisibleAsync();
    }

    /// <summary>Opens the dialog once the page is interactive (the clock ticks): a click on the prerendered page does nothing.</summary>
    private static async Task OpenDialogAsync(IPage page)
    {
        var clock = page.Locator(".ioc-clock");
        var first = await clock.InnerTextAsync();
        await Assertions.Expect(clock).Not.ToHaveTextAsync(first, new() { Timeout = 10000 });
        // On a loaded machine the first click can still land before the handler is wired: click again, slowly.
        for (var attempt = 1; ; attempt++)
        {
            await page.Locator(".reminder-button.reminder-case").ClickAsync();
            try
            {
                await page.Locator(".reminder-dialog").WaitForAsync(new() { Timeout = 15000 });
                return;
            }
            catch (TimeoutException) when (attempt < 3)
            {
            }
        }
    }

    private async Task SignInAsync(IPage page, string role)
    {
        var (email, password) = dashboard.Account(role);
        await page.GotoAsync($"{dashboard.BaseUrl}/");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync($"{dashboard.BaseUrl}/");
    }

    /// <summary>A producer key made the way an operator makes one: the Hub's create-producer-key command on the same store.</summary>
    private async Task<string> ProducerKeyAsync()
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(DashboardProcess.OutputDirectory, "Ioc.Hub.dll"), "create-producer-key", "e2e-reminders"])
        {
            WorkingDirectory = DashboardProcess.OutputDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ConnectionStrings__Ioc"] = dashboard.ConnectionString;
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, error);
        return output.Trim().Split('\n')[^1].Trim();
    }

    private async Task<Ioc.Data.Agencies.Agency> AgencyAsync(string id)
    {
        await using var db = new SqliteIocDbContext(SqliteIocDbContext.CreateOptions(dashboard.ConnectionString));
        return await db.Agencies.SingleAsync(a => a.Id == id);
    }

    private async Task AssignDemoAgencyAsync(string agencyId)
    {
        await using var db = new SqliteIocDbContext(SqliteIocDbContext.CreateOptions(dashboard.ConnectionString));
        var user = await db.Users.SingleAsync(u => u.UserName == "donvi@ioc.local");
        user.AgencyId = agencyId;
        await db.SaveChangesAsync();
    }

    private async Task PostCaseAsync(string key, string code, string profile, string unit, string field, string agency, DateTimeOffset received)
    {
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Add("X-Api-Key", key);
        var events = new object[]
        {
            new
            {
                type = "case.received", id = Guid.NewGuid(), caseId = code, sequence = 1, occurredAt = received, code, profileId = profile,
                channel = "hotline", fieldCode = field, description = "Đèn đường hẻm 12 không sáng từ ba ngày nay.",
                location = new { latitude = profile == "khanh-hoa" ? 12.2396 : 10.95, longitude = profile == "khanh-hoa" ? 109.1943 : 106.82, adminUnitCode = unit },
            },
            new { type = "case.routed", id = Guid.NewGuid(), caseId = code, sequence = 2, occurredAt = received.AddMinutes(30), leadAgencyId = agency },
        };
        var response = await http.PostAsJsonAsync($"{dashboard.BaseUrl}/api/events", events);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task WaitForOverdueAsync(params string[] codes)
    {
        await Eventually(async () =>
        {
            await using var db = new SqliteIocDbContext(SqliteIocDbContext.CreateOptions(dashboard.ConnectionString));
            return await db.Cases.CountAsync(c => codes.Contains(c.Code) && c.SlaStatus == "Overdue") == codes.Length;
        }, "cases projected as overdue");
    }

    private static Task Eventually(Func<bool> condition, string what) => Eventually(() => Task.FromResult(condition()), what);

    private static async Task Eventually(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting for {what}.");
            await Task.Delay(200);
        }
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
            await browser.DisposeAsync();
        playwright?.Dispose();
        await dashboard.DisposeAsync();
        await gateways.DisposeAsync();
    }
}
