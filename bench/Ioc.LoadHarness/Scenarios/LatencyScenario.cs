using System.Diagnostics;
using Ioc.LoadHarness.Infrastructure;
using Ioc.LoadHarness.Live;
using Ioc.LoadHarness.Traffic;

namespace Ioc.LoadHarness.Scenarios;

/// <summary>
/// 3. Event → subscriber latency under open-loop load: events XADDed on a fixed schedule (500/s) while 2 000 SignalR
/// connections of the wall audience receive the coalesced delta batches. Each event is timed from its intended send
/// to the first batch whose stream positions include it, at every connection, so the batching window counts.
/// </summary>
internal static class LatencyScenario
{
    public const string Name = "latency";
    private const double Rate = 500;

    public static async Task RunAsync(ScenarioContext context)
    {
        var quick = context.Settings.Quick;
        var connections = context.Settings.Connections ?? (quick ? 20 : 2_000);
        var seconds = quick ? 5 : 60;
        var count = (int)(Rate * seconds);
        var events = await context.TrafficAsync(count);
        var prefix = ScenarioContext.NewPrefix(Name);
        await using var database = await LoadDatabase.CreateAsync(context.Settings.Postgres, Name);
        await using (var hub = await context.StartHubAsync(database, prefix))
        {
            await hub.WaitReadyAsync(context.Redis, prefix, TimeSpan.FromMinutes(2));
            var sent = new SentLog(HubProcess.Partitions, count);
            var latency = new LatencyHistogram();
            var clock = Stopwatch.StartNew();
            var subscribers = await ConnectAsync(connections, () =>
                LiveSubscriber.ConnectAsync(hub.HubUrl, HubProcess.WallKey, "wall", HubProcess.Partitions, sent: sent, latency: latency));
            context.Report.Add(Name, "connections", $"{connections:N0} SignalR connections (.NET client, WebSockets, audience wall) in {clock.Elapsed.TotalSeconds:0.0} s");
            try
            {
                var cpuBefore = hub.Cpu;
                clock.Restart();
                await new StreamProducer(context.Redis, prefix).SendPacedAsync(events, Rate, sent, CancellationToken.None);
                var sending = clock.Elapsed;
                await new StreamProgress(context.Redis, prefix, HubProcess.Partitions).WaitDrainedAsync(count, TimeSpan.FromMinutes(5), () => !hub.HasExited);
                // Every connection has every event once its last batch arrived; give the last window time to go out.
                var expected = (long)count * connections;
                var wait = Stopwatch.StartNew();
                while (latency.Count < expected && wait.Elapsed < TimeSpan.FromSeconds(30))
                    await Task.Delay(50);
                var cpu = hub.Cpu - cpuBefore;
                var batches = subscribers.Average(s => s.Batches);
                context.Report.Add(Name, "open-loop load", $"{count:N0} events at {Rate:0}/s for {sending.TotalSeconds:0.0} s");
                context.Report.Add(Name, "event → subscriber latency p50 / p90 / p99 / max",
                    $"{latency.Percentile(0.5):0.0} / {latency.Percentile(0.9):0.0} / {latency.Percentile(0.99):0.0} / {latency.Percentile(1):0.0} ms over {latency.Count:N0} deliveries ({latency.Count * 100.0 / expected:0.00} % of events × connections)");
                context.Report.Add(Name, "delta batches per connection", $"{batches / sending.TotalSeconds:0.0} /s; gaps {subscribers.Sum(s => s.Gaps)}, reloads {subscribers.Sum(s => s.Reloads)}, connections closed {LiveSubscriber.Closed}");
                context.Report.Add(Name, "Hub CPU", $"{cpu.TotalSeconds / sending.TotalSeconds:0.00} cores while sending ({cpu.TotalSeconds:0.0} CPU-s)");
            }
            finally
            {
                await Task.WhenAll(subscribers.Select(s => s.DisposeAsync().AsTask()));
            }
        }
        await context.DeleteKeysAsync(prefix);
    }

    /// <summary>Opens <paramref name="count"/> connections, a few dozen at a time.</summary>
    public static async Task<List<LiveSubscriber>> ConnectAsync(int count, Func<Task<LiveSubscriber>> connect)
    {
        using var limit = new SemaphoreSlim(32);
        var tasks = Enumerable.Range(0, count).Select(async _ =>
        {
            await limit.WaitAsync();
            try
            {
                return await connect();
            }
            finally
            {
                limit.Release();
            }
        });
        return [.. await Task.WhenAll(tasks)];
    }
}
