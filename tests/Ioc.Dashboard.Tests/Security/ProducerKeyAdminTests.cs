using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Ioc.Dashboard.Security;
using Ioc.Data;
using Ioc.Hub.Producers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ioc.Dashboard.Tests.Security;

/// <summary>
/// The producer-key admin API and the ingest API in the embedded host, behind the dashboard's real sign-in: only an
/// administrator manages keys, and a key it creates works on <c>POST /api/events</c> until it is revoked.
/// </summary>
public sealed class ProducerKeyAdminTests(DevelopmentDashboard factory) : IClassFixture<DevelopmentDashboard>
{
    private const string Password = "Kiem-tra-2026-Mat-khau";
    private const string Keys = "/api/admin/producer-keys";

    [Fact]
    public async Task AnAdministratorCreatesListsAndRevokesAKeyAndEachStepIsAudited()
    {
        var admin = await SignedInAsync("quantri-khoa@ioc.local", IocRoles.Admin);

        var created = await admin.PostAsJsonAsync(Keys, new { producerName = "tongdai1022.khanhhoa", scopes = new[] { "ingest" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = JsonNode.Parse(await created.Content.ReadAsStringAsync())!;
        var id = (string)body["id"]!;
        var key = (string)body["key"]!;
        Assert.Equal($"{Keys}/{id}", created.Headers.Location!.OriginalString);
        Assert.Equal("quantri-khoa@ioc.local", (string)body["createdBy"]!);

        var list = await admin.GetStringAsync(Keys);
        Assert.Contains(key[..8], list);
        Assert.DoesNotContain(key, list);
        Assert.DoesNotContain(key, await admin.GetStringAsync($"{Keys}/{id}"));

        var producer = Producer(key);
        Assert.Equal(HttpStatusCode.Accepted, (await producer.PostAsync("/api/events", Event())).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"{Keys}/{id}?reason=rotated")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await producer.PostAsync("/api/events", Event())).StatusCode);
        Assert.NotNull(JsonNode.Parse(await admin.GetStringAsync($"{Keys}/{id}"))!["revokedAtUtc"]);

        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<IocDbContext>>().CreateDbContextAsync();
        var audit = await db.AuditEntries.Where(a => a.Target == $"producer-key:{id}").OrderBy(a => a.Id).ToListAsync();
        Assert.Equal([ProducerKeys.CreateAction, ProducerKeys.RevokeAction], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal("quantri-khoa@ioc.local", a.UserName));
        Assert.Equal("rotated", audit[1].Reason);
    }

    [Fact]
    public async Task AnInvalidRequestIsExplainedByField()
    {
        var admin = await SignedInAsync("quantri-sai@ioc.local", IocRoles.Admin);

        var response = await admin.PostAsJsonAsync(Keys, new { producerName = "tổng đài", scopes = new[] { "root" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        Assert.Equal(["producerName", "scopes"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(IocRoles.Supervisor)]
    [InlineData(IocRoles.Leader)]
    [InlineData(IocRoles.Wall)]
    public async Task OtherRolesAreForbidden(string role)
    {
        var user = await SignedInAsync($"khong-phai-quantri-{role}@ioc.local", role);

        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync(Keys)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.PostAsJsonAsync(Keys, new { producerName = "sneaky" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.DeleteAsync($"{Keys}/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task AnonymousCallersAndProducerKeysAreUnauthorized()
    {
        var key = (await factory.Services.GetRequiredService<ProducerKeys>().CreateAsync("probe.dashboard", [ProducerScopes.Ingest, ProducerScopes.Ioc], "test")).Key;

        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateBrowser().GetAsync(Keys)).StatusCode);
        // On the dashboard only a signed-in user can be an administrator; a producer key is not looked at.
        Assert.Equal(HttpStatusCode.Unauthorized, (await Producer(key).GetAsync(Keys)).StatusCode);
    }

    private async Task<HttpClient> SignedInAsync(string email, string role)
    {
        await factory.CreateUserAsync(email, Password, role);
        var browser = factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await SignInForm.PostAsync(browser, email, Password)).StatusCode);
        return browser;
    }

    private HttpClient Producer(string key)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(ProducerKeyDefaults.HeaderName, key);
        return client;
    }

    private static StringContent Event()
    {
        var caseId = $"KH-D-{Guid.NewGuid():N}";
        var occurredAt = TimeProvider.System.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).AddMinutes(-5).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        var json = $$$"""
            {"type":"case.received","id":"{{{Guid.CreateVersion7()}}}","caseId":"{{{caseId}}}","sequence":1,"occurredAt":"{{{occurredAt}}}",
             "code":"{{{caseId}}}","profileId":"khanh-hoa","channel":"hotline","fieldCode":"infrastructure",
             "description":"Đèn đường không sáng.","location":{"latitude":12.2396,"longitude":109.1943,"adminUnitCode":"kh-nha-trang"}}
            """;
        return new StringContent(json, Encoding.UTF8, "application/json");
    }
}
