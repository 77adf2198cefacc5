using Ioc.Hub.Live.Contract;
using Ioc.Hub.Live.Feed;

namespace Ioc.Hub.Live.Broadcast;

/// <summary>Cuts the feed's state and frames into the wire messages of one audience.</summary>
internal static class LiveMessages
{
    public static LiveSnapshotDto Snapshot(LiveState state, LiveAudience audience, string source)
    {
        var cases = state.CasesFor(audience).Values.OrderBy(c => c.CaseId, StringComparer.Ordinal).ToList();
        var numbers = audience.Cut(LiveNumbers.From(state.Numbers));
        return new LiveSnapshotDto(audience.Name, source, state.Version, state.Numbers.Positions, state.Numbers.At, numbers, cases);
    }

    /// <summary>
    /// The frame's batch for <paramref name="audience"/>, split so that no message holds more than
    /// <paramref name="maxCases"/> cases and removals together; the last part carries the numbers and positions.
    /// Always at least one message, even when nothing visible changed, so every batch follows the previous one.
    /// </summary>
    public static IReadOnlyList<DeltaBatchDto> Deltas(LiveFrame frame, LiveAudience audience, string source, int maxCases)
    {
        var (cases, removed) = frame.ChangesFor(audience);
        var numbers = audience.Cut(LiveNumbers.From(frame.Previous.Numbers)).DeltaTo(audience.Cut(LiveNumbers.From(frame.Current.Numbers)));
        var parts = Math.Max(1, (cases.Count + removed.Count + maxCases - 1) / maxCases);
        var batches = new List<DeltaBatchDto>(parts);
        int c = 0, r = 0;
        for (var part = 1; part <= parts; part++)
        {
            var caseCount = Math.Min(maxCases, cases.Count - c);
            var removedCount = Math.Min(maxCases - caseCount, removed.Count - r);
            var last = part == parts;
            batches.Add(new DeltaBatchDto(audience.Name, source, frame.FromVersion, frame.ToVersion, part, parts,
                [.. cases.Skip(c).Take(caseCount)], [.. removed.Skip(r).Take(removedCount)],
                last ? numbers : null, last ? frame.Current.Numbers.Positions : null, frame.Current.Numbers.At));
            c += caseCount;
            r += removedCount;
        }
        return batches;
    }
}
