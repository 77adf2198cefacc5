using Ioc.Hub.Streaming;
using Ioc.Hub.Streaming.InProcess;
using Ioc.Hub.Streaming.Redis;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Ioc.Hub.Benchmarks.Streaming;

/// <summary>The benchmarks' Redis (IOC_BENCH_REDIS=host:port) and streams with production defaults under a throw-away prefix.</summary>
internal static class BenchStreams
{
    public const string InProcess = "in-process";
    public const string Redis = "redis";

    public static string? RedisEndpoint => Environment.GetEnvironmentVariable("IOC_BENCH_REDIS") is { Length: > 0 } e ? e : null;

    /// <summary>Redis runs only when IOC_BENCH_REDIS names a server.</summary>
    public static IEnumerable<string> Modes() => RedisEndpoint is null ? [InProcess] : [InProcess, Redis];

    public static StreamOptions Options() => new() { KeyPrefix = $"bench:{Guid.NewGuid():N}" };

    public static IEventStream Create(string mode, StreamOptions options, IConnectionMultiplexer? redis) => mode switch
    {
        Redis => new RedisEventStream(redis!, Microsoft.Extensions.Options.Options.Create(options), TimeProvider.System, NullLogger<RedisEventStream>.Instance),
        _ => new InProcessEventStream(Microsoft.Extensions.Options.Options.Create(options), TimeProvider.System, NullLogger<InProcessEventStream>.Instance),
    };

    /// <summary>Starts the consumer "bench" with <paramref name="handler"/> and returns once it holds every partition.</summary>
    public static Task StartConsumer(IEventStream stream, Action<StreamBatch> handler, CancellationToken stop)
    {
        var consumer = Task.Run(() => stream.ConsumeAsync("bench", (batch, _) =>
        {
            handler(batch);
            return Task.FromResult(Rejection.None);
        }, stop));
        while (stream.GetStatusAsync().GetAwaiter().GetResult().Any(s => s.Owner != "bench"))
            Thread.Sleep(10);
        return consumer;
    }

    public static async Task DeleteKeysAsync(IConnectionMultiplexer redis, string prefix)
    {
        var server = redis.GetServers()[0];
        await foreach (var key in server.KeysAsync(pattern: prefix + ":*", pageSize: 1000))
            await redis.GetDatabase().KeyDeleteAsync(key);
    }
}
