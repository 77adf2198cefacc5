using Ioc.Hub.Cases.Events;
using Ioc.Hub.Tests.Live.Support;
using Ioc.Hub.Tests.Projection.Support;

namespace Ioc.Hub.Tests.Pipeline;

/// <summary>
/// The real Hub worker process over Redis and PostgreSQL, killed with SIGKILL in the middle of a burst and started
/// again: every accepted entry is applied exactly once, duplicates (the same event again, or a producer's retry under
/// a new id arriving after later events) and misrouted entries change nothing, and the restarted worker's live
/// numbers equal the store.
/// </summary>
public sealed class WorkerCrashTests
{
    private const int Cases = 10_000;

    [Fact]
    public async Task AWorkerKilledMidBurstAppliesEveryAcceptedEventExactlyOnceAfterItsRestart()
    {
        await using var run = await PipelineRun.StartAsync();
        var (entries, lifecycleEvents) = Burst(run);
        Assert.Equal(2 * Cases, lifecycleEvents);

        var first = await run.StartWorkerAsync();
        long eventsAtKill;
        try
        {
            var sending = run.SendAsync(entries, chunk: 1000, pause: TimeSpan.FromMilliseconds(100));
            await PipelineRun.UntilAsync(async () => (await run.StoreCountsAsync()).Events >= 2_000, "the worker has applied a part of the burst",
                TimeSpan.FromSeconds(60), () => $"{run.StoreCountsAsync().Result} {run.DeadLetterCountAsync().Result}\n{first.Log}");
            await first.KillAsync();
            eventsAtKill = (await run.StoreCountsAsync()).Events;
            await sending;
        }
        finally
        {
            await first.DisposeAsync();
        }
        // The kill really interrupted the work: part of the burst was still to apply (and some of it pending in Redis).
        Assert.InRange(eventsAtKill, 2_000, lifecycleEvents - 1);

        await using var second = await run.StartWorkerAsync();
        await PipelineRun.UntilAsync(async () => (await run.StoreCountsAsync()) is { Cases: Cases, Events: >= 2 * Cases },
            "the restarted worker has applied the whole burst", TimeSpan.FromSeconds(120), () => second.Log);

        // Settle, then look: nothing more arrives, nothing was applied twice.
        await Task.Delay(TimeSpan.FromSeconds(1));
        var store = await run.StoreCountsAsync();
        Assert.Equal((Cases, 2L * Cases, 2L * Cases), (store.Cases, store.Events, store.DistinctSequences));
        Assert.Equal(0, await run.DeadLetterCountAsync());

        await using var client = await LiveClient.ConnectAsync(second.HubUrl, HubWorkerProcess.SupervisorKey);
        await client.SubscribeAsync("supervisor");
        var (snapshot, _) = await client.SnapshotAsync();
        Assert.Equal(Cases, snapshot.Numbers.Totals.Open);
        Assert.Equal(Cases, snapshot.Numbers.OpenByAdminUnit["kh-nha-trang"]);
        Assert.Equal(Cases, snapshot.Numbers.OpenByField["infrastructure"]);
        Assert.Equal(Cases, snapshot.Numbers.Daily.Sum(d => d.Received));
        Assert.Equal(Cases, snapshot.Numbers.ByAgency["kh-sxd"].Open);
    }

    /// <summary>
    /// <see cref="Cases"/> cases received then routed (20 000 lifecycle events), case after case, plus 1 000 exact
    /// duplicates, 1 000 retries of a reception under a new id sent after the routing, and 500 routings written to a
    /// partition that is not their case's (the consumer forwards them home).
    /// </summary>
    private static (List<(int Partition, string? Event)> Entries, int LifecycleEvents) Burst(PipelineRun run)
    {
        var now = DateTimeOffset.UtcNow.ToOffset(TestCase.Vietnam);
        var entries = new List<(int, string?)>(2 * Cases + 2_500);
        var lifecycle = 0;
        for (var i = 0; i < Cases; i++)
        {
            var c = new TestCase($"crash-{i:D5}").At(now);
            var received = c.Received();
            var routed = c.After(TimeSpan.FromMinutes(1)).Routed();
            var home = run.PartitionOf(c.CaseId);
            entries.Add((home, CaseEventJson.Serialize(received)));
            entries.Add((i % 20 == 1 ? (home + 1) % PipelineRun.Partitions : home, CaseEventJson.Serialize(routed)));
            lifecycle += 2;
            if (i % 10 == 0)
                entries.Add((home, CaseEventJson.Serialize(received)));
            if (i % 10 == 5)
                entries.Add((home, CaseEventJson.Serialize(received with { Id = Guid.NewGuid() })));
        }
        return (entries, lifecycle);
    }
}
