using System.Diagnostics;
using System.Globalization;
using Ioc.LoadHarness.Infrastructure;
using Ioc.LoadHarness.Traffic;
using StackExchange.Redis;

namespace Ioc.LoadHarness.Scenarios;

/// <summary>
/// 2. A backlog of 1 000 000 events written while no Hub runs, then drained by a Hub that starts on it; Redis memory
/// per retained event measured on the backlog before the drain. The database stays for the rebuild scenario.
/// </summary>
internal static class BacklogScenario
{
    public const string Name = "backlog";

    public static async Task RunAsync(ScenarioContext context)
    {
        var count = context.Settings.BulkEvents;
        var events = await context.TrafficAsync(count);
        var prefix = ScenarioContext.NewPrefix(Name);
        var database = await LoadDatabase.CreateAsync(context.Settings.Postgres, Name);
        if (context.Backlog is not null)
            await context.Backlog.DisposeAsync();
        context.Backlog = database;

        var memoryBefore = await UsedMemoryAsync(context.Redis);
        var clock = Stopwatch.StartNew();
        await new StreamProducer(context.Redis, prefix).SendAllAsync(events);
        var written = clock.Elapsed;
        var memoryAfter = await UsedMemoryAsync(context.Redis);
        var db = context.Redis.GetDatabase();
        long usage = 0;
        for (var p = 0; p < HubProcess.Partitions; p++)
            usage += (long)await db.ExecuteAsync("MEMORY", "USAGE", $"{prefix}:events:{p}", "SAMPLES", "0");
        context.Report.Add(Name, "backlog written by the harness (XADD, pipelined)", $"{count:N0} events in {written.TotalSeconds:0.0} s = {count / written.TotalSeconds:N0} /s");
        context.Report.Add(Name, "Redis memory per retained event", $"{(memoryAfter - memoryBefore) / (double)count:0} B (used_memory delta); {usage / (double)count:0} B (MEMORY USAGE … SAMPLES 0); mean JSON {events.Average(e => e.Json.Length):0} B");

        var redisBefore = await ServerCpu.RedisAsync(context.Redis);
        var postgresBefore = await ServerCpu.PostgresAsync(database.ConnectionString);
        clock.Restart();
        await using (var hub = await context.StartHubAsync(database, prefix))
        {
            await hub.WaitReadyAsync(context.Redis, prefix, TimeSpan.FromMinutes(2));
            var ready = clock.Elapsed;
            var progress = new StreamProgress(context.Redis, prefix, HubProcess.Partitions);
            await progress.WaitDrainedAsync(count, TimeSpan.FromMinutes(30), () => !hub.HasExited);
            var drained = clock.Elapsed;
            var cpu = hub.Cpu;
            var redisCpu = await ServerCpu.RedisAsync(context.Redis) - redisBefore;
            var postgresCpu = await ServerCpu.PostgresAsync(database.ConnectionString) - postgresBefore;
            context.Report.Add(Name, "drain time, Hub process start → last event committed and acknowledged",
                $"{drained.TotalSeconds:0.0} s ({ready.TotalSeconds:0.0} s to start and take the leases; {count / (drained - ready).TotalSeconds:N0} events/s after)");
            context.Report.Add(Name, "Hub CPU per 1 000 events (start-up included)", $"{cpu.TotalSeconds / count * 1000:0.000} CPU-s; PostgreSQL {postgresCpu.TotalSeconds / count * 1000:0.000}, redis-server {redisCpu.TotalSeconds / count * 1000:0.000}");
            await IngestScenario.ReportStoreAsync(context, database, prefix, Name, count);
        }
        await context.DeleteKeysAsync(prefix);
    }

    private static async Task<long> UsedMemoryAsync(IConnectionMultiplexer redis)
    {
        var info = (string?)await redis.GetDatabase().ExecuteAsync("INFO", "memory") ?? "";
        var line = info.Split('\n').First(l => l.StartsWith("used_memory:", StringComparison.Ordinal));
        return long.Parse(line["used_memory:".Length..].Trim(), CultureInfo.InvariantCulture);
    }
}
