using System.Collections.Concurrent;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Streaming;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace Ioc.Hub.Tests.Streaming;

/// <summary>Events, options and waiting helpers shared by the stream tests.</summary>
internal static class StreamTestKit
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    /// <summary>Short TTLs and delays so that every test runs well under two seconds; a prefix of its own per test.</summary>
    public static StreamOptions FastOptions() => new()
    {
        KeyPrefix = $"test:{Guid.NewGuid():N}",
        Partitions = 4,
        BatchSize = 100,
        MaxDeliveries = 3,
        // Long enough that a loaded test machine's stalls do not expire leases mid-test, short enough to rebalance fast.
        LeaseTtl = TimeSpan.FromSeconds(1),
        PollMaxInterval = TimeSpan.FromMilliseconds(10),
        RetryDelay = TimeSpan.FromMilliseconds(5),
        MaxRetryDelay = TimeSpan.FromMilliseconds(20),
    };

    public static InternalNoteAdded Note(string caseId, long sequence, string note = "ghi chú") => new()
    {
        Id = Guid.NewGuid(),
        CaseId = caseId,
        Sequence = sequence,
        OccurredAt = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.FromHours(7)).AddMinutes(sequence),
        Note = note,
    };

    public static string Json(CaseEvent e) => CaseEventJson.Serialize(e);

    /// <summary>A case id that lands in <paramref name="partition"/>.</summary>
    public static string CaseIn(IEventStream stream, int partition, string stem = "KH-2026-") =>
        Enumerable.Range(0, 10_000).Select(i => $"{stem}{i:D6}").First(id => stream.PartitionOf(id) == partition);

    public static async Task Eventually(Func<bool> condition, string what, TimeSpan? patience = null)
    {
        var deadline = DateTime.UtcNow + (patience ?? Patience);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"Timed out waiting until {what}.");
            await Task.Delay(5);
        }
    }

    public static async Task Eventually(Func<Task<bool>> condition, string what, TimeSpan? patience = null)
    {
        var deadline = DateTime.UtcNow + (patience ?? Patience);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"Timed out waiting until {what}.");
            await Task.Delay(5);
        }
    }
}

/// <summary>Records what a consumer's handler receives; <see cref="Decide"/> chooses per batch what it does.</summary>
internal sealed class Recorder
{
    private readonly ConcurrentQueue<StreamEntry> delivered = new();
    private readonly ConcurrentQueue<StreamEntry> accepted = new();

    /// <summary>Returns the rejections of a batch, or throws to fail it. Default: accept everything.</summary>
    public Func<StreamBatch, CancellationToken, Task<IReadOnlyList<Rejection>>> Decide { get; set; } =
        (_, _) => Task.FromResult(Rejection.None);

    public IReadOnlyList<StreamEntry> Delivered => [.. delivered];

    /// <summary>Entries of batches that returned, minus the ones rejected.</summary>
    public IReadOnlyList<StreamEntry> Accepted => [.. accepted];

    public async Task<IReadOnlyList<Rejection>> HandleAsync(StreamBatch batch, CancellationToken cancellationToken)
    {
        foreach (var entry in batch.Entries)
            delivered.Enqueue(entry);
        var rejections = await Decide(batch, cancellationToken);
        var rejected = rejections.Select(r => r.Position).ToHashSet();
        foreach (var entry in batch.Entries.Where(e => !rejected.Contains(e.Position)))
            accepted.Enqueue(entry);
        return rejections;
    }
}

/// <summary>A consumer running in the background until disposed.</summary>
internal sealed class RunningConsumer : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();

    private RunningConsumer(IEventStream stream, string consumerId, StreamBatchHandler handler)
    {
        Completion = Task.Run(() => stream.ConsumeAsync(consumerId, handler, stop.Token));
    }

    public Task Completion { get; }

    public static RunningConsumer Start(IEventStream stream, string consumerId, Recorder recorder) =>
        new(stream, consumerId, recorder.HandleAsync);

    public async Task StopAsync()
    {
        await stop.CancelAsync();
        await Completion.WaitAsync(StreamTestKit.Patience);
    }

    public async ValueTask DisposeAsync()
    {
        if (!Completion.IsCompleted)
            await StopAsync();
        stop.Dispose();
    }
}

/// <summary>Routes the stream's logs to the test output, so a failing test shows what the consumer did.</summary>
internal sealed class TestOutputLogger<T>(ITestOutputHelper output) : ILogger<T>
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        try
        {
            output.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} {logLevel} {formatter(state, exception)}{(exception is null ? "" : " | " + exception.Message)}");
        }
        catch (InvalidOperationException)
        {
            // The test has finished; late log lines have nowhere to go.
        }
    }
}
