using System.Diagnostics;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Streaming;
using Ioc.Hub.Tests.Live.Support;
using Ioc.Hub.Tests.Projection.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Ioc.Hub.Tests.Live;

/// <summary>Under a burst of events the hub sends each group at most four batches a second, each message small.</summary>
public sealed class LiveCoalescingTests(LiveHubFactory hub) : IClassFixture<LiveHubFactory>
{
    [Fact]
    public async Task BurstReachesAGroupAsAtMostFourBatchesASecondOfSmallMessages()
    {
        await using var client = await LiveClient.ConnectAsync(hub.HubUrl, LiveHubFactory.SupervisorKey);
        await client.SubscribeAsync("supervisor");
        var (snapshot, _) = await client.SnapshotAsync();
        var stream = hub.Services.GetRequiredService<IEventStream>();

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
        // One batch is one version range, however many parts it took; its first part marks when it was sent.
        var batches = client.Batches.Zip(deltas, (b, m) => (b, m.At)).Where(x => x.b.Part == 1).Select(x => (x.b.FromVersion, x.b.ToVersion, x.At)).ToList();
        Assert.True(batches.Count >= 6, $"only {batches.Count} batches");
        Assert.Equal(snapshot.Version, batches[0].FromVersion);
        for (var i = 1; i < batches.Count; i++)
        {
            Assert.Equal(batches[i - 1].ToVersion, batches[i].FromVersion);
        }
        Assert.Contains(batches, b => b.ToVersion - b.FromVersion > 1);
        // Any five consecutive batches span at least a second (less a little scheduling jitter on the client).
        for (var i = 4; i < batches.Count; i++)
        {
            var span = Stopwatch.GetElapsedTime(batches[i - 4].At, batches[i].At);
            Assert.True(span >= TimeSpan.FromMilliseconds(900), $"batches {i - 4}..{i} arrived within {span.TotalMilliseconds:0} ms");
        }
    }
}
