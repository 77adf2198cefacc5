using Ioc.LoadHarness.Infrastructure;
using Ioc.LoadHarness.Traffic;
using StackExchange.Redis;

namespace Ioc.LoadHarness.Scenarios;

/// <summary>What the scenarios of one run share: settings, the Redis connection, generated traffic, the report.</summary>
internal sealed class ScenarioContext(HarnessSettings settings, IConnectionMultiplexer redis, Report report) : IAsyncDisposable
{
    private IReadOnlyList<TrafficEvent> traffic = [];

    public HarnessSettings Settings => settings;

    public IConnectionMultiplexer Redis => redis;

    public Report Report => report;

    /// <summary>The backlog scenario's database (1 000 000 events in its log), kept for the rebuild scenario.</summary>
    public LoadDatabase? Backlog { get; set; }

    /// <summary>The first <paramref name="count"/> events of the run's traffic, generated once at the largest size asked.</summary>
    public async Task<IReadOnlyList<TrafficEvent>> TrafficAsync(int count)
    {
        if (traffic.Count < count)
            traffic = await SimulatedTraffic.GenerateAsync(count, HubProcess.Partitions);
        return traffic.Count == count ? traffic : traffic.Take(count).ToList();
    }

    /// <summary>A key prefix of its own per scenario, so runs never see each other's streams.</summary>
    public static string NewPrefix(string scenario) => $"load:{scenario}:{Guid.NewGuid().ToString("N")[..8]}";

    public Task<HubProcess> StartHubAsync(LoadDatabase database, string prefix, IReadOnlyDictionary<string, string>? extra = null, string? redisEndpoint = null) =>
        HubProcess.StartAsync(settings, database.ConnectionString, redisEndpoint ?? settings.Redis, prefix, extra);

    public async Task DeleteKeysAsync(string prefix)
    {
        var server = redis.GetServers()[0];
        var db = redis.GetDatabase();
        await foreach (var key in server.KeysAsync(pattern: prefix + ":*", pageSize: 1000))
            await db.KeyDeleteAsync(key);
    }

    public async ValueTask DisposeAsync()
    {
        if (Backlog is not null)
            await Backlog.DisposeAsync();
    }
}
