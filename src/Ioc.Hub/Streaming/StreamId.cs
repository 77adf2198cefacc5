using System.Globalization;

namespace Ioc.Hub.Streaming;

/// <summary>A stream entry id, "&lt;milliseconds&gt;-&lt;sequence&gt;", ordered like Redis orders them.</summary>
internal readonly record struct StreamId(ulong Milliseconds, ulong Sequence) : IComparable<StreamId>
{
    public static StreamId Zero { get; } = new(0, 0);

    public static StreamId Parse(string text) =>
        TryParse(text, out var id) ? id : throw new FormatException($"'{text}' is not a stream entry id.");

    public static bool TryParse(string? text, out StreamId id)
    {
        id = Zero;
        var dash = text?.IndexOf('-') ?? -1;
        if (dash <= 0
            || !ulong.TryParse(text.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
            || !ulong.TryParse(text.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var seq))
            return false;
        id = new(ms, seq);
        return true;
    }

    /// <summary>The smallest id after this one: XTRIM MINID with it removes this entry and everything before.</summary>
    public StreamId Next() => Sequence == ulong.MaxValue ? new(Milliseconds + 1, 0) : new(Milliseconds, Sequence + 1);

    public int CompareTo(StreamId other) =>
        Milliseconds != other.Milliseconds ? Milliseconds.CompareTo(other.Milliseconds) : Sequence.CompareTo(other.Sequence);

    public static bool operator <(StreamId a, StreamId b) => a.CompareTo(b) < 0;
    public static bool operator >(StreamId a, StreamId b) => a.CompareTo(b) > 0;
    public static bool operator <=(StreamId a, StreamId b) => a.CompareTo(b) <= 0;
    public static bool operator >=(StreamId a, StreamId b) => a.CompareTo(b) >= 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Milliseconds}-{Sequence}");
}
