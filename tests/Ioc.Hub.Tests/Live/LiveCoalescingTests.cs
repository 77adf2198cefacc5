using System.Diagnostics;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Live.Broadcast;
using Ioc.Hub.Streaming;
using Ioc.Hub.Tests.Live.Support;
using Ioc.Hub.Tests.Projection.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ioc.Hub.Tests.Live;

/// <summary>Under a burst of events the hub sends each group at most four batches a second, each message small.</summary>
public sealed class LiveCoalescingTests(LiveCoalescingTests.RecordingHub hub) : IClassFixture<LiveCoalescingTests.RecordingHub>
{
    [Fact]
    public async Task BurstReachesAGroupAsAtMostFourBatchesASecondOfSmallMessages()
    {
        await using var client = await LiveClient.ConnectAsync(hub.HubUrl, LiveHubFactory.SupervisorKey);
        await client.SubscribeAsync("supervisor");
        var (snapshot, _) = await client.SnapshotAsync();
        var stream = hub.Services.GetRequiredService<IEventStream>();

        // A first case warms the path up (the first send of a process pays for compiling it), then the burst.
        var warmUp = new TestCase($"warm-{Guid.NewGuid():N}");
        Assert.True((await stream.AppendAsync([warmUp.Received()]))[0].Succeeded);
        var warm = (await LiveAssert.EventuallyAsync(() => client.Batches.LastOrDefault(b => b.Cases.Any(c => c.CaseId == warmUp.CaseId)), "the warm-up case arrives")).ToVersion;

        // About three seconds of traffic, 20 new cases every 10 ms: far more projection batches than four a second.
        var burst = Stopwatch.StartNew();
        var last = "";
        for (var round = 0; burst.Elapsed < TimeSpan.FromSeconds(3); round++)
        {
            var cases = Enumerable.Range(0, 20).Select(i => new TestCase($"burst-{round}-{i}-{Guid.NewGuid():N}")).ToList();
            var results = await stream.AppendAsync([.. cases.Select(c => (CaseEvent)c.Received())]);
            Assert.All(results, r => Assert.True(r.Succeeded, r.Error));
            last = cases[^1].CaseId;
            await Task.Delay(10);
        }
        await LiveAssert.EventuallyAsync(() => client.Batches.Any(b => b.Cases.Any(c => c.CaseId == last)), "the last case of the burst arrives", TimeSpan.FromSeconds(30));

        var deltas = client.Messages.Where(m => m.Method == "Deltas").ToList();
        Assert.All(deltas, m => Assert.True(LiveClient.Bytes(m.Json) < 24 * 1024, $"a message of {LiveClient.Bytes(m.Json)} bytes"));
        // The snapshot → first delta handshake is LiveHubTests' subject; here a delta already in flight while the
        // snapshot was read may start past it (a real client reloads on that gap), so only the order is checked.
        Assert.True(client.Batches.First().FromVersion >= snapshot.Version, "a delta older than the snapshot");
        // One batch is one version range, however many parts it took.
        var batches = client.Batches.Where(b => b.Part == 1 && b.FromVersion >= warm).Select(b => (b.FromVersion, b.ToVersion)).ToList();
        Assert.True(batches.Count >= 3, $"only {batches.Count} batches");
        for (var i = 1; i < batches.Count; i++)
        {
            Assert.Equal(batches[i - 1].ToVersion, batches[i].FromVersion);
        }
        Assert.Contains(batches, b => b.ToVersion - b.FromVersion > 1);

        // Server side, where the pace is set: at least 250 ms between two batches to the group, so at most four a second.
        // The server may already have sent a later batch (a scheduler transition) that is still on the wire: the
        // client's batches are the first of the server's, in order.
        var sends = hub.Log.Sends.Where(s => s.Audience == "supervisor" && s.From >= warm).ToList();
        Assert.True(sends.Count >= batches.Count, $"the server logged {sends.Count} batches, the client got {batches.Count}");
        Assert.Equal(batches, sends.Take(batches.Count).Select(s => (s.From, s.To)));
        for (var i = 1; i < sends.Count; i++)
        {
            var gap = Stopwatch.GetElapsedTime(sends[i - 1].At, sends[i].At);
            Assert.True(gap >= TimeSpan.FromMilliseconds(245), $"batches {i - 1} and {i} sent {gap.TotalMilliseconds:0} ms apart");
        }
    }

    public sealed class RecordingHub : LiveHubFactory
    {
        public SendLog Log { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(Log).AddFilter<SendLog>(typeof(LiveBroadcaster).FullName, LogLevel.Debug));
        }
    }
}
