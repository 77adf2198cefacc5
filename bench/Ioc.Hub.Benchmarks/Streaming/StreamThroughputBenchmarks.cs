using BenchmarkDotNet.Attributes;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Streaming;
using StackExchange.Redis;

namespace Ioc.Hub.Benchmarks.Streaming;

/// <summary>
/// Transport cost per event, end to end: 20 000 realistic events appended in API-sized calls of 1 000 while one
/// consumer acknowledges them in batches (its handler does nothing, so the projection's cost is not included).
/// </summary>
[WarmupCount(1)]
[IterationCount(8)]
[InvocationCount(1)]
public class StreamThroughputBenchmarks
{
    private const int Events = 20_000;
    private ConnectionMultiplexer? redis;
    private IEventStream stream = null!;
    private StreamOptions options = null!;
    private CancellationTokenSource stop = null!;
    private Task consumer = null!;
    private CaseEvent[][] chunks = [];
    private int handled;
    private TaskCompletionSource done = new();

    [ParamsSource(nameof(Modes))]
    public string Mode { get; set; } = BenchStreams.InProcess;

    public static IEnumerable<string> Modes() => BenchStreams.Modes();

    [GlobalSetup]
    public void Setup()
    {
        options = BenchStreams.Options();
        if (Mode == BenchStreams.Redis)
            redis = ConnectionMultiplexer.Connect(BenchStreams.RedisEndpoint!);
        stream = BenchStreams.Create(Mode, options, redis);
        stop = new CancellationTokenSource();
        consumer = BenchStreams.StartConsumer(stream, batch =>
        {
            if (Interlocked.Add(ref handled, batch.Entries.Count) >= Events)
                done.TrySetResult();
        }, stop.Token);
    }

    [IterationSetup]
    public void Prepare()
    {
        chunks = [.. RealisticEvents.Take(Events).Chunk(1000)];
        handled = 0;
        done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    [Benchmark(Description = "Append + consume + ack, per event", OperationsPerInvoke = Events)]
    public async Task AppendAndConsume()
    {
        foreach (var chunk in chunks)
            await stream.AppendAsync(chunk);
        await done.Task;
    }

    [IterationCleanup]
    public void Trim() => stream.TrimAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup()
    {
        stop.Cancel();
        consumer.GetAwaiter().GetResult();
        if (redis is not null)
            BenchStreams.DeleteKeysAsync(redis, options.KeyPrefix).GetAwaiter().GetResult();
        redis?.Dispose();
    }
}
