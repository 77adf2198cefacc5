namespace Ioc.Hub.Streaming.Consumption;

/// <summary>Partition leases (one active consumer per partition) and instance heartbeats (the split of partitions).</summary>
internal interface ILeaseStore
{
    /// <summary>Records this consumer as alive for <paramref name="ttl"/>; returns the number of live consumers, itself included.</summary>
    Task<int> HeartbeatAsync(string consumerId, TimeSpan ttl);

    /// <summary>Partitions whose lease nobody holds, or this consumer holds (a restart under the same id).</summary>
    Task<IReadOnlyList<int>> AvailablePartitionsAsync(string consumerId);

    Task<bool> TryAcquireAsync(int partition, string consumerId, TimeSpan ttl);

    /// <summary>Extends the lease if this consumer still holds it; false when it was lost.</summary>
    Task<bool> RenewAsync(int partition, string consumerId, TimeSpan ttl);

    /// <summary>Deletes the lease if this consumer holds it.</summary>
    Task ReleaseAsync(int partition, string consumerId);

    /// <summary>Removes the heartbeat, so the others' share grows at once.</summary>
    Task LeaveAsync(string consumerId);
}
