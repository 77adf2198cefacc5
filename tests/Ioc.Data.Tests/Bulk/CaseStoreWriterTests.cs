using Ioc.Data.Cases;
using Ioc.Data.Streaming;
using Ioc.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Ioc.Data.Tests.Infrastructure.Samples;

namespace Ioc.Data.Tests.Bulk;

/// <summary>The contract of <c>ICaseStoreWriter</c>, run against each provider's real database.</summary>
public abstract class CaseStoreWriterTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private readonly Data.Bulk.ICaseStoreWriter _writer = database.CreateWriter();

    [Fact]
    public async Task BatchStoresEventsCaseReporterAndCheckpointExactly()
    {
        var caseId = NewCaseId();
        var events = new[] { Event(caseId, 1), Event(caseId, 2, "CaseRouted") };
        var snapshot = Case(caseId, 2);
        var reporter = Reporter(caseId);
        var checkpoint = new StreamCheckpoint { Stream = $"stream-{caseId}", Position = "1700000000000-2", UpdatedAtUtc = Base.AddMinutes(3) };

        var inserted = await _writer.WriteBatchAsync(events, [snapshot], [reporter], checkpoint);

        Assert.Equal(2, inserted);
        await using var db = database.CreateContext();
        var stored = await db.Events.Where(e => e.CaseId == caseId).OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal(2, stored.Count);
        AssertSameColumns(events[0], stored[0]);
        AssertSameColumns(events[1], stored[1]);
        AssertSameColumns(snapshot, await db.Cases.SingleAsync(c => c.Id == caseId));
        AssertSameColumns(reporter, await db.CaseReporters.SingleAsync(r => r.CaseId == caseId));
        AssertSameColumns(checkpoint, await db.StreamCheckpoints.SingleAsync(c => c.Stream == checkpoint.Stream));
    }

    [Fact]
    public async Task WritingTheSameBatchTwiceCountsEachEventOnce()
    {
        var caseId = NewCaseId();
        var events = Enumerable.Range(1, 50).Select(i => Event(caseId, i)).ToList();

        var first = await _writer.WriteBatchAsync(events, [Case(caseId, 50)], [], null);
        var second = await _writer.WriteBatchAsync(events, [Case(caseId, 50)], [], null);

        Assert.Equal(50, first);
        Assert.Equal(0, second);
        await using var db = database.CreateContext();
        Assert.Equal(50, await db.Events.CountAsync(e => e.CaseId == caseId));
    }

    [Fact]
    public async Task ARedeliveredEventInsideANewBatchIsSkippedAndTheRestInserted()
    {
        var caseId = NewCaseId();
        var old = Event(caseId, 1);
        await _writer.WriteBatchAsync([old], [], [], null);

        var inserted = await _writer.WriteBatchAsync([old, Event(caseId, 2), old], [], [], null);

        Assert.Equal(1, inserted);
        await using var db = database.CreateContext();
        Assert.Equal(2, await db.Events.CountAsync(e => e.CaseId == caseId));
    }

    [Fact]
    public async Task ANewerSnapshotReplacesTheStoredCase()
    {
        var caseId = NewCaseId();
        await _writer.WriteBatchAsync([Event(caseId, 1)], [Case(caseId, 1)], [], null);
        var newer = Case(caseId, 2, slaStatus: "Overdue");
        newer.Stage = "Accepted";
        newer.LateByMinutes = 95;
        newer.Rating = "unsatisfied";
        newer.ResolvedAtUtc = Base.AddDays(2);

        await _writer.WriteBatchAsync([Event(caseId, 2)], [newer], [], null);

        await using var db = database.CreateContext();
        AssertSameColumns(newer, await db.Cases.SingleAsync(c => c.Id == caseId));
    }

    [Fact]
    public async Task AStaleSnapshotNeverRollsACaseBack()
    {
        var caseId = NewCaseId();
        await _writer.WriteBatchAsync([], [Case(caseId, 5, slaStatus: "Overdue")], [], null);

        await _writer.WriteBatchAsync([], [Case(caseId, 3, slaStatus: "OnTime")], [], null);

        await using var db = database.CreateContext();
        var stored = await db.Cases.SingleAsync(c => c.Id == caseId);
        Assert.Equal(5, stored.LastSequence);
        Assert.Equal("Overdue", stored.SlaStatus);
    }

    [Fact]
    public async Task WithinABatchTheSnapshotWithTheHighestSequenceWins()
    {
        var caseId = NewCaseId();

        await _writer.WriteBatchAsync([], [Case(caseId, 2, "DueSoon"), Case(caseId, 4, "Overdue"), Case(caseId, 3, "OnTime")], [], null);

        await using var db = database.CreateContext();
        Assert.Equal("Overdue", (await db.Cases.SingleAsync(c => c.Id == caseId)).SlaStatus);
    }

    [Fact]
    public async Task TheCheckpointMovesForwardWithEveryBatch()
    {
        var stream = $"stream-{Guid.NewGuid():N}";
        await _writer.WriteBatchAsync([], [], [], new StreamCheckpoint { Stream = stream, Position = "10-0", UpdatedAtUtc = Base });

        await _writer.WriteBatchAsync([], [], [], new StreamCheckpoint { Stream = stream, Position = "20-0", UpdatedAtUtc = Base.AddSeconds(1) });

        await using var db = database.CreateContext();
        var stored = await db.StreamCheckpoints.SingleAsync(c => c.Stream == stream);
        Assert.Equal("20-0", stored.Position);
        Assert.Equal(Base.AddSeconds(1), stored.UpdatedAtUtc);
    }

    [Fact]
    public async Task ABatchThatFailsHalfwayLeavesNothingBehind()
    {
        var caseId = NewCaseId();
        var stream = $"stream-{caseId}";
        var orphan = Reporter(NewCaseId()); // its case exists nowhere: the foreign key fails after events and cases are written

        await Assert.ThrowsAnyAsync<Exception>(() => _writer.WriteBatchAsync(
            [Event(caseId, 1), Event(caseId, 2)], [Case(caseId, 2)], [Reporter(caseId), orphan],
            new StreamCheckpoint { Stream = stream, Position = "1-0", UpdatedAtUtc = Base }));

        await using var db = database.CreateContext();
        Assert.Equal(0, await db.Events.CountAsync(e => e.CaseId == caseId));
        Assert.False(await db.Cases.AnyAsync(c => c.Id == caseId));
        Assert.False(await db.CaseReporters.AnyAsync(r => r.CaseId == caseId));
        Assert.False(await db.StreamCheckpoints.AnyAsync(c => c.Stream == stream));
    }

    [Fact]
    public async Task UtcInstantsAndTheProducersOffsetRoundTrip()
    {
        var caseId = NewCaseId();
        var occurredAt = new DateTimeOffset(2026, 12, 31, 23, 59, 59, 999, 999, TimeSpan.FromHours(7));
        var (utc, offset) = EventRecord.Split(occurredAt);
        var e = Event(caseId, 1);
        e.OccurredAtUtc = utc;
        e.OccurredOffsetMinutes = offset;

        await _writer.WriteBatchAsync([e], [], [], null);

        await using var db = database.CreateContext();
        var stored = await db.Events.SingleAsync(x => x.EventId == e.EventId);
        Assert.Equal(DateTimeKind.Utc, stored.OccurredAtUtc.Kind);
        Assert.Equal(new DateTime(2026, 12, 31, 16, 59, 59, 999, 999, DateTimeKind.Utc), stored.OccurredAtUtc);
        Assert.Equal(occurredAt, stored.OccurredAt);
        Assert.Equal(TimeSpan.FromHours(7), stored.OccurredAt.Offset);
    }

    [Fact]
    public async Task InstantsCompareAndSortOnTheServer()
    {
        var caseId = NewCaseId();
        var events = new[] { Event(caseId, 3), Event(caseId, 1), Event(caseId, 2) };
        await _writer.WriteBatchAsync(events, [], [], null);

        await using var db = database.CreateContext();
        var after = Base.AddMinutes(1).AddTicks(10);
        var later = await db.Events.Where(e => e.CaseId == caseId && e.OccurredAtUtc > after).OrderByDescending(e => e.OccurredAtUtc).Select(e => e.Sequence).ToListAsync();
        Assert.Equal([3L, 2L], later);
    }

    [Fact]
    public async Task NonUtcInstantsAreRefusedBeforeAnythingIsWritten()
    {
        var caseId = NewCaseId();
        var local = Event(caseId, 2);
        local.OccurredAtUtc = DateTime.SpecifyKind(local.OccurredAtUtc, DateTimeKind.Unspecified);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => _writer.WriteBatchAsync([Event(caseId, 1), local], [], [], null));

        Assert.Contains(nameof(EventRecord.OccurredAtUtc), error.Message);
        await using var db = database.CreateContext();
        Assert.Equal(0, await db.Events.CountAsync(e => e.CaseId == caseId));
    }

    [Fact]
    public async Task AnAnonymisedReporterIsNeverWrittenBackByALaterSnapshot()
    {
        var caseId = NewCaseId();
        await _writer.WriteBatchAsync([], [Case(caseId, 1)], [Reporter(caseId)], null);
        var anonymised = new CaseReporter { CaseId = caseId, AnonymisedAtUtc = Base.AddDays(30) };
        await _writer.WriteBatchAsync([], [Case(caseId, 2)], [anonymised], null);

        await _writer.WriteBatchAsync([], [Case(caseId, 3)], [Reporter(caseId, "Trần Thị B")], null);

        await using var db = database.CreateContext();
        AssertSameColumns(anonymised, await db.CaseReporters.SingleAsync(r => r.CaseId == caseId));
    }

    [Fact]
    public async Task ReporterDetailsAreUpdatedUntilAnonymised()
    {
        var caseId = NewCaseId();
        await _writer.WriteBatchAsync([], [Case(caseId, 1)], [Reporter(caseId)], null);

        await _writer.WriteBatchAsync([], [Case(caseId, 2)], [Reporter(caseId, "Trần Thị B")], null);

        await using var db = database.CreateContext();
        Assert.Equal("Trần Thị B", (await db.CaseReporters.SingleAsync(r => r.CaseId == caseId)).Name);
    }

    [Fact]
    public async Task EventsStoredThroughEfCoreAreRecognisedAsDuplicates()
    {
        var caseId = NewCaseId();
        var e = Event(caseId, 1);
        await using (var db = database.CreateContext())
        {
            db.Events.Add(e);
            await db.SaveChangesAsync();
        }

        var inserted = await _writer.WriteBatchAsync([e, Event(caseId, 2)], [], [], null);

        Assert.Equal(1, inserted);
    }

    [Fact]
    public async Task BulkInsertAppendsEveryEventOfAReplay()
    {
        var caseId = NewCaseId();
        var events = Enumerable.Range(1, 2_000).Select(i => Event(caseId, i)).ToList();

        await _writer.BulkInsertEventsAsync(events);

        await using var db = database.CreateContext();
        Assert.Equal(2_000, await db.Events.CountAsync(e => e.CaseId == caseId));
        AssertSameColumns(events[1_234], await db.Events.SingleAsync(e => e.EventId == events[1_234].EventId));
    }

    [Fact]
    public async Task BulkInsertOfAnAlreadyStoredEventFailsAsAWhole()
    {
        var caseId = NewCaseId();
        var stored = Event(caseId, 1);
        await _writer.BulkInsertEventsAsync([stored]);

        await Assert.ThrowsAnyAsync<Exception>(() => _writer.BulkInsertEventsAsync([Event(caseId, 2), stored]));

        await using var db = database.CreateContext();
        Assert.Equal(1, await db.Events.CountAsync(e => e.CaseId == caseId));
    }
}

public sealed class SqliteCaseStoreWriterTests(SqliteTestDatabase database) : CaseStoreWriterTests<SqliteTestDatabase>(database);

public sealed class PostgresCaseStoreWriterTests(PostgresTestDatabase database) : CaseStoreWriterTests<PostgresTestDatabase>(database);
