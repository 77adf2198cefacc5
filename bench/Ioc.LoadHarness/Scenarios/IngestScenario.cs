using System.Diagnostics;
using Ioc.LoadHarness.Infrastructure;
using Ioc.LoadHarness.Traffic;

namespace Ioc.LoadHarness.Scenarios;

/// <summary>
/// 1. Sustained end-to-end ingest: producers XADD simulator events while the Hub projects them into PostgreSQL and its
/// aggregates; the rate counts an event once it is acknowledged, which the Hub does only after the store commit. The
/// producer keeps at most <see cref="MaxAhead"/> events ahead of the projection, so this is a rate the pipeline keeps
/// up, not a backlog being filled. redis-benchmark's own XADD rate is measured in the same run for the ratio.
/// </summary>
internal static class IngestScenario
{
    public const string Name = "ingest";
    private const int MaxAhead = 50_000;

    public static async Task RunAsync(ScenarioContext context)
    {
        var count = context.Settings.BulkEvents;
        var events = await context.TrafficAsync(count);
        var prefix = ScenarioContext.NewPrefix(Name);

        var benchmark = await RedisBenchmark.XaddRateAsync(context.Settings.Redis, $"{prefix}:redis-benchmark", events[0], context.Settings.Quick ? 20_000 : 400_000);
        context.Report.Add(Name, "redis-benchmark XADD (same event JSON, 8 clients, pipeline 32)", $"{benchmark:N0} /s");

        await using var database = await LoadDatabase.CreateAsync(context.Settings.Postgres, Name);
        await using (var hub = await context.StartHubAsync(database, prefix))
        {
            await hub.WaitReadyAsync(context.Redis, prefix, TimeSpan.FromMinutes(2));
            var progress = new StreamProgress(context.Redis, prefix, HubProcess.Partitions);
            var cpuBefore = hub.Cpu;
            var redisBefore = await ServerCpu.RedisAsync(context.Redis);
            var postgresBefore = await ServerCpu.PostgresAsync(database.ConnectionString);
            var processedBefore = (await progress.ReadAsync()).Processed;
            var clock = Stopwatch.StartNew();
            await new StreamProducer(context.Redis, prefix).SendAllAsync(events, async sent =>
            {
                while (sent - (await progress.ReadAsync()).Processed > MaxAhead)
                    await Task.Delay(5);
            });
            var produced = clock.Elapsed;
            var drained = await progress.WaitDrainedAsync(count, TimeSpan.FromMinutes(30), () => !hub.HasExited);
            var elapsed = clock.Elapsed;
            var cpu = hub.Cpu - cpuBefore;
            var redisCpu = await ServerCpu.RedisAsync(context.Redis) - redisBefore;
            var postgresCpu = await ServerCpu.PostgresAsync(database.ConnectionString) - postgresBefore;
            var processed = drained.Processed - processedBefore;

            var rate = count / elapsed.TotalSeconds;
            context.Report.Add(Name, "events", $"{count:N0} (XADD by the harness in {produced.TotalSeconds:0.0} s, at most {MaxAhead:N0} ahead of the projection)");
            context.Report.Add(Name, "end-to-end rate, XADD → committed in PostgreSQL + aggregates → XACK", $"{rate:N0} events/s in {elapsed.TotalSeconds:0.0} s");
            context.Report.Add(Name, "entries processed, the deadline scheduler's annotations included", $"{processed:N0} = {processed / elapsed.TotalSeconds:N0} /s");
            context.Report.Add(Name, "ratio to redis-benchmark XADD", $"{rate / benchmark:P1}");
            context.Report.Add(Name, "Hub CPU per 1 000 events", $"{cpu.TotalSeconds / count * 1000:0.000} CPU-s ({cpu.TotalSeconds:0.0} CPU-s in all, {cpu.TotalSeconds / elapsed.TotalSeconds:0.00} cores)");
            context.Report.Add(Name, "servers' CPU per 1 000 events", $"PostgreSQL {postgresCpu.TotalSeconds / count * 1000:0.000} CPU-s, redis-server {redisCpu.TotalSeconds / count * 1000:0.000} CPU-s");
            await ReportStoreAsync(context, database, prefix, Name, count);
        }
        await context.DeleteKeysAsync(prefix);
    }

    /// <summary>What landed in the store and the dead letters, so a fast run that lost events cannot pass unseen.</summary>
    public static async Task ReportStoreAsync(ScenarioContext context, LoadDatabase database, string prefix, string scenario, long sent)
    {
        var events = await database.CountAsync("case_events");
        var cases = await database.CountAsync("cases");
        var deadLetters = await context.Redis.GetDatabase().StreamLengthAsync($"{prefix}:dead-letters");
        context.Report.Add(scenario, "store after the run", $"{events:N0} rows in case_events for {sent:N0} sent (the rest: scheduler annotations), {cases:N0} cases, {deadLetters:N0} dead letters");
    }
}
