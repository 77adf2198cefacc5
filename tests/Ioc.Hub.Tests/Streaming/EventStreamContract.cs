using Ioc.Hub.Cases.Events;
using Ioc.Hub.Streaming;
using static Ioc.Hub.Tests.Streaming.StreamTestKit;

namespace Ioc.Hub.Tests.Streaming;

/// <summary>
/// The behaviour both implementations promise (docs/streaming.md). Each subclass runs every test against its own
/// stream: <see cref="InProcessEventStreamTests"/> in memory, <see cref="RedisEventStreamTests"/> on a real Redis.
/// </summary>
public abstract class EventStreamContract : IAsyncLifetime
{
    private readonly List<RunningConsumer> consumers = [];

    protected StreamOptions Options { get; } = FastOptions();

    /// <summary>A stream over <see cref="Options"/>; Redis ones share the test's key prefix.</summary>
    protected abstract IEventStream CreateStream();

    /// <summary>Writes an entry straight into a partition, as <c>redis-cli XADD &lt;stream&gt; * event '…'</c> does.</summary>
    protected abstract Task WriteRawAsync(int partition, string json);

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        foreach (var consumer in consumers)
            await consumer.DisposeAsync();
    }

    private protected RunningConsumer Consume(IEventStream stream, Recorder recorder, string consumerId = "consumer-a")
    {
        var consumer = RunningConsumer.Start(stream, consumerId, recorder);
        consumers.Add(consumer);
        return consumer;
    }

    [Fact]
    public async Task EventsOfEachCaseAreDeliveredOnceAndInTheOrderTheyWereAppended()
    {
        var stream = CreateStream();
        string[] cases = ["KH-2026-000123", "ST-2026-000789", "TN-2026-000342", "DN-2026-000918", "TH-2026-000457"];
        var first = cases.SelectMany(c => Enumerable.Range(1, 6).Select(s => Note(c, s))).OrderBy(e => e.Sequence).ToList();
        var second = cases.Select(c => Note(c, 7)).ToList();
        await stream.AppendAsync(first);
        await stream.AppendAsync(second);
        var recorder = new Recorder();

        Consume(stream, recorder);
        await Eventually(() => recorder.Accepted.Count >= 35, "all 35 events are processed");

        var received = recorder.Accepted.Select(e => CaseEventJson.Deserialize(e.Json)).ToList();
        Assert.Equal(first.Concat(second).Select(e => e.Id).Order(), received.Select(e => e.Id).Order());
        foreach (var events in received.GroupBy(e => e.CaseId))
            Assert.Equal(Enumerable.Range(1, 7).Select(s => (long)s), events.Select(e => e.Sequence));
    }

    [Fact]
    public async Task AppendReturnsEachEventsPartitionAndThePositionTheConsumerSees()
    {
        var stream = CreateStream();
        var events = new[] { Note("KH-2026-000123", 1), Note("ST-2026-000789", 1), Note("KH-2026-000123", 2) };

        var results = await stream.AppendAsync(events);

        Assert.All(results, r => Assert.True(r.Succeeded, r.Error));
        Assert.Equal(events.Select(e => e.Id), results.Select(r => r.EventId));
        Assert.Equal(events.Select(e => stream.PartitionOf(e.CaseId)), results.Select(r => r.Partition));
        Assert.All(results, r => Assert.Matches(@"^\d+-\d+$", r.Position!.Position));
        Assert.Equal($"{Options.KeyPrefix}:events:{results[0].Partition}", results[0].Position!.Stream);
        var recorder = new Recorder();
        Consume(stream, recorder);
        await Eventually(() => recorder.Accepted.Count == 3, "the three events are processed");
        var seen = recorder.Accepted.ToDictionary(e => CaseEventJson.Deserialize(e.Json).Id);
        foreach (var result in results)
        {
            Assert.Equal(result.Position!.Position, seen[result.EventId].Position);
            Assert.Equal(result.Position.Stream, seen[result.EventId].Stream);
            Assert.Equal(result.Partition, seen[result.EventId].Partition);
        }
    }

    [Fact]
    public async Task EntriesAreAcknowledgedOnlyAfterTheHandlerReturns()
    {
        var stream = CreateStream();
        var release = new TaskCompletionSource();
        var recorder = new Recorder { Decide = async (_, ct) => { await release.Task.WaitAsync(ct); return Rejection.None; } };
        var appended = (await stream.AppendAsync([Note("KH-2026-000123", 1)]))[0];
        Consume(stream, recorder);
        await Eventually(() => recorder.Delivered.Count == 1, "the entry is handed to the handler");

        var whileHandling = (await stream.GetStatusAsync())[appended.Partition];
        release.SetResult();

        Assert.Equal(1, whileHandling.Pending);
        await Eventually(async () => (await stream.GetStatusAsync())[appended.Partition].Pending == 0, "the entry is acknowledged");
    }

    [Fact]
    public async Task BatchIsRedeliveredWithDeliveryCountTwoWhenTheHandlerThrows()
    {
        var stream = CreateStream();
        var calls = 0;
        var recorder = new Recorder
        {
            Decide = (_, _) => Interlocked.Increment(ref calls) == 1
                ? throw new TimeoutException("database busy")
                : Task.FromResult(Rejection.None),
        };
        var note = Note("KH-2026-000123", 1);
        await stream.AppendAsync([note]);

        Consume(stream, recorder);
        await Eventually(() => recorder.Accepted.Count == 1, "the retried batch succeeds");

        Assert.Equal([1, 2], recorder.Delivered.Select(e => e.DeliveryCount));
        Assert.Equal(CaseEventJson.Serialize(note), recorder.Accepted[0].Json);
        Assert.Equal(0, await stream.CountDeadLettersAsync());
    }

    [Fact]
    public async Task RejectedEntriesAreDeadLetteredWithTheReasonWhileTheOthersAreProcessed()
    {
        var stream = CreateStream();
        var events = new[] { Note("KH-2026-000123", 1), Note("KH-2026-000123", 2, "poison"), Note("KH-2026-000123", 3) };
        var results = await stream.AppendAsync(events);
        var recorder = new Recorder
        {
            Decide = (batch, _) => Task.FromResult<IReadOnlyList<Rejection>>(
                [.. batch.Entries.Where(e => e.Json.Contains("poison")).Select(e => new Rejection(e.Position, "contract: the note is poison"))]),
        };

        Consume(stream, recorder);
        await Eventually(async () => await stream.CountDeadLettersAsync() == 1, "the rejected entry is dead-lettered");
        await Eventually(() => recorder.Accepted.Count == 2, "the two good entries are processed");

        var letter = Assert.Single(await stream.ListDeadLettersAsync(10));
        Assert.Equal("contract: the note is poison", letter.Reason);
        Assert.Equal(results[1].Position!.Position, letter.Position);
        Assert.Equal(results[1].Position!.Stream, letter.Stream);
        Assert.Equal(CaseEventJson.Serialize(events[1]), letter.Json);
        Assert.Equal(1, letter.Deliveries);
        Assert.Equal([results[0].Position!.Position, results[2].Position!.Position], recorder.Accepted.Select(e => e.Position));
        await Eventually(async () => (await stream.GetStatusAsync()).Sum(s => s.Pending) == 0, "everything is acknowledged");
    }

    [Fact]
    public async Task EntryThatKeepsFailingIsDeadLetteredAfterMaxDeliveriesWhileItsNeighboursProceed()
    {
        var stream = CreateStream();
        var events = new[] { Note("KH-2026-000123", 1), Note("KH-2026-000123", 2, "crash"), Note("KH-2026-000123", 3) };
        var results = await stream.AppendAsync(events);
        var recorder = new Recorder
        {
            Decide = (batch, _) => batch.Entries.Any(e => e.Json.Contains("crash"))
                ? throw new InvalidOperationException("projection bug")
                : Task.FromResult(Rejection.None),
        };

        Consume(stream, recorder);
        await Eventually(() => recorder.Accepted.Count == 2, "the neighbours of the failing entry are processed");
        await Eventually(async () => await stream.CountDeadLettersAsync() == 1, "the failing entry is dead-lettered");

        var letter = Assert.Single(await stream.ListDeadLettersAsync(10));
        Assert.Equal(results[1].Position!.Position, letter.Position);
        Assert.Equal(Options.MaxDeliveries, letter.Deliveries);
        Assert.Contains("projection bug", letter.Reason);
        Assert.Equal([results[0].Position!.Position, results[2].Position!.Position], recorder.Accepted.Select(e => e.Position));
    }

    [Fact]
    public async Task DeadLettersAreListedInOrderAndCanBeReplayedOrDeleted()
    {
        var stream = CreateStream();
        var rejecting = true;
        var recorder = new Recorder
        {
            Decide = (batch, _) => Task.FromResult<IReadOnlyList<Rejection>>(
                Volatile.Read(ref rejecting) ? [.. batch.Entries.Select(e => new Rejection(e.Position, "not yet"))] : Rejection.None),
        };
        var events = new[] { Note("KH-2026-000123", 1), Note("ST-2026-000789", 1), Note("TN-2026-000342", 1) };
        var results = await stream.AppendAsync(events);
        Consume(stream, recorder);
        await Eventually(async () => await stream.CountDeadLettersAsync() == 3, "three dead letters exist");
        Volatile.Write(ref rejecting, false);

        var all = await stream.ListDeadLettersAsync(10);
        var page = await stream.ListDeadLettersAsync(1, after: all[0].Id);
        var replayed = await stream.ReplayDeadLetterAsync(all[1].Id);
        await Eventually(() => recorder.Accepted.Count == 1, "the replayed event is processed");
        var deleted = await stream.DeleteDeadLetterAsync(all[2].Id);

        Assert.Equal(results.Select(r => r.Position!.Position).Order(), all.Select(l => l.Position).Order());
        Assert.True(StreamId.Parse(all[0].Id) < StreamId.Parse(all[1].Id) && StreamId.Parse(all[1].Id) < StreamId.Parse(all[2].Id));
        Assert.Equal(all[1].Id, Assert.Single(page).Id);
        Assert.Equal(stream.PartitionOf(CaseEventJson.Deserialize(all[1].Json).CaseId), replayed!.Partition);
        Assert.Equal(all[1].Json, recorder.Accepted[0].Json);
        Assert.Equal(replayed.Position, recorder.Accepted[0].Position);
        Assert.True(deleted);
        Assert.Equal([all[0].Id], (await stream.ListDeadLettersAsync(10)).Select(l => l.Id));
        Assert.Null(await stream.ReplayDeadLetterAsync(all[1].Id));
        Assert.False(await stream.DeleteDeadLetterAsync(all[2].Id));
        Assert.Null(await stream.ReplayDeadLetterAsync("not-an-id"));
        Assert.False(await stream.DeleteDeadLetterAsync("not-an-id"));
        await Assert.ThrowsAsync<ArgumentException>(() => stream.ListDeadLettersAsync(10, after: "not-an-id"));
    }

    [Fact]
    public async Task MisroutedEntryIsForwardedToItsOwnPartitionAndProcessedThere()
    {
        var stream = CreateStream();
        var caseId = CaseIn(stream, 2);
        var note = Note(caseId, 1);
        var recorder = new Recorder();

        await WriteRawAsync(0, Json(note));
        Consume(stream, recorder);
        await Eventually(() => recorder.Accepted.Count == 1, "the misrouted event is processed");

        var entry = recorder.Accepted[0];
        Assert.Equal(2, entry.Partition);
        Assert.Equal($"{Options.KeyPrefix}:events:2", entry.Stream);
        Assert.Equal(Json(note), entry.Json);
        Assert.Equal(0, await stream.CountDeadLettersAsync());
        await Eventually(async () => (await stream.GetStatusAsync())[0].Pending == 0, "the original entry is acknowledged");
    }

    [Fact]
    public async Task EntriesThatCannotBeRoutedAreDeadLetteredWithoutReachingTheHandler()
    {
        var stream = CreateStream();
        var recorder = new Recorder();
        await WriteRawAsync(1, "{ not json");
        await WriteRawAsync(1, """{"type":"ioc.note-added","note":"no case"}""");
        await stream.AppendAsync([Note("KH-2026-000123", 1)]);

        Consume(stream, recorder);
        await Eventually(async () => await stream.CountDeadLettersAsync() == 2, "both unroutable entries are dead-lettered");
        await Eventually(() => recorder.Accepted.Count == 1, "the good event is processed");

        var letters = await stream.ListDeadLettersAsync(10);
        Assert.Contains("not valid JSON", letters[0].Reason);
        Assert.Equal("{ not json", letters[0].Json);
        Assert.Contains("no 'caseId'", letters[1].Reason);
        Assert.DoesNotContain(recorder.Delivered, e => !e.Json.Contains("KH-2026-000123"));
    }

    [Fact]
    public async Task IdleConsumerIsWokenByAnAppendInsteadOfWaitingForItsNextPoll()
    {
        // Polls 5 s apart: only a wake-up can deliver within the 2 s allowed below.
        Options.PollMinInterval = TimeSpan.FromSeconds(5);
        Options.PollMaxInterval = TimeSpan.FromSeconds(5);
        Options.LeaseTtl = TimeSpan.FromSeconds(30);
        var stream = CreateStream();
        var recorder = new Recorder();
        Consume(stream, recorder);
        await Eventually(async () => (await stream.GetStatusAsync()).All(s => s.Owner == "consumer-a"), "the consumer holds every partition");
        await Task.Delay(50);

        await stream.AppendAsync([Note("KH-2026-000123", 1)]);

        await Eventually(() => recorder.Accepted.Count == 1, "the idle consumer is woken", TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task TrimmingRemovesProcessedEntriesButNeverPendingOrUndeliveredOnes()
    {
        Options.Partitions = 1;
        var stream = CreateStream();
        var hold = new TaskCompletionSource();
        var recorder = new Recorder();
        await stream.AppendAsync([.. Enumerable.Range(1, 5).Select(s => Note("KH-2026-000123", s))]);
        var consumer = Consume(stream, recorder);
        await Eventually(() => recorder.Accepted.Count == 5, "the first five are processed");
        await Eventually(async () => (await stream.GetStatusAsync())[0].Pending == 0, "the first five are acknowledged");
        recorder.Decide = async (_, ct) => { await hold.Task.WaitAsync(ct); return Rejection.None; };
        await stream.AppendAsync([.. Enumerable.Range(6, 3).Select(s => Note("KH-2026-000123", s))]);
        // Redis may hand over the first of the three alone: then one is pending and two are not even delivered yet.
        await Eventually(() => recorder.Delivered.Count >= 6, "the next entries are being handled");

        var removedWhilePending = await stream.TrimAsync();
        var duringHandling = (await stream.GetStatusAsync())[0];
        var deliveredDuringHandling = recorder.Delivered.Count - 5;
        hold.SetResult();
        await Eventually(() => recorder.Accepted.Count == 8, "the three are processed");
        await Eventually(async () => (await stream.GetStatusAsync())[0].Pending == 0, "the three are acknowledged");
        var removedAfter = await stream.TrimAsync();
        await consumer.StopAsync();
        await stream.AppendAsync([Note("KH-2026-000123", 9), Note("KH-2026-000123", 10)]);
        var removedUndelivered = await stream.TrimAsync();

        Assert.Equal(5, removedWhilePending);
        Assert.Equal(3, duringHandling.Length);
        Assert.Equal(deliveredDuringHandling, duringHandling.Pending);
        Assert.Equal(3, removedAfter);
        Assert.Equal(0, removedUndelivered);
        Assert.Equal(2, (await stream.GetStatusAsync())[0].Length);
    }

    [Fact]
    public async Task TwoConsumersSplitThePartitionsAndEachPartitionIsHandledByOneOfThem()
    {
        var stream = CreateStream();
        var byConsumer = new Dictionary<string, Recorder> { ["consumer-a"] = new(), ["consumer-b"] = new() };
        Consume(stream, byConsumer["consumer-a"], "consumer-a");
        await Eventually(async () => (await stream.GetStatusAsync()).All(s => s.Owner == "consumer-a"), "the first consumer holds all four");
        Consume(await SecondInstanceAsync(), byConsumer["consumer-b"], "consumer-b");

        await Eventually(async () => (await stream.GetStatusAsync()).Count(s => s.Owner == "consumer-b") == 2
            && (await stream.GetStatusAsync()).Count(s => s.Owner == "consumer-a") == 2, "each consumer holds two partitions");
        var events = Enumerable.Range(0, 40).Select(i => Note($"KH-2026-{i:D6}", 1)).ToList();
        await stream.AppendAsync(events);
        await Eventually(() => byConsumer.Values.Sum(r => r.Accepted.Count) == 40, "all events are processed");

        var handlers = byConsumer.SelectMany(c => c.Value.Accepted.Select(e => (e.Partition, Consumer: c.Key)))
            .GroupBy(x => x.Partition).ToDictionary(g => g.Key, g => g.Select(x => x.Consumer).Distinct().ToList());
        Assert.Equal(4, handlers.Count);
        Assert.All(handlers.Values, consumersOfPartition => Assert.Single(consumersOfPartition));
        Assert.Equal(2, handlers.Values.Count(c => c[0] == "consumer-b"));
    }

    [Fact]
    public async Task GracefulStopReleasesTheLeasesSoAnotherConsumerTakesOverBeforeTheyExpire()
    {
        Options.LeaseTtl = TimeSpan.FromSeconds(30);
        var stream = CreateStream();
        var first = Consume(stream, new Recorder(), "consumer-a");
        await Eventually(async () => (await stream.GetStatusAsync()).All(s => s.Owner == "consumer-a"), "the first consumer holds all four");

        await first.StopAsync();
        var afterStop = await stream.GetStatusAsync();
        var recorder = new Recorder();
        Consume(await SecondInstanceAsync(), recorder, "consumer-b");
        await stream.AppendAsync([Note("KH-2026-000123", 1)]);

        Assert.All(afterStop, s => Assert.Null(s.Owner));
        await Eventually(() => recorder.Accepted.Count == 1, "the second consumer processes new events", TimeSpan.FromSeconds(2));
    }

    /// <summary>Another process's view of the same stream (Redis: another connection; memory: the same object).</summary>
    protected abstract Task<IEventStream> SecondInstanceAsync();
}
