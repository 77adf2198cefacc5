using Ioc.Hub.Live.Contract;

namespace Ioc.Hub.Live.Feed;

/// <summary>One case across a frame: as it was at the frame's start and as it is at its end (null: not open, or hidden).</summary>
internal readonly record struct CaseTransition(string CaseId, LiveCase? Before, LiveCase? After);

/// <summary>
/// One coalesced step of the feed, from <see cref="Previous"/> (version <see cref="FromVersion"/>) to
/// <see cref="Current"/> (version <see cref="ToVersion"/>). A <see cref="Reloaded"/> frame replaced the state
/// wholesale: its <see cref="Changes"/> are not the whole difference, so receivers reload instead of applying them.
/// </summary>
internal sealed record LiveFrame(
    long FromVersion, long ToVersion, bool Reloaded, LiveState Previous, LiveState Current, IReadOnlyList<CaseTransition> Changes, LiveConnection Connection)
{
    /// <summary>This frame followed by <paramref name="next"/>, as one: each case's first state before, last state after.</summary>
    public LiveFrame Merge(LiveFrame next)
    {
        var byCase = new Dictionary<string, CaseTransition>(StringComparer.Ordinal);
        foreach (var change in Changes)
        {
            byCase[change.CaseId] = change;
        }
        foreach (var change in next.Changes)
        {
            byCase[change.CaseId] = byCase.TryGetValue(change.CaseId, out var first) ? first with { After = change.After } : change;
        }
        var contiguous = next.FromVersion == ToVersion;
        return new LiveFrame(FromVersion, next.ToVersion, Reloaded || next.Reloaded || !contiguous, Previous, next.Current, [.. byCase.Values], next.Connection);
    }

    /// <summary>
    /// The changes as <paramref name="audience"/> sees them: cases visible after the frame, and the ids of cases it
    /// could see before but not after (closed, or moved to another agency). A case it never saw is never named.
    /// </summary>
    public (IReadOnlyList<LiveCase> Cases, IReadOnlyList<string> Removed) ChangesFor(LiveAudience audience)
    {
        var cases = new List<LiveCase>();
        var removed = new List<string>();
        foreach (var change in Changes)
        {
            if (change.After is { } after && audience.CanSee(after))
            {
                cases.Add(after);
            }
            else if (change.Before is { } before && audience.CanSee(before))
            {
                removed.Add(change.CaseId);
            }
        }
        return (cases, removed);
    }
}
