using Ioc.Hub.Streaming;
using Ioc.Hub.Streaming.Redis;
using StackExchange.Redis;
using Xunit.Abstractions;
using static Ioc.Hub.Tests.Streaming.StreamTestKit;

namespace Ioc.Hub.Tests.Streaming;

/// <summary>The shared contract on a real Redis, plus what only a distributed deployment can show: crashes and instances.</summary>
public sealed class RedisEventStreamTests(ITestOutputHelper output) : EventStreamContract
{
    private readonly List<ConnectionMultiplexer> connections = [];
    private ConnectionMultiplexer redis = null!;

    public override async Task InitializeAsync() => redis = await Connect();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await RedisTestServer.DeleteKeysAsync(redis, Options.KeyPrefix);
        foreach (var connection in connections)
            await connection.DisposeAsync();
    }

    protected override IEventStream CreateStream() => Over(redis);

    // Another process: its own connection, so only Redis (and its pub/sub) links the two.
    protected override async Task<IEventStream> SecondInstanceAsync() => Over(await Connect());

    protected override Task WriteRawAsync(int partition, string json) =>
        redis.GetDatabase().StreamAddAsync(Key($"events:{partition}"), "event", json);

    [Fact]
    public async Task SurvivorClaimsTheCrashedConsumersPendingEntriesAndProcessesThemExactlyOnce()
    {
        Options.Partitions = 1;
        var crashing = await Connect();
        var stuck = new Recorder { Decide = async (_, ct) => { await Task.Delay(Timeout.Infinite, ct); return Rejection.None; } };
        var appended = await CreateStream().AppendAsync([.. Enumerable.Range(1, 5).Select(s => Note("KH-2026-000123", s))]);
        var victim = RunningConsumer.Start(Over(crashing), "consumer-a", stuck);
        await Eventually(() => stuck.Delivered.Count == 5, "the first consumer is handling the batch");

        // The crash: its connection dies mid-batch, so it can neither acknowledge nor release its lease.
        await crashing.CloseAsync(allowCommandsToComplete: false);
        await victim.StopAsync();
        var leaseAfterCrash = await redis.GetDatabase().StringGetAsync(Key("lease:0"));
        var survivor = new Recorder();
        Consume(await SecondInstanceAsync(), survivor, "consumer-b");
        await Eventually(() => survivor.Accepted.Count == 5, "the survivor processes the claimed entries", TimeSpan.FromSeconds(3));
        await Task.Delay(100);

        Assert.Equal("consumer-a", leaseAfterCrash);
        Assert.Empty(stuck.Accepted);
        Assert.Equal(appended.Select(a => a.Position!.Position), survivor.Accepted.Select(e => e.Position));
        Assert.All(survivor.Accepted, e => Assert.Equal(2, e.DeliveryCount));
        Assert.Equal(0, (await CreateStream().GetStatusAsync())[0].Pending);
    }

    [Fact]
    public async Task ConsumerOnAnotherInstanceIsWokenThroughPubSub()
    {
        // Polls 5 s apart: only the pub/sub wake-up can deliver within the 2 s allowed below.
        Options.PollMinInterval = TimeSpan.FromSeconds(5);
        Options.PollMaxInterval = TimeSpan.FromSeconds(5);
        Options.LeaseTtl = TimeSpan.FromSeconds(30);
        var consumerSide = CreateStream();
        var producerSide = await SecondInstanceAsync();
        var recorder = new Recorder();
        Consume(consumerSide, recorder);
        await Eventually(async () => (await consumerSide.GetStatusAsync()).All(s => s.Owner == "consumer-a"), "the consumer holds every partition");
        await Task.Delay(50);

        await producerSide.AppendAsync([Note("KH-2026-000123", 1)]);

        await Eventually(() => recorder.Accepted.Count == 1, "the consumer is woken from another instance", TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task RedisCliEntryWithOnlyTheEventFieldIsProcessed()
    {
        var stream = CreateStream();
        var note = Note("KH-2026-000123", 1);
        var partition = stream.PartitionOf(note.CaseId);
        var recorder = new Recorder();

        // redis-cli XADD test:…:events:2 '*' event '{…}'
        var id = await redis.GetDatabase().StreamAddAsync(Key($"events:{partition}"), "event", Json(note));
        Consume(stream, recorder);
        await Eventually(() => recorder.Accepted.Count == 1, "the hand-written entry is processed");

        Assert.Equal((string)id!, recorder.Accepted[0].Position);
        Assert.Equal(partition, recorder.Accepted[0].Partition);
    }

    [Fact]
    public async Task EntryWithoutAnEventFieldIsDeadLettered()
    {
        var stream = CreateStream();
        var recorder = new Recorder();
        var id = await redis.GetDatabase().StreamAddAsync(Key("events:3"), "payload", "{}");

        Consume(stream, recorder);
        await Eventually(async () => await stream.CountDeadLettersAsync() == 1, "the entry is dead-lettered");

        var letter = Assert.Single(await stream.ListDeadLettersAsync(10));
        Assert.Equal((string)id!, letter.Position);
        Assert.Equal("", letter.Json);
        Assert.Contains("no 'event' field", letter.Reason);
        Assert.Empty(recorder.Delivered);
    }

    [Fact]
    public async Task ConsumerStopsReadingAPartitionWhoseLeaseAnotherConsumerTook()
    {
        Options.LeaseTtl = TimeSpan.FromSeconds(30);
        var stream = CreateStream();
        var recorder = new Recorder();
        Consume(stream, recorder);
        var first = await stream.AppendAsync([Note(CaseIn(stream, 2), 1)]);
        await Eventually(() => recorder.Accepted.Count == 1, "the consumer reads new entries of partition 2");

        await redis.GetDatabase().StringSetAsync(Key("lease:2"), "intruder", TimeSpan.FromSeconds(30));
        await stream.AppendAsync([Note(CaseIn(stream, 2), 2), Note(CaseIn(stream, 1), 1)]);
        await Eventually(() => recorder.Accepted.Any(e => e.Partition == 1), "the partition still held is processed");
        await Task.Delay(100);

        Assert.Equal(1, recorder.Delivered.Count(e => e.Partition == 2));
        var partition2 = (await stream.GetStatusAsync())[2];
        Assert.Equal("intruder", partition2.Owner);
        Assert.Equal(0, partition2.Pending);
        Assert.Equal(first[0].Position!.Position, partition2.LastDelivered);
    }

    [Fact]
    public async Task AppendReportsAnErrorPerEventWhenRedisIsUnreachable()
    {
        var broken = await Connect();
        var stream = Over(broken);
        await broken.CloseAsync();

        var results = await stream.AppendAsync([Note("KH-2026-000123", 1), Note("ST-2026-000789", 1)]);

        Assert.All(results, r => Assert.False(r.Succeeded));
        Assert.All(results, r => Assert.False(string.IsNullOrEmpty(r.Error)));
    }

    private string Key(string suffix) => $"{Options.KeyPrefix}:{suffix}";

    private RedisEventStream Over(IConnectionMultiplexer connection) =>
        new(connection, Microsoft.Extensions.Options.Options.Create(Options), TimeProvider.System, new TestOutputLogger<RedisEventStream>(output));

    private async Task<ConnectionMultiplexer> Connect()
    {
        var connection = await RedisTestServer.ConnectAsync();
        connections.Add(connection);
        return connection;
    }
}
