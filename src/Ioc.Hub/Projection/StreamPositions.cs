using System.Globalization;

namespace Ioc.Hub.Projection;

/// <summary>
/// Orders stream positions. A Redis entry id "&lt;milliseconds&gt;-&lt;sequence&gt;" (and a plain number) compares
/// numerically, so "1700000000000-10" follows "1700000000000-9"; anything else compares ordinally.
/// </summary>
public sealed class StreamPositions : IComparer<string>
{
    public static readonly StreamPositions Comparer = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }
        if (TryParse(x, out var xMs, out var xSeq) && TryParse(y, out var yMs, out var ySeq))
        {
            var byTime = xMs.CompareTo(yMs);
            return byTime != 0 ? byTime : xSeq.CompareTo(ySeq);
        }
        return string.CompareOrdinal(x, y);
    }

    /// <summary>The later of two positions; <paramref name="current"/> when <paramref name="candidate"/> is null.</summary>
    public static string? Max(string? current, string? candidate) =>
        Comparer.Compare(candidate, current) > 0 ? candidate : current;

    private static bool TryParse(string position, out ulong milliseconds, out ulong sequence)
    {
        var dash = position.IndexOf('-');
        sequence = 0;
        return dash < 0
            ? ulong.TryParse(position, NumberStyles.None, CultureInfo.InvariantCulture, out milliseconds)
            : ulong.TryParse(position.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out milliseconds)
              && ulong.TryParse(position.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out sequence);
    }
}
