using System.Collections.Concurrent;

namespace Ioc.Hub.Live.Broadcast;

/// <summary>
/// The audiences that have subscribers on this process, and the SignalR group of each. Group names carry the
/// process's <see cref="Source"/>: versions count per process, so with a Redis backplane a worker's batches must
/// reach its own subscribers only, never those of another worker whose versions they would not follow.
/// </summary>
public sealed class LiveGroups
{
    private readonly ConcurrentDictionary<LiveAudience, int> members = new();

    /// <summary>This process's id, stamped on every snapshot and batch.</summary>
    public string Source { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    public string GroupOf(LiveAudience audience) => $"{audience.Name}@{Source}";

    /// <summary>The audiences with at least one connection here.</summary>
    public IReadOnlyList<LiveAudience> Active => [.. members.Where(p => p.Value > 0).Select(p => p.Key)];

    public void Join(LiveAudience audience) => members.AddOrUpdate(audience, 1, (_, n) => n + 1);

    public void Leave(LiveAudience audience)
    {
        if (members.AddOrUpdate(audience, 0, (_, n) => Math.Max(0, n - 1)) == 0)
        {
            // Agency audiences come and go: drop empty entries so the set stays the live subscribers'.
            members.TryRemove(KeyValuePair.Create(audience, 0));
        }
    }
}
