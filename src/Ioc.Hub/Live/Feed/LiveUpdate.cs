using Ioc.Hub.Live.Contract;
using Ioc.Hub.Projection.Aggregates;

namespace Ioc.Hub.Live.Feed;

/// <summary>
/// What a component receives, at most four times a second, already cut for its audience. When
/// <see cref="Reloaded"/> is true the state was replaced (start-up, lost deltas, hub reconnect): read
/// <see cref="ILiveFeed.View"/> again instead of applying <see cref="Cases"/> and <see cref="Removed"/>.
/// </summary>
/// <param name="Numbers">The numbers at <paramref name="ToVersion"/> (an agency's emergency list holds its own cases only).</param>
/// <param name="Cases">Open cases the audience may see that are new or changed.</param>
/// <param name="Removed">Ids of cases that closed or left the audience's view.</param>
public sealed record LiveUpdate(
    LiveAudience Audience,
    long FromVersion,
    long ToVersion,
    bool Reloaded,
    LiveSnapshot Numbers,
    IReadOnlyList<LiveCase> Cases,
    IReadOnlyList<string> Removed,
    LiveConnection Connection);

/// <summary>The whole state an audience may see, at <see cref="Version"/>.</summary>
public sealed record LiveView(LiveAudience Audience, LiveSnapshot Numbers, IReadOnlyDictionary<string, LiveCase> Cases, LiveConnection Connection)
{
    public long Version => Numbers.Version;
}
