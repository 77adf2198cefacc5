namespace Ioc.Hub.Scheduling;

/// <summary>
/// Each planned case's next instant, earliest first. Re-planning a case only records its new instant; the heap's
/// older entry for it is skipped when it surfaces (lazy deletion), and the heap is rebuilt when such entries pile up.
/// Used by the scheduler's loop alone, so it needs no lock.
/// </summary>
internal sealed class DeadlineQueue
{
    private readonly PriorityQueue<string, DateTimeOffset> heap = new();
    private readonly Dictionary<string, DateTimeOffset> planned = new(StringComparer.Ordinal);

    public int Count => planned.Count;

    /// <summary>Entries in the heap, stale ones included.</summary>
    internal int HeapSize => heap.Count;

    /// <summary>Plans <paramref name="caseId"/> at <paramref name="at"/>; null forgets it.</summary>
    public void Set(string caseId, DateTimeOffset? at)
    {
        if (at is not { } instant)
        {
            planned.Remove(caseId);
            return;
        }
        if (planned.TryGetValue(caseId, out var current) && current == instant)
        {
            return;
        }
        planned[caseId] = instant;
        heap.Enqueue(caseId, instant);
        if (heap.Count > 1024 && heap.Count > 2 * planned.Count)
        {
            Compact();
        }
    }

    public bool TryGet(string caseId, out DateTimeOffset at) => planned.TryGetValue(caseId, out at);

    /// <summary>The earliest planned instant, or null when nothing is planned.</summary>
    public DateTimeOffset? Next
    {
        get
        {
            while (heap.TryPeek(out var caseId, out var at))
            {
                if (planned.TryGetValue(caseId, out var current) && current == at)
                {
                    return at;
                }
                heap.Dequeue();
            }
            return null;
        }
    }

    /// <summary>Removes and returns the cases planned at or before <paramref name="now"/>, earliest first.</summary>
    public List<string> PopDue(DateTimeOffset now)
    {
        var due = new List<string>();
        while (Next is { } at && at <= now)
        {
            var caseId = heap.Dequeue();
            planned.Remove(caseId);
            due.Add(caseId);
        }
        return due;
    }

    public void RemoveWhere(Func<string, bool> match)
    {
        foreach (var caseId in planned.Keys.Where(match).ToList())
        {
            planned.Remove(caseId);
        }
        Compact();
    }

    public void Clear()
    {
        planned.Clear();
        heap.Clear();
    }

    private void Compact()
    {
        heap.Clear();
        heap.EnqueueRange(planned.Select(p => (p.Key, p.Value)));
    }
}
