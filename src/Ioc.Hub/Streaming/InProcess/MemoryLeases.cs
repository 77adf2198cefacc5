using Ioc.Hub.Streaming.Consumption;

namespace Ioc.Hub.Streaming.InProcess;

/// <summary>
/// Leases and heartbeats in memory: with one process they only matter when several consumers run side by side,
/// and then they split the partitions exactly as Redis leases do.
/// </summary>
internal sealed class MemoryLeases(Lock gate, TimeProvider time, int partitionCount) : ILeaseStore
{
    private readonly (string Owner, DateTimeOffset Expires)?[] leases = new (string, DateTimeOffset)?[partitionCount];
    private readonly Dictionary<string, DateTimeOffset> heartbeats = [];

    public Task<int> HeartbeatAsync(string consumerId, TimeSpan ttl)
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            foreach (var gone in heartbeats.Where(h => h.Value <= now).Select(h => h.Key).ToList())
                heartbeats.Remove(gone);
            heartbeats[consumerId] = now + ttl;
            return Task.FromResult(heartbeats.Count);
        }
    }

    public Task<IReadOnlyList<int>> AvailablePartitionsAsync(string consumerId)
    {
        lock (gate)
        {
            IReadOnlyList<int> available = [.. Enumerable.Range(0, leases.Length).Where(p => Owner(p) is null || Owner(p) == consumerId)];
            return Task.FromResult(available);
        }
    }

    public Task<bool> TryAcquireAsync(int partition, string consumerId, TimeSpan ttl)
    {
        lock (gate)
        {
            if (Owner(partition) is { } owner && owner != consumerId)
                return Task.FromResult(false);
            leases[partition] = (consumerId, time.GetUtcNow() + ttl);
            return Task.FromResult(true);
        }
    }

    public Task<bool> RenewAsync(int partition, string consumerId, TimeSpan ttl)
    {
        lock (gate)
        {
            if (Owner(partition) != consumerId)
                return Task.FromResult(false);
            leases[partition] = (consumerId, time.GetUtcNow() + ttl);
            return Task.FromResult(true);
        }
    }

    public Task ReleaseAsync(int partition, string consumerId)
    {
        lock (gate)
        {
            if (Owner(partition) == consumerId)
                leases[partition] = null;
            return Task.CompletedTask;
        }
    }

    public Task LeaveAsync(string consumerId)
    {
        lock (gate)
        {
            heartbeats.Remove(consumerId);
            return Task.CompletedTask;
        }
    }

    /// <summary>The live holder of a partition's lease; call with the gate held.</summary>
    public string? Owner(int partition) =>
        leases[partition] is { } lease && lease.Expires > time.GetUtcNow() ? lease.Owner : null;
}
