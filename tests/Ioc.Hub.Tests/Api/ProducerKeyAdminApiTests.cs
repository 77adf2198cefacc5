using System.Net;
using System.Net.Http.Json;
using Ioc.Hub.Producers;

namespace Ioc.Hub.Tests.Api;

/// <summary>
/// On the Hub host nobody signs in, so the admin endpoints only ever refuse: a producer key, whatever its scopes, is
/// no administrator. The admitted path (an admin signed in to the dashboard) is tested in Ioc.Dashboard.Tests.
/// </summary>
public sealed class ProducerKeyAdminApiTests(IngestApiFactory factory) : IClassFixture<IngestApiFactory>
{
    public static TheoryData<string, string> Endpoints => new()
    {
        { "GET", "/api/admin/producer-keys" },
        { "POST", "/api/admin/producer-keys" },
        { "GET", $"/api/admin/producer-keys/{Guid.Empty}" },
        { "DELETE", $"/api/admin/producer-keys/{Guid.Empty}" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task AnAnonymousCallerIsUnauthorized(string method, string path)
    {
        var response = await factory.ClientWith(null).SendAsync(Request(method, path));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task AProducerKeyWithEveryScopeIsStillForbidden(string method, string path)
    {
        var key = await factory.CreateKeyAsync($"admin.probe.{method}".ToLowerInvariant(), ProducerScopes.Ingest, ProducerScopes.Ioc);
        var before = (await factory.Keys.ListAsync()).Count;

        var response = await factory.ClientWith(key).SendAsync(Request(method, path));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, (await factory.Keys.ListAsync()).Count);
    }

    private static HttpRequestMessage Request(string method, string path) => new(new HttpMethod(method), path)
    {
        Content = method == "POST" ? JsonContent.Create(new { producerName = "sneaky", scopes = new[] { "ingest", "ioc" } }) : null,
    };
}
