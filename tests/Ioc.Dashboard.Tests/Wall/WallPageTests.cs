using System.Net;
using Ioc.Dashboard.Security;
using Ioc.Dashboard.Tests.Security;
using Ioc.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ioc.Dashboard.Tests.Wall;

/// <summary>/wall in the real dashboard: who may open it, and that its first render already shows the store's numbers.</summary>
public sealed class WallPageTests(DevelopmentDashboard factory) : IClassFixture<DevelopmentDashboard>
{
    private const string Password = "Kiem-tra-2026-Man-hinh";

    [Fact]
    public async Task TheWallAccountSeesTheProvinceAndNoConfidentialCase()
    {
        var open = WallStore.Case("page-open", "Overdue");
        var confidential = WallStore.Case("page-secret", "Overdue");
        confidential.IsConfidential = true;
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<IocDbContext>>().CreateDbContextAsync())
        {
            db.Cases.AddRange(open, confidential);
            await db.SaveChangesAsync();
        }

        var browser = await SignedInAsync("wall-page@ioc.local", IocRoles.Wall);
        var response = await browser.GetAsync("/wall");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Trung tâm IOC · Khánh Hòa", html);
        Assert.Contains("""<div class="wall-kpi wall-kpi--overdue" data-kpi="overdue">""", html);
        // The live wall's shell: the watchdog's box and Blazor's reconnection element the page reloads itself from.
        Assert.Contains("class=\"wall-watchdog\"", html);
        Assert.Contains("id=\"components-reconnect-modal\"", html);
        Assert.DoesNotContain("page-secret", html);
        Assert.DoesNotContain("Nguyễn Văn Bình", html);
        // The wall has its own full-screen layout: no app bar, no drawer (which the other pages have).
        Assert.Contains("class=\"mud-appbar", await browser.GetStringAsync("/"));
        Assert.DoesNotContain("class=\"mud-appbar", html);
        Assert.DoesNotContain("class=\"mud-drawer", html);
    }

    [Fact]
    public async Task AgencyStaffAreSentToAccessDenied()
    {
        var browser = await SignedInAsync("wall-agency@ioc.local", IocRoles.Agency);

        var response = await browser.GetAsync("/wall");

        // The wall shows the whole province; agency staff use the console (IocPolicies.Wall).
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/access-denied", response.Headers.Location!.AbsolutePath);
    }

    private async Task<HttpClient> SignedInAsync(string email, string role)
    {
        await factory.CreateUserAsync(email, Password, role, role == IocRoles.Agency ? "kh-sxd" : null);
        var browser = factory.CreateBrowser();
        await SignInForm.PostAsync(browser, email, Password);
        return browser;
    }
}
