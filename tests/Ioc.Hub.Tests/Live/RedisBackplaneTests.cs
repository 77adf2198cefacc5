using System.Collections.Concurrent;
using Ioc.Hub.Live;
using Ioc.Hub.Live.Broadcast;
using Ioc.Hub.Streaming;
using Ioc.Hub.Streaming.Redis;
using Ioc.Hub.Tests.Live.Support;
using Ioc.Hub.Tests.Projection.Support;
using Ioc.Hub.Tests.Streaming;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Ioc.Hub.Tests.Live;

/// <summary>
/// Distributed mode (<c>Ioc:Redis</c> set): events come through Redis Streams and the hub's messages through the
/// Redis backplane, on the one multiplexer the stream registered. Needs the Redis of scripts/test.sh.
/// </summary>
public sealed class RedisBackplaneTests(RedisBackplaneTests.RedisHub hub) : IClassFixture<RedisBackplaneTests.RedisHub>
{
    [Fact]
    public async Task HubMessagesCrossTheRedisBackplaneOnTheApplicationsOneMultiplexer()
    {
        Assert.IsType<RedisEventStream>(hub.Services.GetRequiredService<IEventStream>());
        Assert.IsType<RedisHubLifetimeManager<IocHub>>(hub.Services.GetRequiredService<HubLifetimeManager<IocHub>>());
        var factory = hub.Services.GetRequiredService<IOptions<RedisOptions>>().Value.ConnectionFactory!;
        Assert.Same(hub.Services.GetRequiredService<IConnectionMultiplexer>(), await factory(TextWriter.Null));

        using var observer = await RedisTestServer.ConnectAsync();
        var group = hub.Services.GetRequiredService<LiveGroups>().GroupOf(LiveAudience.Supervisor);
        var published = new ConcurrentQueue<string>();
        await observer.GetSubscriber().SubscribeAsync(RedisChannel.Pattern("*"), (channel, _) => published.Enqueue(channel.ToString()));

        await using var client = await LiveClient.ConnectAsync(hub.HubUrl, LiveHubFactory.SupervisorKey);
        await client.SubscribeAsync("supervisor");
        var (snapshot, _) = await client.SnapshotAsync();
        var c = new TestCase($"redis-{Guid.NewGuid():N}");
        var appended = await hub.Services.GetRequiredService<IEventStream>().AppendAsync([c.Received()]);
        Assert.True(appended[0].Succeeded, appended[0].Error);

        var batch = await LiveAssert.EventuallyAsync(() => client.Batches.FirstOrDefault(b => b.Cases.Any(x => x.CaseId == c.CaseId)), "the delta arrives through Redis");
        Assert.True(batch.FromVersion >= snapshot.Version);
        // The backplane's channels are the hub's own (named after its type), apart from the stream's keys and wake-up channel.
        await LiveAssert.EventuallyAsync(() => published.Contains($"{typeof(IocHub).FullName}:group:{group}"), "the batch was published on the group's channel");
    }

    public sealed class RedisHub : LiveHubFactory
    {
        public string Prefix { get; } = $"test:{Guid.NewGuid():N}";

        protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["Ioc:Redis"] = RedisTestServer.Endpoint,
            ["Ioc:Stream:KeyPrefix"] = Prefix,
        };

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            using var redis = await RedisTestServer.ConnectAsync();
            await RedisTestServer.DeleteKeysAsync(redis, Prefix);
        }
    }
}
