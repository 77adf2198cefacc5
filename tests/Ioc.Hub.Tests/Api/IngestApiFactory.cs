using System.Collections.Concurrent;
using Ioc.Hub.Producers;
using Ioc.Hub.Streaming;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ioc.Hub.Tests.Api;

/// <summary>
/// The Hub host with real storage (SQLite in a temporary file, migrated at start like production) and the in-process
/// stream. The hub's own background services (stream trimming, and the projection once it exists) are left out, so
/// the test is the only reader of the stream and sees every entry the API appended.
/// </summary>
public class IngestApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string databasePath = Path.Combine(Path.GetTempPath(), $"ioc-ingest-{Guid.NewGuid():N}.db");

    /// <summary>Settings of this host on top of the defaults; generous rate limits unless a test class says otherwise.</summary>
    protected virtual IEnumerable<(string Key, string Value)> Settings =>
    [
        ("Ioc:Ingest:RateLimit:PermitLimit", "100000"),
        ("Ioc:Ingest:RateLimit:TokensPerPeriod", "100000"),
        ("Ioc:Ingest:MaxRequestBodyBytes", "2097152"),
    ];

    /// <summary>Whether the hub's background services (the projection consumer among them) run in this host.</summary>
    protected virtual bool RunsHubWorkers => false;

    public IEventStream Stream => Services.GetRequiredService<IEventStream>();

    public ProducerKeys Keys => Services.GetRequiredService<ProducerKeys>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Ioc", $"Data Source={databasePath}");
        foreach (var (key, value) in Settings)
            builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            if (RunsHubWorkers)
                return;
            var hubWorkers = services
                .Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Assembly == typeof(Program).Assembly)
                .ToList();
            foreach (var descriptor in hubWorkers)
                services.Remove(descriptor);
        });
    }

    /// <summary>A client that sends <paramref name="key"/> in X-Api-Key (none when null).</summary>
    public HttpClient ClientWith(string? key)
    {
        var client = CreateClient();
        if (key is not null)
            client.DefaultRequestHeaders.Add(ProducerKeyDefaults.HeaderName, key);
        return client;
    }

    public async Task<string> CreateKeyAsync(string producer, params string[] scopes) =>
        (await Keys.CreateAsync(producer, scopes.Length == 0 ? null : scopes, "test")).Key;

    public async Task<long> StreamLengthAsync() => (await Stream.GetStatusAsync()).Sum(p => p.Length);

    /// <summary>Consumes the stream until every one of <paramref name="eventIds"/> has been delivered; returns those entries by event id.</summary>
    public async Task<IReadOnlyDictionary<Guid, StreamEntry>> ReadAsync(IReadOnlyCollection<Guid> eventIds)
    {
        var found = new ConcurrentDictionary<Guid, StreamEntry>();
        using var stop = new CancellationTokenSource();
        var consuming = Stream.ConsumeAsync($"test-{Guid.NewGuid():N}", (batch, _) =>
        {
            foreach (var entry in batch.Entries)
            {
                if (IdOf(entry.Json) is { } id && eventIds.Contains(id))
                    found[id] = entry;
            }
            return Task.FromResult(Rejection.None);
        }, stop.Token);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (found.Count < eventIds.Count && DateTime.UtcNow < deadline)
            await Task.Delay(10);
        await stop.CancelAsync();
        await consuming;
        Assert.True(found.Count == eventIds.Count, $"Only {found.Count} of {eventIds.Count} events reached the stream.");
        return found;
    }

    private static Guid? IdOf(string json) =>
        System.Text.Json.Nodes.JsonNode.Parse(json)?["id"]?.GetValue<string>() is { } id && Guid.TryParse(id, out var guid) ? guid : null;

    public Task InitializeAsync()
    {
        _ = Server; // starts the host: migrations and reference data
        return Task.CompletedTask;
    }

    /// <summary>Runs after the host has stopped, before the database files are deleted.</summary>
    protected virtual Task CleanUpAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await CleanUpAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(databasePath + suffix);
    }
}
