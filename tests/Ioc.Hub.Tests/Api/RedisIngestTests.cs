using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Ingest;
using Ioc.Hub.Tests.Streaming;
using StackExchange.Redis;
using static Ioc.Hub.Tests.Api.IngestEvents;

namespace Ioc.Hub.Tests.Api;

/// <summary>The Hub host of a distributed deployment: the same API over the Redis stream (IOC_TEST_REDIS), under a key prefix of its own.</summary>
public sealed class RedisIngestFactory : IngestApiFactory
{
    public string Prefix { get; } = $"test:ingest:{Guid.NewGuid():N}";

    protected override IEnumerable<(string Key, string Value)> Settings => [.. base.Settings, ("Ioc:Redis", RedisTestServer.Endpoint), ("Ioc:Stream:KeyPrefix", Prefix)];

    protected override async Task CleanUpAsync()
    {
        await using var redis = await RedisTestServer.ConnectAsync();
        await RedisTestServer.DeleteKeysAsync(redis, Prefix);
    }
}

public sealed class RedisIngestTests(RedisIngestFactory factory) : IClassFixture<RedisIngestFactory>
{
    [Fact]
    public async Task AnAcceptedEventIsInItsRedisStreamAtTheReturnedPosition()
    {
        var client = factory.ClientWith(await factory.CreateKeyAsync("pakn.redis"));
        var received = Received();

        var response = await client.PostAsync("/api/events", Body(received));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var position = Assert.Single((await response.Content.ReadFromJsonAsync<IngestAccepted>(new JsonSerializerOptions(JsonSerializerDefaults.Web)))!.Positions);
        Assert.Equal($"{factory.Prefix}:events:{factory.Stream.PartitionOf(position.CaseId)}", position.Stream);
        await using var redis = await RedisTestServer.ConnectAsync();
        var entry = Assert.Single(await redis.GetDatabase().StreamRangeAsync(position.Stream, position.Position, position.Position));
        var stored = CaseEventJson.Deserialize((string)entry["event"]!);
        Assert.Equal(IdOf(received), stored.Id);
        Assert.Equal("pakn.redis", stored.Actor);
    }

    [Fact]
    public async Task ARefusedBatchLeavesEveryRedisStreamUntouched()
    {
        var client = factory.ClientWith(await factory.CreateKeyAsync("pakn.redis.bad"));
        var events = Enumerable.Range(0, 20).Select(_ => Received()).ToList();
        events[13]["sequence"] = 0;
        var before = await factory.StreamLengthAsync();

        var response = await client.PostAsync("/api/events", Batch(events));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await factory.StreamLengthAsync());
    }
}
