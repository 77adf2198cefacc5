using System.Diagnostics;
using Ioc.LoadHarness.Infrastructure;
using Ioc.LoadHarness.Live;
using Ioc.LoadHarness.Traffic;
using StackExchange.Redis;

namespace Ioc.LoadHarness.Scenarios;

/// <summary>
/// 4. Redis stopped for 10 s in the middle of a 500 events/s load and started again (with its append-only file):
/// the Hub's stream and its SignalR backplane both lose Redis, so delta batches are lost on the way; every subscriber
/// must see the gap in the versions, reload a snapshot and end with exactly the server's state (cases field for
/// field, totals, version). Producers retry what Redis refused.
/// </summary>
internal static class OutageScenario
{
    public const string Name = "outage";
    private const double Rate = 500;

    public static async Task RunAsync(ScenarioContext context)
    {
        var quick = context.Settings.Quick;
        var connections = quick ? 10 : 200;
        var (before, outage, after) = quick ? (TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(4)) : (TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(20));
        var count = (int)(Rate * (before + outage + after).TotalSeconds);
        var events = await context.TrafficAsync(count);
        var prefix = ScenarioContext.NewPrefix(Name);

        await using var redisServer = new RedisServer(Path.Combine(context.Settings.Work, $"redis-{Guid.NewGuid():N}"));
        await redisServer.StartAsync();
        await using var redis = await ConnectionMultiplexer.ConnectAsync(HarnessRunner.RedisOptions(redisServer.Endpoint));
        await using var database = await LoadDatabase.CreateAsync(context.Settings.Postgres, Name);
        await using var hub = await context.StartHubAsync(database, prefix, redisEndpoint: redisServer.Endpoint);
        await hub.WaitReadyAsync(redis, prefix, TimeSpan.FromMinutes(2));
        var subscribers = await LatencyScenario.ConnectAsync(connections, () =>
            LiveSubscriber.ConnectAsync(hub.HubUrl, HubProcess.WallKey, "wall", HubProcess.Partitions, keepState: true));
        try
        {
            var producer = new StreamProducer(redis, prefix);
            var clock = Stopwatch.StartNew();
            var sending = producer.SendPacedAsync(events, Rate, null, CancellationToken.None);
            await Task.Delay(before);
            var versionAtStop = subscribers.Max(s => s.Version);
            await redisServer.StopAsync();
            await Task.Delay(outage);
            await redisServer.StartAsync();
            var retried = await sending;
            context.Report.Add(Name, "load", $"{count:N0} events at {Rate:0}/s, Redis stopped at {before.TotalSeconds:0} s for {outage.TotalSeconds:0} s; {retried:N0} XADDs refused meanwhile and sent again; {connections} subscribers keeping state");

            var progress = new StreamProgress(redis, prefix, HubProcess.Partitions);
            await progress.WaitDrainedAsync(count, TimeSpan.FromMinutes(5), () => !hub.HasExited);
            var drained = clock.Elapsed;
            // The deadline scheduler may still annotate cases after the last event: compare once the versions settle.
            string?[] differences = [];
            for (var attempt = 0; attempt < 20; attempt++)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
                differences = await Task.WhenAll(subscribers.Select(s => s.CompareWithServerAsync()));
                if (differences.All(d => d is null))
                    break;
            }
            var equal = differences.Count(d => d is null);
            context.Report.Add(Name, "gaps seen by subscribers", $"{subscribers.Sum(s => s.Gaps):N0} gaps ({subscribers.Sum(s => s.MissedVersions):N0} missed versions, at least {subscribers.Count(s => s.Gaps > 0)} of {connections} subscribers), {subscribers.Sum(s => s.Reloads):N0} snapshot reloads; version at the stop {versionAtStop}, at the end {subscribers.Max(s => s.Version)}");
            context.Report.Add(Name, "subscribers whose final state equals the server's snapshot", $"{equal} of {connections} ({equal * 100.0 / connections:0.0} %){(equal < connections ? "; first difference: " + differences.First(d => d is not null) : "")}; drained {drained.TotalSeconds:0.0} s after the start");
            var stored = await database.CountAsync("case_events");
            var deadLetters = await redis.GetDatabase().StreamLengthAsync($"{prefix}:dead-letters");
            context.Report.Add(Name, "store after the run", $"{stored:N0} rows in case_events for {count:N0} sent, {deadLetters:N0} dead letters");
        }
        finally
        {
            await Task.WhenAll(subscribers.Select(s => s.DisposeAsync().AsTask()));
        }
    }
}
