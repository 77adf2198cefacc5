using Ioc.Hub.Streaming.Consumption;

namespace Ioc.Hub.Streaming.InProcess;

/// <summary>
/// One partition stream in memory with its consumer group, following Redis semantics: ids "&lt;ms&gt;-&lt;seq&gt;",
/// a last-delivered id, a pending entries list with owner and delivery count. Not thread-safe: callers hold the gate.
/// </summary>
internal sealed class MemoryPartition(string name)
{
    private readonly List<MemoryEntry> entries = [];
    private readonly SortedDictionary<StreamId, PendingEntry> pending = [];
    private StreamId lastId = StreamId.Zero;

    public string Name => name;

    public StreamId LastDelivered { get; private set; } = StreamId.Zero;

    public int Length => entries.Count;

    public int PendingCount => pending.Count;

    public StreamId Append(string json, TimeProvider time, DeadLetterHistory? history = null)
    {
        lastId = NextId(lastId, time);
        entries.Add(new(lastId, json, history));
        return lastId;
    }

    /// <summary>Like XREADGROUP &gt;: entries after the last delivered one become pending for the consumer.</summary>
    public IReadOnlyList<LogEntry> ReadNew(string consumer, int count)
    {
        var read = new List<LogEntry>();
        for (var i = LowerBound(LastDelivered.Next()); i < entries.Count && read.Count < count; i++)
        {
            var entry = entries[i];
            pending[entry.Id] = new PendingEntry(consumer);
            LastDelivered = entry.Id;
            read.Add(new(entry.Id.ToString(), entry.Json, 1, History: entry.History));
        }
        return read;
    }

    /// <summary>Like XREADGROUP 0: the consumer's own pending entries, each read counting as a delivery.</summary>
    public IReadOnlyList<LogEntry> ReadPending(string consumer, int count)
    {
        var read = new List<LogEntry>();
        foreach (var (id, owner) in pending)
        {
            if (read.Count == count)
                break;
            if (owner.Consumer != consumer)
                continue;
            owner.DeliveryCount++;
            read.Add(Find(id) is { } entry
                ? new LogEntry(id.ToString(), entry.Json, owner.DeliveryCount, History: entry.History)
                : new LogEntry(id.ToString(), null, owner.DeliveryCount, Deleted: true));
        }
        return read;
    }

    /// <summary>Like XAUTOCLAIM JUSTID with no idle minimum; pending entries no longer in the stream are dropped and returned.</summary>
    public IReadOnlyList<LogEntry> ClaimAll(string consumer)
    {
        var gone = new List<LogEntry>();
        foreach (var (id, owner) in pending.ToList())
        {
            if (Find(id) is null)
            {
                pending.Remove(id);
                gone.Add(new(id.ToString(), null, owner.DeliveryCount, Deleted: true));
            }
            else
                owner.Consumer = consumer;
        }
        return gone;
    }

    public void Acknowledge(IEnumerable<string> positions)
    {
        foreach (var position in positions)
        {
            if (StreamId.TryParse(position, out var id))
                pending.Remove(id);
        }
    }

    /// <summary>Removes entries below the lowest pending one, or up to the last delivered one when none is pending.</summary>
    public long TrimProcessed()
    {
        var keepFrom = pending.Count > 0 ? pending.Keys.First() : LastDelivered.Next();
        return RemoveOldest(LowerBound(keepFrom));
    }

    public long TrimToLength(long maxLength) => RemoveOldest((int)Math.Max(0, entries.Count - maxLength));

    internal static StreamId NextId(StreamId last, TimeProvider time)
    {
        var now = (ulong)time.GetUtcNow().ToUnixTimeMilliseconds();
        return now > last.Milliseconds ? new StreamId(now, 0) : last.Next();
    }

    private long RemoveOldest(int count)
    {
        entries.RemoveRange(0, count);
        return count;
    }

    private MemoryEntry? Find(StreamId id)
    {
        var i = LowerBound(id);
        return i < entries.Count && entries[i].Id == id ? entries[i] : null;
    }

    /// <summary>Index of the first entry whose id is at least <paramref name="id"/>.</summary>
    private int LowerBound(StreamId id)
    {
        int low = 0, high = entries.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (entries[mid].Id < id)
                low = mid + 1;
            else
                high = mid;
        }
        return low;
    }

    private sealed record MemoryEntry(StreamId Id, string Json, DeadLetterHistory? History);

    private sealed class PendingEntry(string consumer)
    {
        public string Consumer { get; set; } = consumer;

        public int DeliveryCount { get; set; } = 1;
    }
}
