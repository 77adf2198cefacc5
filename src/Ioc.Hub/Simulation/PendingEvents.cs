using Ioc.Hub.Cases.Events;

namespace Ioc.Hub.Simulation;

/// <summary>
/// Generated events waiting for their time, earliest first. Ties keep insertion order, so a case's events (inserted in
/// sequence order with non-decreasing times) always leave in sequence order.
/// </summary>
internal sealed class PendingEvents
{
    private readonly PriorityQueue<CaseEvent, (long Ticks, long Order)> queue = new();
    private long order;

    public int Count => queue.Count;

    public DateTimeOffset? NextAt => queue.TryPeek(out var e, out _) ? e.OccurredAt : null;

    public void Add(IEnumerable<CaseEvent> events)
    {
        foreach (var e in events)
            queue.Enqueue(e, (e.OccurredAt.UtcTicks, order++));
    }

    /// <summary>Moves every event that occurred at or before <paramref name="until"/> into <paramref name="into"/>, in time order.</summary>
    public void TakeUntil(DateTimeOffset until, List<CaseEvent> into)
    {
        while (queue.TryPeek(out var e, out _) && e.OccurredAt <= until)
            into.Add(queue.Dequeue());
    }
}
