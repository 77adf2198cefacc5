using Ioc.Hub.Cases.Events;
using Ioc.Hub.Simulation;

namespace Ioc.Hub.Tests.Simulation;

/// <summary>A real <see cref="IEventSink"/> that keeps what it receives, when, and in which batches.</summary>
public sealed class RecordingSink(TimeProvider? time = null) : IEventSink
{
    private readonly Lock gate = new();
    private readonly List<(CaseEvent Event, DateTimeOffset PublishedAt)> received = [];
    private readonly List<int> batches = [];

    public IReadOnlyList<CaseEvent> Events { get { lock (gate) return [.. received.Select(r => r.Event)]; } }

    public IReadOnlyList<(CaseEvent Event, DateTimeOffset PublishedAt)> Received { get { lock (gate) return [.. received]; } }

    public IReadOnlyList<int> BatchSizes { get { lock (gate) return [.. batches]; } }

    public int Count { get { lock (gate) return received.Count; } }

    public ValueTask PublishAsync(IReadOnlyList<CaseEvent> events, CancellationToken ct)
    {
        var at = time?.GetUtcNow() ?? DateTimeOffset.MinValue;
        lock (gate)
        {
            batches.Add(events.Count);
            received.AddRange(events.Select(e => (e, at)));
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>Waits (real time) until at least <paramref name="count"/> events have arrived.</summary>
    public async Task WaitForAsync(int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Count < count)
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"The sink has {Count} events, expected {count}.");
            await Task.Delay(5);
        }
    }
}
