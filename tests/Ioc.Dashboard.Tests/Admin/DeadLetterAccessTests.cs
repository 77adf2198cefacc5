using System.Net;
using Ioc.Dashboard.Security;
using Ioc.Dashboard.Tests.Security;

namespace Ioc.Dashboard.Tests.Admin;

/// <summary>
/// In the embedded dashboard the dead-letter API and page sit behind the real cookie sign-in: an administrator gets
/// them, any other role a 403 on the API and the access-denied page, an anonymous caller a 401 (never a redirect) on the API.
/// </summary>
public sealed class DeadLetterAccessTests(DevelopmentDashboard factory) : IClassFixture<DevelopmentDashboard>
{
    private const string Password = "Kiem-tra-2026-Thu-loi";

    [Fact]
    public async Task AnAdministratorReadsTheApiAndOpensThePage()
    {
        var admin = await SignedInAsync("quantri-thuloi@ioc.local", IocRoles.Admin);

        var api = await admin.GetAsync("/api/admin/dead-letters");
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Contains("\"items\":", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var bad = await admin.PostAsync("/api/admin/dead-letters/khong-phai-ma/replay", null);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        var page = await admin.GetAsync("/admin/dead-letters");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Bản tin lỗi", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(IocRoles.Supervisor)]
    [InlineData(IocRoles.Leader)]
    [InlineData(IocRoles.Wall)]
    public async Task OtherRolesAreRefused(string role)
    {
        var user = await SignedInAsync($"thuloi-{role}@ioc.local", role);

        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/api/admin/dead-letters")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.DeleteAsync("/api/admin/dead-letters/1-0?reason=x")).StatusCode);
        var page = await user.GetAsync("/admin/dead-letters");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/account/access-denied", page.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task AnAnonymousApiCallerGets401()
    {
        var anonymous = factory.CreateBrowser();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/admin/dead-letters")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/admin/dead-letters/1-0/replay", null)).StatusCode);
    }

    private async Task<HttpClient> SignedInAsync(string email, string role)
    {
        await factory.CreateUserAsync(email, Password, role);
        var browser = factory.CreateBrowser();
        await SignInForm.PostAsync(browser, email, Password);
        return browser;
    }
}
