using Ioc.Hub.Streaming.Consumption;
using StackExchange.Redis;

namespace Ioc.Hub.Streaming.Redis;

/// <summary>
/// Leases are plain keys (<c>SET NX PX</c>, compare-and-extend, compare-and-delete); liveness is one sorted set
/// scored by each instance's heartbeat expiry, counted on the server's clock so instance clocks never matter.
/// </summary>
internal sealed class RedisLeaseStore(IConnectionMultiplexer redis, StreamNames names, int partitionCount) : ILeaseStore
{
    private IDatabase Db => redis.GetDatabase();

    public async Task<int> HeartbeatAsync(string consumerId, TimeSpan ttl) =>
        (int)await Db.ScriptEvaluateAsync(RedisScripts.Heartbeat, [names.Consumers], [consumerId, Milliseconds(ttl)]);

    public async Task<IReadOnlyList<int>> AvailablePartitionsAsync(string consumerId)
    {
        var owners = await Db.StringGetAsync([.. Enumerable.Range(0, partitionCount).Select(p => (RedisKey)names.Lease(p))]);
        return [.. Enumerable.Range(0, partitionCount).Where(p => owners[p].IsNull || owners[p] == consumerId)];
    }

    public async Task<bool> TryAcquireAsync(int partition, string consumerId, TimeSpan ttl) =>
        (int)await Db.ScriptEvaluateAsync(RedisScripts.AcquireLease, [names.Lease(partition)], [consumerId, Milliseconds(ttl)]) == 1;

    public async Task<bool> RenewAsync(int partition, string consumerId, TimeSpan ttl) =>
        (int)await Db.ScriptEvaluateAsync(RedisScripts.RenewLease, [names.Lease(partition)], [consumerId, Milliseconds(ttl)]) == 1;

    public Task ReleaseAsync(int partition, string consumerId) =>
        Db.ScriptEvaluateAsync(RedisScripts.ReleaseLease, [names.Lease(partition)], [consumerId]);

    public Task LeaveAsync(string consumerId) => Db.SortedSetRemoveAsync(names.Consumers, consumerId);

    private static long Milliseconds(TimeSpan ttl) => (long)ttl.TotalMilliseconds;
}
