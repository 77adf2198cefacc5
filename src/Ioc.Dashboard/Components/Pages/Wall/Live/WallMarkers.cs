using System.Collections.Immutable;
using Ioc.Dashboard.Components.Pages.Wall.Models;

namespace Ioc.Dashboard.Components.Pages.Wall.Live;

/// <summary>What changed on the map from one marker version to the next.</summary>
public sealed record MarkerChange(long FromVersion, long ToVersion, IReadOnlyList<WallCase> Upserted, IReadOnlyList<string> Removed);

/// <summary>
/// The map's open cases at one <see cref="Version"/>, shared by every wall circuit (one copy per process, not per
/// screen), with the recent changes so a circuit that knows version <c>v</c> sends its browser only what changed since.
/// Immutable: each live update makes a new one sharing the unchanged cases.
/// </summary>
public sealed class WallMarkers
{
    /// <summary>Changes kept for circuits that lag: 64 updates, 16 s at four a second; older lags get a full reset.</summary>
    public const int LogLength = 64;

    private readonly ImmutableQueue<MarkerChange> log;

    private WallMarkers(long version, ImmutableDictionary<string, WallCase> all, ImmutableQueue<MarkerChange> log, int logCount)
    {
        Version = version;
        All = all;
        this.log = log;
        LogCount = logCount;
    }

    public static WallMarkers Empty { get; } = new(0, ImmutableDictionary.Create<string, WallCase>(StringComparer.Ordinal), [], 0);

    public long Version { get; }

    public ImmutableDictionary<string, WallCase> All { get; }

    private int LogCount { get; }

    /// <summary>A new set replacing everything (start, a reload of the feed): circuits behind it reset their map.</summary>
    public WallMarkers Reset(IEnumerable<WallCase> cases) =>
        new(Version + 1, cases.ToImmutableDictionary(c => c.Id, StringComparer.Ordinal), [], 0);

    /// <summary>The next version with <paramref name="upserted"/> added or replaced and <paramref name="removed"/> gone.</summary>
    public WallMarkers Apply(IReadOnlyList<WallCase> upserted, IReadOnlyList<string> removed)
    {
        var all = All.SetItems(upserted.Select(c => KeyValuePair.Create(c.Id, c))).RemoveRange(removed);
        var change = new MarkerChange(Version, Version + 1, upserted, removed);
        var next = log.Enqueue(change);
        var count = LogCount + 1;
        if (count > LogLength)
        {
            next = next.Dequeue();
            count--;
        }
        return new(Version + 1, all, next, count);
    }

    /// <summary>
    /// What a map at <paramref name="version"/> needs to reach <see cref="Version"/>, each case once (its latest state);
    /// null when the log no longer reaches back that far, or <paramref name="version"/> is not one of this set's: reset.
    /// </summary>
    public (IReadOnlyCollection<WallCase> Upserted, IReadOnlyCollection<string> Removed)? Since(long version)
    {
        if (version == Version)
        {
            return ([], []);
        }
        var changes = log.SkipWhile(c => c.FromVersion != version).ToList();
        if (changes.Count == 0)
        {
            return null;
        }
        var upserted = new Dictionary<string, WallCase>(StringComparer.Ordinal);
        var removed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var change in changes)
        {
            foreach (var c in change.Upserted)
            {
                upserted[c.Id] = c;
                removed.Remove(c.Id);
            }
            foreach (var id in change.Removed)
            {
                upserted.Remove(id);
                removed.Add(id);
            }
        }
        return (upserted.Values, removed);
    }
}
