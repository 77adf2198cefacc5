using System.Net;
using System.Net.Http.Json;
using System.Text;
using Ioc.Dashboard.Security;
using Ioc.Data;
using Ioc.Hub.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ioc.Dashboard.Tests.Security;

/// <summary>Empty, too long and script-laden input on the sign-in form and the reveal API: a clear answer, nothing executed.</summary>
public sealed class BadInputTests(MatrixDashboard app) : IClassFixture<MatrixDashboard>
{
    private const string Script = "<script>alert('x')</script>";

    [Theory]
    [InlineData("", "")]
    [InlineData("   ", "x")]
    [InlineData("khong-co@ioc.local", "")]
    public async Task AnEmptySignInFieldGetsTheUsualMessage(string email, string password)
    {
        var response = await SignInForm.PostAsync(app.CreateBrowser(), email, password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Email hoặc mật khẩu không đúng.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task AVeryLongSignInNameIsRefusedWithoutACrash()
    {
        var response = await SignInForm.PostAsync(app.CreateBrowser(), new string('a', 5000) + "@ioc.local", new string('b', 5000));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Email hoặc mật khẩu không đúng.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task ScriptInTheSignInNameIsEchoedAsTextNeverAsMarkup()
    {
        var response = await SignInForm.PostAsync(app.CreateBrowser(), Script + "@ioc.local", "x");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(Script, html);
        Assert.DoesNotContain("<script>alert", html);
    }

    [Theory]
    [InlineData("""{"reason":""}""")]
    [InlineData("""{"reason":"   "}""")]
    [InlineData("""{"reason":"abc"}""")]
    [InlineData("""{}""")]
    [InlineData("""{"reason":"Gọi\u0007lại ngay"}""")]
    public async Task ABadRevealReasonIsAProblemDetailsAnswerAndRevealsNothing(string body)
    {
        var supervisor = await app.ClientAsync(IocRoles.Supervisor);
        var auditBefore = await RevealAuditCountAsync();

        var response = await supervisor.PostAsync(RevealUrl, new StringContent(body, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"reason\"", text);
        Assert.DoesNotContain("Nguyễn Văn Bình", text);
        Assert.Equal(auditBefore, await RevealAuditCountAsync());
    }

    [Fact]
    public async Task ATooLongRevealReasonIsRefused()
    {
        var supervisor = await app.ClientAsync(IocRoles.Supervisor);

        var response = await supervisor.PostAsJsonAsync(RevealUrl, new { reason = new string('x', ContactReveal.MaxReasonLength + 1) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at most 500", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("{\"reason\": ")]
    [InlineData("not json at all")]
    public async Task AMalformedRevealBodyIsABadRequestNotACrash(string body)
    {
        var supervisor = await app.ClientAsync(IocRoles.Supervisor);

        var response = await supervisor.PostAsync(RevealUrl, new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AScriptInARevealReasonIsStoredAsTextAndAnsweredAsJson()
    {
        var supervisor = await app.ClientAsync(IocRoles.Supervisor);

        var response = await supervisor.PostAsJsonAsync(RevealUrl, new { reason = Script + " gọi lại" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var contact = await response.Content.ReadFromJsonAsync<ReporterContactView>();
        Assert.Equal("Nguyễn Văn Bình", contact!.Name);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<IocDbContext>>().CreateDbContextAsync();
        Assert.Contains(await db.AuditEntries.Where(a => a.Action == ContactReveal.AuditAction).Select(a => a.Reason).ToListAsync(), r => r == Script + " gọi lại");
    }

    private static string RevealUrl => $"/api/cases/{MatrixDashboard.CaseId}/contact/reveal";

    private async Task<int> RevealAuditCountAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<IocDbContext>>().CreateDbContextAsync();
        return await db.AuditEntries.CountAsync(a => a.Action == ContactReveal.AuditAction);
    }
}
