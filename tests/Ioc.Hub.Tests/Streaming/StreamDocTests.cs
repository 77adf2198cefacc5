using System.Text.RegularExpressions;
using Ioc.Hub.Cases.Events.Validation;
using Ioc.Hub.Streaming;
using Ioc.Hub.Streaming.Redis;
using Ioc.Hub.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;
using Xunit.Abstractions;
using static Ioc.Hub.Tests.Streaming.StreamTestKit;

namespace Ioc.Hub.Tests.Streaming;

/// <summary>docs/streaming.md tells operators to write events with redis-cli: its example must really work.</summary>
public sealed partial class StreamDocTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly StreamOptions options = FastOptions();
    private ConnectionMultiplexer redis = null!;

    public async Task InitializeAsync() => redis = await RedisTestServer.ConnectAsync();

    public async Task DisposeAsync()
    {
        await RedisTestServer.DeleteKeysAsync(redis, options.KeyPrefix);
        await redis.DisposeAsync();
    }

    [Fact]
    public async Task TheRedisCliExampleWritesAValidEventThatIsForwardedToItsPartitionAndProcessed()
    {
        var command = File.ReadAllLines(RepositoryFiles.PathOf("docs", "streaming.md"))
            .Select(l => RedisCliXadd().Match(l)).Single(m => m.Success);
        var json = command.Groups["json"].Value;
        var validator = new CaseEventValidator(new FakeTimeProvider(new DateTimeOffset(2026, 12, 31, 0, 0, 0, TimeSpan.FromHours(7))));
        Assert.True(validator.TryParseAndValidate(json, out var e, out var violations), string.Join("; ", violations));
        var stream = new RedisEventStream(redis, Microsoft.Extensions.Options.Options.Create(options), TimeProvider.System,
            new TestOutputLogger<RedisEventStream>(output));
        var recorder = new Recorder();

        // The command as printed, under this test's key prefix instead of "ioc".
        await redis.GetDatabase().StreamAddAsync(options.KeyPrefix + command.Groups["stream"].Value["ioc".Length..],
            [new("event", json), new("caseId", command.Groups["case"].Value)]);
        await using var consumer = RunningConsumer.Start(stream, "doc-reader", recorder);
        await Eventually(() => recorder.Accepted.Count == 1, "the example event is processed");

        Assert.Equal("ioc:events:0", command.Groups["stream"].Value);
        Assert.Equal(e!.CaseId, command.Groups["case"].Value);
        Assert.Equal(2, recorder.Accepted[0].Partition);  // the doc says: KH-2026-000123 belongs to partition 2
        Assert.Equal(json, recorder.Accepted[0].Json);
        Assert.Equal(0, await stream.CountDeadLettersAsync());
    }

    [GeneratedRegex(@"^redis-cli .*XADD (?<stream>\S+) '\*' event '(?<json>[^']+)' caseId (?<case>\S+)$")]
    private static partial Regex RedisCliXadd();
}
