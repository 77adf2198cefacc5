namespace Ioc.Hub.Live.Contract;

/// <summary>
/// Everything an audience may see at one <paramref name="Version"/>: the numbers and the open cases. A client applies
/// the <see cref="DeltaBatchDto"/> whose <c>FromVersion</c> equals this version, and reloads on any other.
/// </summary>
/// <param name="Source">The serving process; versions count per source, so a batch of another source is a gap.</param>
/// <param name="Positions">The last committed stream position per partition included in this state.</param>
public sealed record LiveSnapshotDto(
    string Audience,
    string Source,
    long Version,
    IReadOnlyDictionary<string, string> Positions,
    DateTimeOffset At,
    LiveNumbers Numbers,
    IReadOnlyList<LiveCase> Cases);
