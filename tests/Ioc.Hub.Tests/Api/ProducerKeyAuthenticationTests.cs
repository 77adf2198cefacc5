using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Ioc.Data;
using Ioc.Hub.Producers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Ioc.Hub.Tests.Api.IngestEvents;

namespace Ioc.Hub.Tests.Api;

/// <summary>Who may post events: the key, its revocation, its scopes (docs/ingest.md, "Keys").</summary>
public sealed class ProducerKeyAuthenticationTests(IngestApiFactory factory) : IClassFixture<IngestApiFactory>
{
    [Fact]
    public async Task ARequestWithoutAKeyIsUnauthorizedWithProblemDetails()
    {
        var response = await factory.ClientWith(null).PostAsync("/api/events", Body(Received()));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("ApiKey", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Contains("X-Api-Key", (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!);
    }

    [Fact]
    public async Task AnUnknownKeyIsUnauthorized()
    {
        var before = await factory.StreamLengthAsync();

        var response = await factory.ClientWith(ProducerKeyFormat.NewKey()).PostAsync("/api/events", Body(Received()));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("unknown or has been revoked", (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!);
        Assert.Equal(before, await factory.StreamLengthAsync());
    }

    [Fact]
    public async Task TheKeyMayComeInTheAuthorizationHeader()
    {
        var client = factory.ClientWith(null);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", await factory.CreateKeyAsync("authorization.header"));

        var response = await client.PostAsync("/api/events", Body(Received()));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task ARevokedKeyIsUnauthorizedAtOnceEvenThoughItsLookupWasCached()
    {
        var key = await factory.Keys.CreateAsync("revoked.producer", null, "test");
        var client = factory.ClientWith(key.Key);
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync("/api/events", Body(Received()))).StatusCode);

        await factory.Keys.RevokeAsync(key.Info.Id, "quantri@ioc.local");
        var response = await client.PostAsync("/api/events", Body(Received()));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AKeyWithoutTheIngestScopeIsForbiddenAndNothingIsAppended()
    {
        var client = factory.ClientWith(await factory.CreateKeyAsync("annotations.only", ProducerScopes.Ioc));
        var before = await factory.StreamLengthAsync();

        var response = await client.PostAsync("/api/events", Body(Received()));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("lacks the 'ingest' scope", (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!);
        Assert.Equal(before, await factory.StreamLengthAsync());
    }

    [Fact]
    public async Task AnAnnotationNeedsTheIocScopeAndItsBatchIsRefusedWhole()
    {
        var client = factory.ClientWith(await factory.CreateKeyAsync("pakn.daklak.gov.vn"));
        var caseId = NewCaseId();
        var before = await factory.StreamLengthAsync();

        var response = await client.PostAsync("/api/events", Body(Received(caseId), Note(caseId)));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var detail = (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!;
        Assert.Contains("[1] ioc.note-added", detail);
        Assert.DoesNotContain("[0]", detail);
        Assert.Equal(before, await factory.StreamLengthAsync());
    }

    [Fact]
    public async Task AKeyWithTheIocScopeMaySendAnnotations()
    {
        var client = factory.ClientWith(await factory.CreateKeyAsync("ioc.scheduler.remote", ProducerScopes.Ingest, ProducerScopes.Ioc));
        var note = Note(NewCaseId());

        var response = await client.PostAsync("/api/events", Body(note));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await factory.ReadAsync([IdOf(note)]);
    }

    [Fact]
    public async Task TheKeyIsStoredNowhereOnlyItsHashAndPrefix()
    {
        var created = await factory.Keys.CreateAsync("hash.check", null, "test");

        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<IocDbContext>>().CreateDbContextAsync();
        var row = await db.ProducerApiKeys.SingleAsync(k => k.Id == created.Info.Id);
        Assert.NotEqual(Encoding.UTF8.GetBytes(created.Key), row.KeyHash);
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(created.Key)), row.KeyHash);
        Assert.Equal(created.Key[..8], row.KeyPrefix);
        // Nowhere in the database files either (main file and write-ahead log).
        var connection = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString());
        foreach (var file in new[] { connection.DataSource, connection.DataSource + "-wal" }.Where(File.Exists))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            Assert.Equal(-1, copy.ToArray().AsSpan().IndexOf(Encoding.UTF8.GetBytes(created.Key[8..])));
        }
    }

    [Fact]
    public async Task UsingAKeyRecordsWhenItWasLastUsed()
    {
        var created = await factory.Keys.CreateAsync("last.used", null, "test");
        Assert.Null(created.Info.LastUsedAtUtc);

        await factory.ClientWith(created.Key).PostAsync("/api/events", Body(Received()));

        Assert.NotNull((await factory.Keys.FindAsync(created.Info.Id))!.LastUsedAtUtc);
    }
}
