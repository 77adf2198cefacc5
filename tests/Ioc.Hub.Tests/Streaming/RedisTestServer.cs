using StackExchange.Redis;

namespace Ioc.Hub.Tests.Streaming;

/// <summary>The Redis server scripts/test.sh starts (IOC_TEST_REDIS=host:port). Missing, the Redis tests fail: never skipped.</summary>
internal static class RedisTestServer
{
    public static string Endpoint =>
        Environment.GetEnvironmentVariable("IOC_TEST_REDIS") is { Length: > 0 } endpoint
            ? endpoint
            : throw new InvalidOperationException("IOC_TEST_REDIS is not set: run the tests through scripts/test.sh, which starts Redis.");

    public static async Task<ConnectionMultiplexer> ConnectAsync() =>
        await ConnectionMultiplexer.ConnectAsync($"{Endpoint},abortConnect=true,connectTimeout=2000");

    /// <summary>Deletes every key of a test's prefix.</summary>
    public static async Task DeleteKeysAsync(IConnectionMultiplexer redis, string prefix)
    {
        var server = redis.GetServers()[0];
        var keys = new List<RedisKey>();
        await foreach (var key in server.KeysAsync(pattern: prefix + ":*", pageSize: 1000))
            keys.Add(key);
        if (keys.Count > 0)
            await redis.GetDatabase().KeyDeleteAsync([.. keys]);
    }
}
