namespace Ioc.LoadHarness.Traffic;

/// <summary>
/// Per partition, in stream order, every event the paced producer sent: its intended send time (open loop: the
/// schedule, not the moment the producer got round to it) and, once Redis answered, its position. Subscribers walk
/// it to time each event from its send to the first delta whose positions include it.
/// </summary>
internal sealed class SentLog
{
    private readonly Entry[][] partitions;
    private readonly int[] issued;

    public SentLog(int partitionCount, int capacity)
    {
        partitions = [.. Enumerable.Range(0, partitionCount).Select(_ => new Entry[capacity])];
        issued = new int[partitionCount];
    }

    public int Partitions => partitions.Length;

    /// <summary>Reserves the next slot of <paramref name="partition"/> (producer thread, in send order).</summary>
    public int Reserve(int partition, long intendedTicks)
    {
        var index = issued[partition];
        partitions[partition][index].IntendedTicks = intendedTicks;
        Volatile.Write(ref issued[partition], index + 1);
        return index;
    }

    public void Fill(int partition, int index, StreamPosition position)
    {
        partitions[partition][index].Position = position;
        Volatile.Write(ref partitions[partition][index].Filled, true);
    }

    /// <summary>
    /// Calls <paramref name="delivered"/> with the intended send time of each event after <paramref name="cursor"/> up to
    /// <paramref name="upTo"/>, and moves the cursor. Stops at an event whose answer has not come back yet; it is counted
    /// at the next delta (overstating its latency, never understating it).
    /// </summary>
    public void Advance(int partition, ref int cursor, StreamPosition upTo, Action<long> delivered)
    {
        var entries = partitions[partition];
        var end = Volatile.Read(ref issued[partition]);
        while (cursor < end && Volatile.Read(ref entries[cursor].Filled) && entries[cursor].Position.CompareTo(upTo) <= 0)
        {
            delivered(entries[cursor].IntendedTicks);
            cursor++;
        }
    }

    private struct Entry
    {
        public long IntendedTicks;
        public StreamPosition Position;
        public bool Filled;
    }
}

/// <summary>A Redis stream id, "ms-seq", comparable.</summary>
internal readonly record struct StreamPosition(long Milliseconds, long Sequence) : IComparable<StreamPosition>
{
    public static StreamPosition Parse(string id)
    {
        var dash = id.IndexOf('-', StringComparison.Ordinal);
        return dash < 0
            ? new(long.Parse(id, System.Globalization.CultureInfo.InvariantCulture), 0)
            : new(long.Parse(id.AsSpan(0, dash), provider: System.Globalization.CultureInfo.InvariantCulture),
                long.Parse(id.AsSpan(dash + 1), provider: System.Globalization.CultureInfo.InvariantCulture));
    }

    public int CompareTo(StreamPosition other) =>
        Milliseconds != other.Milliseconds ? Milliseconds.CompareTo(other.Milliseconds) : Sequence.CompareTo(other.Sequence);
}
