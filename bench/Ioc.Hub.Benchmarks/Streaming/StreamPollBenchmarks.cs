using BenchmarkDotNet.Attributes;
using Ioc.Hub.Streaming;
using StackExchange.Redis;

namespace Ioc.Hub.Benchmarks.Streaming;

/// <summary>
/// The other path: a producer that XADDs straight to Redis (redis-cli, another system) sends no wake-up, so an idle
/// consumer finds the entry at its next poll, at most PollMaxInterval (50 ms) later. Needs IOC_BENCH_REDIS.
/// </summary>
[WarmupCount(3)]
[IterationCount(40)]
[InvocationCount(1)]
public class StreamPollBenchmarks
{
    private ConnectionMultiplexer redis = null!;
    private IEventStream stream = null!;
    private StreamOptions options = null!;
    private CancellationTokenSource stop = null!;
    private Task consumer = null!;
    private TaskCompletionSource delivered = new();
    private int sequence;

    [GlobalSetup]
    public void Setup()
    {
        redis = ConnectionMultiplexer.Connect(BenchStreams.RedisEndpoint ?? throw new InvalidOperationException("Set IOC_BENCH_REDIS=host:port."));
        options = BenchStreams.Options();
        stream = BenchStreams.Create(BenchStreams.Redis, options, redis);
        stop = new CancellationTokenSource();
        consumer = BenchStreams.StartConsumer(stream, _ => delivered.TrySetResult(), stop.Token);
    }

    [IterationSetup]
    public void GoIdle()
    {
        delivered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Thread.Sleep(300);
    }

    [Benchmark(Description = "Idle consumer: direct XADD (no wake-up) → handler")]
    public async Task DirectXaddToHandler()
    {
        var e = RealisticEvents.Case(Interlocked.Increment(ref sequence)).First();
        var partition = stream.PartitionOf(e.CaseId);
        await redis.GetDatabase().StreamAddAsync($"{options.KeyPrefix}:events:{partition}", "event", Ioc.Hub.Cases.Events.CaseEventJson.Serialize(e));
        await delivered.Task;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        stop.Cancel();
        consumer.GetAwaiter().GetResult();
        BenchStreams.DeleteKeysAsync(redis, options.KeyPrefix).GetAwaiter().GetResult();
        redis.Dispose();
    }
}
