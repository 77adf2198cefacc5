using Ioc.Hub.Cases.Events;
using Ioc.Hub.Streaming;
using StackExchange.Redis;

namespace Ioc.Hub.Benchmarks.Streaming;

/// <summary>
/// Redis memory per retained entry: appends 100 000 realistic events through <see cref="IEventStream.AppendAsync"/>
/// (the production field layout over the default 4 partitions), then reads MEMORY USAGE … SAMPLES 0 (exact) of the
/// partition streams, before and after the whole lot is delivered to the group and pending.
/// Run: <c>dotnet run -c Release --project bench/Ioc.Hub.Benchmarks -- stream-memory [host:port]</c>.
/// </summary>
internal static class StreamMemoryReport
{
    private const int Entries = 100_000;

    public static async Task<int> RunAsync(string[] args)
    {
        var endpoint = args.FirstOrDefault() ?? BenchStreams.RedisEndpoint;
        if (endpoint is null)
        {
            Console.Error.WriteLine("Give the Redis endpoint: stream-memory host:port (or set IOC_BENCH_REDIS).");
            return 2;
        }
        await using var redis = await ConnectionMultiplexer.ConnectAsync(endpoint);
        var db = redis.GetDatabase();
        var options = BenchStreams.Options();
        var stream = BenchStreams.Create(BenchStreams.Redis, options, redis);
        var keys = Enumerable.Range(0, options.Partitions).Select(p => (RedisKey)$"{options.KeyPrefix}:events:{p}").ToArray();
        try
        {
            var events = RealisticEvents.Take(Entries).ToList();
            var before = await UsedMemoryAsync(db);
            var jsonBytes = events.Sum(e => (long)System.Text.Encoding.UTF8.GetByteCount(CaseEventJson.Serialize(e)));
            foreach (var chunk in events.Chunk(1000))
            {
                var failed = (await stream.AppendAsync(chunk)).Count(r => !r.Succeeded);
                if (failed > 0)
                    throw new InvalidOperationException($"{failed} appends failed.");
            }
            var retained = await UsageAsync(db, keys);
            var afterAppend = await UsedMemoryAsync(db);

            foreach (var key in keys)
            {
                await db.StreamCreateConsumerGroupAsync(key, "ioc-hub", "0-0");
                while ((await db.StreamReadGroupAsync(key, "ioc-hub", "bench", ">", 10_000)).Length > 0)
                {
                }
            }
            var pending = await UsageAsync(db, keys);
            var afterDelivery = await UsedMemoryAsync(db);

            var version = (string?)(await db.ExecuteAsync("INFO", "server")) is { } info
                ? info.Split('\n').FirstOrDefault(l => l.StartsWith("redis_version:"))?.Trim() : "?";
            Console.WriteLine($"{version}, {Entries:N0} entries over {keys.Length} partitions, {events.Count(e => e is CaseReceived):N0} case.received");
            Console.WriteLine($"event JSON (UTF-8), mean          : {jsonBytes / (double)Entries,8:F0} B/entry");
            Console.WriteLine("                                     MEMORY USAGE   used_memory delta");
            Console.WriteLine($"retained, processed (no pending)  : {retained / (double)Entries,8:F0} B/entry {(afterAppend - before) / (double)Entries,8:F0} B/entry");
            Console.WriteLine($"retained and pending in the group : {pending / (double)Entries,8:F0} B/entry {(afterDelivery - before) / (double)Entries,8:F0} B/entry");
            return 0;
        }
        finally
        {
            await BenchStreams.DeleteKeysAsync(redis, options.KeyPrefix);
        }
    }

    /// <summary>The allocator's view, to cross-check MEMORY USAGE's estimate (run on an otherwise idle server).</summary>
    private static async Task<long> UsedMemoryAsync(IDatabase db)
    {
        var info = (string?)await db.ExecuteAsync("INFO", "memory") ?? "";
        var line = info.Split('\n').First(l => l.StartsWith("used_memory:", StringComparison.Ordinal));
        return long.Parse(line["used_memory:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<long> UsageAsync(IDatabase db, RedisKey[] keys)
    {
        long total = 0;
        foreach (var key in keys)
            total += (long)await db.ExecuteAsync("MEMORY", "USAGE", key, "SAMPLES", "0");
        return total;
    }
}
