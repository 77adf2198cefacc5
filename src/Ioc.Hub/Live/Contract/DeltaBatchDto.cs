namespace Ioc.Hub.Live.Contract;

/// <summary>
/// What changed for an audience between <paramref name="FromVersion"/> (exclusive) and <paramref name="ToVersion"/>
/// (inclusive), coalesced: each case appears once with its latest state. A batch too large for one message is sent
/// as <paramref name="Parts"/> messages with the same range; only the last one carries the numbers and the positions,
/// and a client moves to <paramref name="ToVersion"/> after applying it (docs/live-feed.md "Applying deltas").
/// </summary>
/// <param name="Cases">Cases that are open and visible to the audience after the batch (new or changed).</param>
/// <param name="Removed">Ids of cases the audience held that closed or left its view (re-routed elsewhere).</param>
/// <param name="Numbers">The counters that changed, with their new values; null on a part but the last, or when none changed.</param>
public sealed record DeltaBatchDto(
    string Audience,
    string Source,
    long FromVersion,
    long ToVersion,
    int Part,
    int Parts,
    IReadOnlyList<LiveCase> Cases,
    IReadOnlyList<string> Removed,
    LiveNumbersDelta? Numbers,
    IReadOnlyDictionary<string, string>? Positions,
    DateTimeOffset At)
{
    public bool IsLastPart => Part == Parts;
}
