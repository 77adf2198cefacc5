using BenchmarkDotNet.Attributes;
using Ioc.Hub.Streaming;
using StackExchange.Redis;

namespace Ioc.Hub.Benchmarks.Streaming;

/// <summary>
/// Target: an idle consumer sees an event appended through our API in under 20 ms (docs/streaming.md). Before each
/// measured append the consumer sits idle long enough for its poll to back off to the 50 ms maximum, so only the
/// wake-up (local signal, or pub/sub between instances) can explain a faster delivery.
/// </summary>
[WarmupCount(3)]
[IterationCount(40)]
[InvocationCount(1)]
public class StreamLatencyBenchmarks
{
    private ConnectionMultiplexer? consumerSide;
    private ConnectionMultiplexer? producerSide;
    private IEventStream consumerStream = null!;
    private IEventStream producerStream = null!;
    private StreamOptions options = null!;
    private CancellationTokenSource stop = null!;
    private Task consumer = null!;
    private TaskCompletionSource delivered = new();
    private int sequence;

    [ParamsSource(nameof(Modes))]
    public string Mode { get; set; } = BenchStreams.InProcess;

    public static IEnumerable<string> Modes() => BenchStreams.Modes();

    [GlobalSetup]
    public void Setup()
    {
        options = BenchStreams.Options();
        if (Mode == BenchStreams.Redis)
        {
            // Two connections, as two processes would have: the wake-up must travel through Redis pub/sub.
            consumerSide = ConnectionMultiplexer.Connect(BenchStreams.RedisEndpoint!);
            producerSide = ConnectionMultiplexer.Connect(BenchStreams.RedisEndpoint!);
        }
        consumerStream = BenchStreams.Create(Mode, options, consumerSide);
        producerStream = Mode == BenchStreams.Redis ? BenchStreams.Create(Mode, options, producerSide) : consumerStream;
        stop = new CancellationTokenSource();
        consumer = BenchStreams.StartConsumer(consumerStream, _ => delivered.TrySetResult(), stop.Token);
    }

    [IterationSetup]
    public void GoIdle()
    {
        delivered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Thread.Sleep(300);
    }

    [Benchmark(Description = "Idle consumer: AppendAsync → handler")]
    public async Task AppendToHandler()
    {
        await producerStream.AppendAsync([RealisticEvents.Case(Interlocked.Increment(ref sequence)).First()]);
        await delivered.Task;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        stop.Cancel();
        consumer.GetAwaiter().GetResult();
        if (consumerSide is not null)
            BenchStreams.DeleteKeysAsync(consumerSide, options.KeyPrefix).GetAwaiter().GetResult();
        consumerSide?.Dispose();
        producerSide?.Dispose();
    }
}
