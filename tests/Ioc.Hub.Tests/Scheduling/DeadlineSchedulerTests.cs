using Ioc.Hub.Cases.Events;
using Ioc.Hub.Projection;
using Ioc.Hub.Sla.Profiles;
using Ioc.Hub.Streaming;
using Ioc.Hub.Streaming.Redis;
using Ioc.Hub.Tests.Projection.Support;
using Ioc.Hub.Tests.Scheduling.Support;
using Ioc.Hub.Tests.Streaming;
using Ioc.Hub.Tests.Support.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using static Ioc.Hub.Tests.Scheduling.Support.SchedulerKit;

namespace Ioc.Hub.Tests.Scheduling;

/// <summary>
/// The scheduler in the live pipeline: transitions appended to the in-process stream, projected into a real SQLite
/// store and announced to subscribers, on a fake clock that moves with no event at all. One fresh database per test,
/// because every worker plans all the open cases it finds in its store.
/// </summary>
public sealed class DeadlineSchedulerTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase database = new();

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task ARoutedCaseWithNoFurtherEventBecomesDueSoonThenOverdueOnOfficeTimeAfterTheHolidays()
    {
        var clock = new FakeTimeProvider(At(4, 29, 14));
        var stream = Stream();
        await using var worker = await SchedulerWorker.StartAsync(database, clock, stream);
        var c = new TestCase("kh-holiday").At(At(4, 29, 14));
        await AppendAsync(stream, database, c.Received());
        clock.SetUtcNow(At(4, 29, 15));
        await AppendAsync(stream, database, c.At(At(4, 29, 15)).Routed());

        // 000 Điều 7.1.a: one working day to accept. 30/4 and 1/5 are public holidays and 2–3/5 a weekend: the clock
        // stands still, so the due-soon half of the day (two hours Wednesday, two Monday) ends Monday 04/05 09:30.
        clock.SetUtcNow(At(5, 1, 10));
        await Settle();
        clock.SetUtcNow(At(5, 4, 9, 29, 59));
        await Settle();
        Assert.Empty(await ScheduledAsync(database, c.CaseId));

        clock.SetUtcNow(At(5, 4, 9, 30));
        var dueSoon = Assert.IsType<DeadlineStateChanged>(Assert.Single(await ScheduledAsync(database, c.CaseId, 1)));
        Assert.Equal(("acceptance", SlaStatus.DueSoon, At(5, 4, 15), At(5, 4, 9, 30), 2L),
            (dueSoon.Step, dueSoon.Status, dueSoon.DueAt, dueSoon.OccurredAt, dueSoon.Sequence));

        // The due instant itself is still on time; overdue begins just after it.
        clock.SetUtcNow(At(5, 4, 15));
        await Settle();
        Assert.Single(await ScheduledAsync(database, c.CaseId));
        clock.SetUtcNow(At(5, 4, 15).AddMilliseconds(1));
        var overdue = Assert.IsType<DeadlineStateChanged>((await ScheduledAsync(database, c.CaseId, 2))[1]);
        Assert.Equal(("acceptance", SlaStatus.Overdue, At(5, 4, 15), At(5, 4, 15)), (overdue.Step, overdue.Status, overdue.DueAt, overdue.OccurredAt));
        Assert.Equal(0, await stream.CountDeadLettersAsync());
    }

    [Fact]
    public async Task TheOverdueTransitionReachesAChangeSubscriberWithNoOtherEvent()
    {
        var clock = new FakeTimeProvider(At(5, 4, 8));
        var stream = Stream();
        await using var worker = await SchedulerWorker.StartAsync(database, clock, stream);
        var c = new TestCase("kh-subscriber").At(At(5, 4, 8));
        await AppendAsync(stream, database, c.Received());
        clock.SetUtcNow(At(5, 4, 9));
        await AppendAsync(stream, database, c.At(At(5, 4, 9)).Routed());
        var changes = new List<CaseChange>();
        using var subscription = worker.Notifier.Subscribe(change =>
        {
            lock (changes)
            {
                changes.AddRange(change.Changes.Where(x => x.CaseId == c.CaseId));
            }
            return Task.CompletedTask;
        });
        var lengthBefore = await LengthAsync(stream);

        // 000 Điều 7.1.a: routed Monday 09:00, one working day (07:30–11:30, 13:00–17:00) to accept: due Tuesday 09:00.
        clock.SetUtcNow(At(5, 5, 9).AddMilliseconds(1));

        await StreamTestKit.Eventually(() =>
        {
            lock (changes)
            {
                return changes.Any(x => x.NewStatus == "Overdue");
            }
        }, "the subscriber hears that the case is overdue");
        var scheduled = await ScheduledAsync(database, c.CaseId, 2);
        // Nothing but the scheduler's two transitions (the due soon it caught up, then the overdue) entered the stream.
        Assert.Equal(lengthBefore + 2, await LengthAsync(stream));
        Assert.Equal([SlaStatus.DueSoon, SlaStatus.Overdue], scheduled.Cast<DeadlineStateChanged>().Select(e => e.Status));
        // Stored on the fake clock, which has not moved on from one millisecond after the deadline.
        var rows = await ProjectionHarness.EventRowsAsync(database, c.CaseId);
        Assert.All(rows.TakeLast(2), r => Assert.Equal(At(5, 5, 9).AddMilliseconds(1).UtcDateTime, r.RecordedAtUtc, TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task DongNaiEscalatesToTheAgencyHeadAfterEightWorkingHoursAndIsOverdueOnlyAfterItsFortyEight()
    {
        var clock = new FakeTimeProvider(At(5, 4, 8, 50));
        var stream = Stream();
        await using var worker = await SchedulerWorker.StartAsync(database, clock, stream);
        // Transferred before the operator's 30 working minutes are even due soon.
        var c = new TestCase("dn-escalation", SchedulerProfiles.DongNai) { Lead = "dn-sxd" }.At(At(5, 4, 8, 50));
        await AppendAsync(stream, database, c.Received());
        clock.SetUtcNow(At(5, 4, 9));
        await AppendAsync(stream, database, c.At(At(5, 4, 9)).Routed());

        // 004 Điều 9.1.b, 10.1: the focal officer has 08 working hours (07:00–11:30, 13:00–16:30) from the transfer.
        clock.SetUtcNow(At(5, 4, 14, 30));
        var dueSoon = Assert.IsType<DeadlineStateChanged>(Assert.Single(await ScheduledAsync(database, c.CaseId, 1)));
        Assert.Equal((SlaStatus.DueSoon, At(5, 5, 9)), (dueSoon.Status, dueSoon.DueAt));

        // 004 Điều 9.1.b: unanswered after 08 working hours, the case goes to the head of the agency.
        clock.SetUtcNow(At(5, 5, 9).AddMilliseconds(1));
        var escalated = Assert.IsType<CaseEscalated>((await ScheduledAsync(database, c.CaseId, 2))[1]);
        Assert.Equal((EscalationLevel.AgencyHead, true, "dn-sxd", At(5, 5, 9)), (escalated.Level, escalated.Automatic, escalated.AgencyId, escalated.OccurredAt));
        Assert.Contains("9.1.b", escalated.Reason);
        var row = await ProjectionHarness.CaseRowAsync(database, c.CaseId);
        var state = CaseStateJson.Deserialize(row!.StateJson);
        Assert.Equal((EscalationLevel.AgencyHead, At(5, 5, 9)), (state.EscalationLevel, state.EscalatedAt));
        // 004 Điều 10.2: not late yet: the head has 48 working hours from the transfer.
        await Settle();
        Assert.Equal(2, (await ScheduledAsync(database, c.CaseId)).Count);

        clock.SetUtcNow(At(5, 11, 14, 30));
        var headDueSoon = Assert.IsType<DeadlineStateChanged>((await ScheduledAsync(database, c.CaseId, 3))[2]);
        Assert.Equal((SlaStatus.DueSoon, At(5, 12, 9)), (headDueSoon.Status, headDueSoon.DueAt));
        // 004 Điều 10.2: past the 48 working hours the case is "trễ hạn (đang chờ xử lý)".
        clock.SetUtcNow(At(5, 12, 9).AddMilliseconds(1));
        var overdue = Assert.IsType<DeadlineStateChanged>((await ScheduledAsync(database, c.CaseId, 4))[3]);
        Assert.Equal(("processing", SlaStatus.Overdue, At(5, 12, 9)), (overdue.Step, overdue.Status, overdue.DueAt));
    }

    [Fact]
    public async Task ASchedulerRestartedOverTheSameStoreNeitherRepeatsNorMissesATransition()
    {
        var clock = new FakeTimeProvider(At(5, 4, 8));
        var c = new TestCase("kh-restart").At(At(5, 4, 8));
        var before = Stream();
        await using (var worker = await SchedulerWorker.StartAsync(database, clock, before))
        {
            await AppendAsync(before, database, c.Received());
            clock.SetUtcNow(At(5, 4, 9));
            await AppendAsync(before, database, c.At(At(5, 4, 9)).Routed());
            // Routed 09:00: half of the working day to accept has gone by at 14:30 (2.5 h morning, 1.5 h afternoon).
            clock.SetUtcNow(At(5, 4, 14, 30));
            await ScheduledAsync(database, c.CaseId, 1);
        }

        // Down from Monday afternoon to Wednesday: the acceptance deadline (Tuesday 09:00) passes meanwhile.
        clock.SetUtcNow(At(5, 6, 10));
        var after = Stream();
        await using var restarted = await SchedulerWorker.StartAsync(database, clock, after);

        var scheduled = await ScheduledAsync(database, c.CaseId, 2);
        var overdue = Assert.IsType<DeadlineStateChanged>(scheduled[1]);
        // Caught up at once, with the instant it really fell.
        Assert.Equal((SlaStatus.Overdue, At(5, 5, 9), At(5, 5, 9)), (overdue.Status, overdue.DueAt, overdue.OccurredAt));
        await Settle();
        Assert.Equal(2, (await ScheduledAsync(database, c.CaseId)).Count);
        // The restarted scheduler appended the overdue only: the due soon recorded before the restart was not sent again.
        Assert.Equal(1, await LengthAsync(after));
    }

    [Fact]
    public Task TwoWorkersSplittingThePartitionsEmitEachTransitionOnce() => TwoWorkersEmitEachTransitionOnceAsync(Stream(partitions: 2));

    [Fact]
    public async Task TwoWorkersSplittingRedisPartitionsEmitEachTransitionOnce()
    {
        // Distributed mode: the partition leases the scheduler reads are Redis keys.
        using var redis = await RedisTestServer.ConnectAsync();
        var options = StreamTestKit.FastOptions();
        options.Partitions = 2;
        try
        {
            await TwoWorkersEmitEachTransitionOnceAsync(new RedisEventStream(redis, Microsoft.Extensions.Options.Options.Create(options),
                TimeProvider.System, NullLogger<RedisEventStream>.Instance));
        }
        finally
        {
            await RedisTestServer.DeleteKeysAsync(redis, options.KeyPrefix);
        }
    }

    private async Task TwoWorkersEmitEachTransitionOnceAsync(IEventStream stream)
    {
        var clock = new FakeTimeProvider(At(5, 4, 8));
        await using var first = await SchedulerWorker.StartAsync(database, clock, stream);
        var cases = new[] { new TestCase(StreamTestKit.CaseIn(stream, 0, "kh-two-")), new TestCase(StreamTestKit.CaseIn(stream, 1, "kh-two-")) };
        clock.SetUtcNow(At(5, 4, 9));
        foreach (var c in cases)
        {
            await AppendAsync(stream, database, c.At(At(5, 4, 8)).Received(), c.At(At(5, 4, 9)).Routed());
        }
        // The second worker loads both cases from the store too, but holds one partition only.
        await using var second = await SchedulerWorker.StartAsync(database, clock, stream, async w =>
        {
            var owners = (await stream.GetStatusAsync()).Select(p => p.Owner).ToList();
            return owners.Contains(w.ConsumerId) && owners.Contains(first.ConsumerId);
        });
        var lengthBefore = await LengthAsync(stream);

        clock.SetUtcNow(At(5, 5, 9).AddMilliseconds(1));

        foreach (var c in cases)
        {
            await ScheduledAsync(database, c.CaseId, 2);
        }
        await Settle();
        Assert.Equal(lengthBefore + 4, await LengthAsync(stream));
        foreach (var c in cases)
        {
            Assert.Equal(2, (await ScheduledAsync(database, c.CaseId)).Count);
        }
    }

    [Fact]
    public async Task AWorkerTakingOverAPartitionEmitsForCasesItsMemoryNeverSaw()
    {
        var clock = new FakeTimeProvider(At(5, 4, 9));
        var stream = Stream(partitions: 2);
        await using var survivor = await SchedulerWorker.StartAsync(database, clock, stream);
        var leaving = await SchedulerWorker.StartAsync(database, clock, stream, async w =>
            (await stream.GetStatusAsync()).Any(p => p.Owner == w.ConsumerId) && (await stream.GetStatusAsync()).Any(p => p.Owner == survivor.ConsumerId));
        var partition = (await stream.GetStatusAsync()).Single(p => p.Owner == leaving.ConsumerId).Partition;
        // Received and routed while the other worker held its partition: the survivor's memory never sees it.
        var c = new TestCase(StreamTestKit.CaseIn(stream, partition, "kh-takeover-"));
        await AppendAsync(stream, database, c.At(At(5, 4, 8)).Received(), c.At(At(5, 4, 9)).Routed());
        Assert.False(survivor.Projection.Memory.TryGet(c.CaseId, out _));
        // One ownership refresh (every 2 s) later the survivor has seen the other worker hold the partition.
        clock.Advance(TimeSpan.FromSeconds(3));
        await Settle();

        await leaving.DisposeAsync();
        await StreamTestKit.Eventually(survivor.HoldsAllAsync, "the survivor takes the partition over");
        clock.SetUtcNow(At(5, 5, 9).AddMilliseconds(1));

        var scheduled = await ScheduledAsync(database, c.CaseId, 2);
        Assert.Equal([SlaStatus.DueSoon, SlaStatus.Overdue], scheduled.Cast<DeadlineStateChanged>().Select(e => e.Status));
    }

    [Fact]
    public async Task TwoSchedulersOverOneProjectionAppendTheSameIdsAndTheStoreKeepsEachTransitionOnce()
    {
        var clock = new FakeTimeProvider(At(5, 4, 8));
        var stream = Stream();
        await using var worker = await SchedulerWorker.StartAsync(database, clock, stream);
        await worker.AddSchedulerAsync();
        var c = new TestCase("kh-twice").At(At(5, 4, 8));
        clock.SetUtcNow(At(5, 4, 9));
        await AppendAsync(stream, database, c.Received(), c.At(At(5, 4, 9)).Routed());
        var lengthBefore = await LengthAsync(stream);

        // Hold the projection so that neither scheduler can see the other's transitions before appending its own.
        worker.Hold();
        clock.SetUtcNow(At(5, 5, 9).AddMilliseconds(1));
        await StreamTestKit.Eventually(async () => await LengthAsync(stream) == lengthBefore + 4, "both schedulers appended due soon and overdue");
        worker.Release();

        var scheduled = await ScheduledAsync(database, c.CaseId, 2);
        await Settle();
        Assert.Equal(2, (await ScheduledAsync(database, c.CaseId)).Count);
        Assert.Equal([SlaStatus.DueSoon, SlaStatus.Overdue], scheduled.Cast<DeadlineStateChanged>().Select(e => e.Status));
        Assert.Equal(0, await stream.CountDeadLettersAsync());
    }

    [Fact]
    public async Task AStepAnsweredInTimeIsNeverOverdueAndAResolvedCaseEmitsNothingMore()
    {
        var clock = new FakeTimeProvider(At(5, 4, 8));
        var stream = Stream();
        await using var worker = await SchedulerWorker.StartAsync(database, clock, stream);
        var c = new TestCase("kh-resolved").At(At(5, 4, 8));
        clock.SetUtcNow(At(5, 4, 9));
        await AppendAsync(stream, database, c.Received(), c.At(At(5, 4, 9)).Routed());
        clock.SetUtcNow(At(5, 4, 14, 30));
        await ScheduledAsync(database, c.CaseId, 1);

        // Accepted before the acceptance deadline (Tuesday 09:00): that deadline never fires.
        clock.SetUtcNow(At(5, 4, 15));
        await AppendAsync(stream, database, c.At(At(5, 4, 15)).Accepted());
        clock.SetUtcNow(At(5, 5, 10));
        await Settle();
        Assert.Single(await ScheduledAsync(database, c.CaseId));

        // Resolved (published) before the processing step was even due soon: nothing more, weeks later.
        clock.SetUtcNow(At(5, 6, 11, 30));
        await AppendAsync(stream, database, c.At(At(5, 6, 10)).Result(), c.At(At(5, 6, 11)).Approved(), c.At(At(5, 6, 11, 30)).Published());
        clock.SetUtcNow(At(6, 15, 10));
        await Settle();
        Assert.Single(await ScheduledAsync(database, c.CaseId));
    }

    [Fact]
    public async Task AnEmergencyClockHourDeadlineFiresOnASaturdayNight()
    {
        var clock = new FakeTimeProvider(At(5, 9, 22, 10));
        var stream = Stream();
        await using var worker = await SchedulerWorker.StartAsync(database, clock, stream);
        var c = new TestCase("kh-night").At(At(5, 9, 22, 10));
        await AppendAsync(stream, database, c.Received(emergency: true));

        // 000 Điều 10.1: an emergency is handled within one hour around the clock; due soon 15 minutes before.
        clock.SetUtcNow(At(5, 9, 22, 55));
        var dueSoon = Assert.IsType<DeadlineStateChanged>(Assert.Single(await ScheduledAsync(database, c.CaseId, 1)));
        Assert.Equal(("reception", SlaStatus.DueSoon, At(5, 9, 23, 10)), (dueSoon.Step, dueSoon.Status, dueSoon.DueAt));
        clock.SetUtcNow(At(5, 9, 23, 10).AddMilliseconds(1));
        var overdue = Assert.IsType<DeadlineStateChanged>((await ScheduledAsync(database, c.CaseId, 2))[1]);
        Assert.Equal((SlaStatus.Overdue, At(5, 9, 23, 10)), (overdue.Status, overdue.OccurredAt));
    }
}
