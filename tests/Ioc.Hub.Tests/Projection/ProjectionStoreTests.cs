using Ioc.Hub.Cases;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Projection;
using Ioc.Hub.Projection.Aggregates;
using Ioc.Hub.Tests.Projection.Support;
using Ioc.Hub.Tests.Support.Storage;

namespace Ioc.Hub.Tests.Projection;

/// <summary>The projection against a real store: what lands in it, idempotency, rejections, failed commits.</summary>
public abstract class ProjectionStoreTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private readonly EventFeed feed = new($"ioc:events:{Guid.NewGuid():N}");

    [Fact]
    public async Task AFullCaseThroughEveryStepLandsInTheStoreWithItsSnapshot()
    {
        var time = ProjectionHarness.Clock();
        using var projection = await ProjectionHarness.StartAsync(database, time);
        var c = new TestCase(NewId()) { Lead = NewId("agency") };
        var events = c.ThroughPublication();
        events.Add(c.After(TimeSpan.FromHours(1)).Rated("hai-long"));
        var entries = feed.Entries(events);
        var before = projection.Aggregates.Current;

        var first = await projection.ProjectAsync(entries[..3]);
        var open = await ProjectionHarness.CaseRowAsync(database, c.CaseId);

        Assert.Equal((3, 0, 0), (first.Applied, first.Duplicates, first.Rejected));
        Assert.NotNull(open);
        Assert.Equal(("accepted", "processing", c.Lead, c.Lead), (open.Stage, open.CurrentStep, open.Holder, open.LeadAgencyId));
        // 000 Điều 7.3: 5 working days from acceptance on Mon 04/05 10:00 → Mon 11/05 10:00, overdue at Tue 12/05 10:00 by one working day.
        Assert.Equal(Utc(2026, 5, 11, 10, 0), open.StepDueAtUtc);
        Assert.Equal(("Overdue", 480), (open.SlaStatus, open.LateByMinutes));
        // 000 Phụ lục II: 7 working days in all from submission on Mon 04/05 08:00.
        Assert.Equal(Utc(2026, 5, 13, 8, 0), open.CaseDueAtUtc);
        Assert.True(projection.Memory.TryGet(c.CaseId, out var inMemory));
        Assert.Equal(CaseStage.Accepted, inMemory.State.Stage);

        var rest = await projection.ProjectAsync(entries[3..]);
        var row = await ProjectionHarness.CaseRowAsync(database, c.CaseId);
        var logged = await ProjectionHarness.EventRowsAsync(database, c.CaseId);

        Assert.Equal((4, 0, 0), (rest.Applied, rest.Duplicates, rest.Rejected));
        Assert.NotNull(row);
        Assert.Equal(("published", null, null, "Closed", null), (row.Stage, row.CurrentStep, row.Holder, row.SlaStatus, row.LateByMinutes));
        Assert.Equal((Utc(2026, 5, 4, 13, 0), Utc(2026, 5, 4, 13, 0), Utc(2026, 5, 13, 8, 0)), (row.ResolvedAtUtc, row.ClosedAtUtc, row.CaseDueAtUtc));
        Assert.Equal(("hai-long", 7L, Utc(2026, 5, 4, 14, 0)), (row.Rating, row.LastSequence, row.LastEventAtUtc));
        Assert.Equal(($"T-{c.CaseId}", "hotline", "infrastructure", "kh-nha-trang", ProjectionProfiles.KhanhHoa), (row.Code, row.Channel, row.FieldCode, row.AdminUnitCode, row.ProfileId));
        Assert.Equal(("Ổ gà lớn trên đường Trần Phú, gần số 12", 12.2388, 109.1967), (row.Description, row.Latitude, row.Longitude));
        Assert.Equal((0, 0, 0), (row.ExtensionCount, row.RescheduleCount, row.ReopenCount));
        Assert.Equal(feed.LastPosition, row.StreamPosition);
        Assert.Equal(ProjectionHarness.Now.UtcDateTime, row.UpdatedAtUtc);
        Assert.Equal("Nguyễn Văn A", row.Reporter?.Name);
        Assert.Equal(CaseStateJson.Serialize(new CaseStateMachine(ProjectionProfiles.Catalog).Replay(events).State!), row.StateJson);

        Assert.Equal(events.Select(e => e.Id), logged.Select(e => e.EventId));
        Assert.Equal(entries.Select(e => e.Json), logged.Select(e => e.PayloadJson));
        Assert.Equal(entries.Select(e => e.Position), logged.Select(e => e.StreamPosition));
        Assert.All(logged, e => Assert.Equal(420, e.OccurredOffsetMinutes));
        Assert.Equal(events.Select(e => e.OccurredAt), logged.Select(e => e.OccurredAt));
        Assert.Equal(feed.LastPosition, await ProjectionHarness.CheckpointAsync(database, feed.Stream));

        // Resolved: out of memory, into the history counters.
        var after = projection.Aggregates.Current;
        Assert.False(projection.Memory.TryGet(c.CaseId, out _));
        Assert.Equal(new(1, 0), after.SatisfactionByAgency[c.Lead]);
        var monday = Day(after, 2026, 5, 4);
        var mondayBefore = Day(before, 2026, 5, 4);
        Assert.Equal((1, 1, 1), (monday.Received - mondayBefore.Received, monday.Resolved - mondayBefore.Resolved, monday.ResolvedOnTime - mondayBefore.ResolvedOnTime));
        Assert.Equal(feed.LastPosition, after.Positions[feed.Stream]);
    }

    [Fact]
    public async Task RedeliveredEntriesAndRetriesUnderNewIdsChangeNothing()
    {
        var time = ProjectionHarness.Clock();
        using var projection = await ProjectionHarness.StartAsync(database, time);
        var c = new TestCase(NewId()) { Lead = NewId("agency") };
        List<CaseEvent> events = [c.Received(), c.After(TimeSpan.FromHours(1)).Routed(), c.Reminder()];
        var entries = feed.Entries(events);
        await projection.ProjectAsync(entries);
        var row = await ProjectionHarness.CaseRowAsync(database, c.CaseId);
        var snapshot = projection.Aggregates.Current;
        Assert.True(projection.Memory.TryGet(c.CaseId, out var projected));

        // The same entries again (a redelivery), then the lifecycle events under new ids (a producer's retry).
        var again = await projection.ProjectAsync(entries);
        var retried = await projection.ProjectAsync(feed.Entries(events.Take(2).Select(e => e with { Id = Guid.NewGuid() })));

        Assert.Equal((0, 3, 0), (again.Applied, again.Duplicates, again.Rejected));
        Assert.Equal((0, 2, 0), (retried.Applied, retried.Duplicates, retried.Rejected));
        Assert.Equal(3, (await ProjectionHarness.EventRowsAsync(database, c.CaseId)).Count);
        SnapshotAssert.SameColumns(row!, (await ProjectionHarness.CaseRowAsync(database, c.CaseId))!);
        Assert.Equal(row!.UpdatedAtUtc, (await ProjectionHarness.CaseRowAsync(database, c.CaseId))!.UpdatedAtUtc);
        Assert.True(projection.Memory.TryGet(c.CaseId, out var unchanged));
        Assert.Same(projected, unchanged);
        Assert.Equal(1, unchanged.State.ReminderCount);
        SnapshotAssert.SameNumbers(snapshot with { Positions = projection.Aggregates.Current.Positions }, projection.Aggregates.Current);
    }

    [Fact]
    public async Task OutOfOrderAndMalformedEntriesAreRejectedWithReasonsWhileTheGoodOnesApply()
    {
        var time = ProjectionHarness.Clock();
        using var projection = await ProjectionHarness.StartAsync(database, time);
        var c = new TestCase(NewId());
        var received = c.Received();
        var routed = c.After(TimeSpan.FromHours(1)).Routed();
        var accepted = c.After(TimeSpan.FromHours(1)).Accepted();
        var stranger = new TestCase(NewId());
        stranger.Received();
        var strangerRouted = stranger.Routed();
        var outsideVietnam = new TestCase(NewId()).Received() with { Location = new GeoLocation(48.8566, 2.3522, "paris") };

        var batch = new List<IncomingEntry>
        {
            feed.Entry(received),
            feed.Entry(accepted),                     // sequence 3 before 2
            feed.Raw("{\"type\":\"case.routed\",\"id\":"),
            feed.Entry(outsideVietnam),
            feed.Entry(strangerRouted),               // a case never received
            feed.Entry(routed),
        };
        var result = await projection.ProjectAsync(batch);

        Assert.Equal((2, 0, 4), (result.Applied, result.Duplicates, result.Rejected));
        Assert.Collection(result.Rejections,
            r => Assert.Equal((batch[1].Position, RejectionKind.Refused, RefusalKind.OutOfOrder, c.CaseId), (r.Position, r.Kind, r.Refusal, r.CaseId)),
            r => Assert.Equal((batch[2].Position, RejectionKind.Unreadable), (r.Position, r.Kind)),
            r => Assert.Equal((batch[3].Position, RejectionKind.ContractViolation), (r.Position, r.Kind)),
            r => Assert.Equal((batch[4].Position, RejectionKind.Refused, RefusalKind.UnknownCase), (r.Position, r.Kind, r.Refusal)));
        Assert.Contains("expected sequence 2, got 3", result.Rejections[0].Reason);
        Assert.StartsWith("unreadable event:", result.Rejections[1].Reason);
        Assert.Contains("outside Vietnam", result.Rejections[2].Reason);
        Assert.Contains("has not been received", result.Rejections[3].Reason);
        Assert.All(result.Rejections, r => Assert.Equal(feed.Stream, r.Stream));

        var row = await ProjectionHarness.CaseRowAsync(database, c.CaseId);
        Assert.Equal(("routed", 2L), (row!.Stage, row.LastSequence));
        Assert.Null(await ProjectionHarness.CaseRowAsync(database, stranger.CaseId));
        // The checkpoint covers the whole batch: the rejected entries go to the dead-letter stream, not back to the projection.
        Assert.Equal(batch[^1].Position, await ProjectionHarness.CheckpointAsync(database, feed.Stream));

        // Once the missing event has arrived, the refused one applies when sent again.
        var resent = await projection.ProjectAsync([feed.Entry(accepted)]);
        Assert.Equal(1, resent.Applied);
    }

    [Fact]
    public async Task AFailedCommitLeavesMemoryUntouchedAndTheRetryAppliesExactlyOnce()
    {
        var time = ProjectionHarness.Clock();
        using var projection = await ProjectionHarness.StartAsync(database, time);
        var c = new TestCase(NewId()) { Lead = NewId("agency") };
        await projection.ProjectAsync([feed.Entry(c.Received())]);
        var checkpoint = await ProjectionHarness.CheckpointAsync(database, feed.Stream);
        Assert.True(projection.Memory.TryGet(c.CaseId, out var before));
        var snapshot = projection.Aggregates.Current;
        var batch = feed.Entries([c.After(TimeSpan.FromHours(1)).Routed(), c.Reminder(), c.After(TimeSpan.FromHours(1)).Accepted()]);

        await database.BreakCaseWritesAsync();
        try
        {
            await Assert.ThrowsAnyAsync<Exception>(() => projection.ProjectAsync(batch));
        }
        finally
        {
            await database.RepairCaseWritesAsync();
        }

        Assert.True(projection.Memory.TryGet(c.CaseId, out var afterFailure));
        Assert.Same(before, afterFailure);
        SnapshotAssert.SameNumbers(snapshot, projection.Aggregates.Current, compareVersion: true);
        // The events were inserted before the snapshot failed: one transaction took them back.
        Assert.Single(await ProjectionHarness.EventRowsAsync(database, c.CaseId));
        Assert.Equal(checkpoint, await ProjectionHarness.CheckpointAsync(database, feed.Stream));

        var retry = await projection.ProjectAsync(batch);
        var again = await projection.ProjectAsync(batch);

        Assert.Equal((3, 0), (retry.Applied, retry.Duplicates));
        Assert.Equal((0, 3), (again.Applied, again.Duplicates));
        Assert.Equal(4, (await ProjectionHarness.EventRowsAsync(database, c.CaseId)).Count);
        Assert.True(projection.Memory.TryGet(c.CaseId, out var applied));
        Assert.Equal((CaseStage.Accepted, 3L, 1), (applied.State.Stage, applied.State.LastSequence, applied.State.ReminderCount));
        Assert.Equal("accepted", (await ProjectionHarness.CaseRowAsync(database, c.CaseId))!.Stage);
    }

    [Fact]
    public async Task ARestartedProjectionHoldsTheSameCasesAndNumbersAndGoesOnFromThere()
    {
        var time = ProjectionHarness.Clock();
        using var first = await ProjectionHarness.StartAsync(database, time);
        var lead = NewId("agency");
        var open = new TestCase(NewId()) { Lead = lead };
        var emergency = new TestCase(NewId()) { Lead = lead };
        var published = new TestCase(NewId(), ProjectionProfiles.TayNinh) { Lead = lead };
        var entries = feed.Entries([
            open.Received(), open.After(TimeSpan.FromHours(1)).Routed(), open.Reminder(), open.After(TimeSpan.FromHours(1)).Accepted(),
            emergency.At(ProjectionHarness.Now.AddMinutes(-30)).Received(emergency: true), emergency.Acknowledged(),
            .. published.ThroughPublication(),
        ]);
        await first.ProjectAsync(entries);

        using var second = await ProjectionHarness.StartAsync(database, time);

        SnapshotAssert.SameCases(first.Memory.OpenCases(), second.Memory.OpenCases());
        SnapshotAssert.SameNumbers(first.Aggregates.Current, second.Aggregates.Current);

        // The restarted projection knows the applied annotations, and loads the closed case when its rating comes.
        // 003 Điều 10.4: "Không hài lòng" reopens the case for the coordinator and the agency to reprocess.
        var result = await second.ProjectAsync([feed.Raw(entries[2].Json), feed.Entry(published.After(TimeSpan.FromHours(1)).Rated("khong-hai-long"))]);

        Assert.Equal((1, 1, 0), (result.Applied, result.Duplicates, result.Rejected));
        Assert.True(second.Memory.TryGet(published.CaseId, out var reopened));
        Assert.Equal((CaseStage.Accepted, 1), (reopened.State.Stage, reopened.State.ReopenCount));
        Assert.Equal(new(0, 1), second.Aggregates.Current.SatisfactionByAgency[lead]);
    }

    [Fact]
    public async Task ACaseAnotherWorkerMovedOnIsReloadedFromTheStoreRatherThanRefusedAsOutOfOrder()
    {
        var time = ProjectionHarness.Clock();
        using var first = await ProjectionHarness.StartAsync(database, time);
        var c = new TestCase(NewId());
        await first.ProjectAsync([feed.Entry(c.Received())]);
        using var second = await ProjectionHarness.StartAsync(database, time);
        // The partition moves to the first worker for a while: the second one's memory stays at sequence 1.
        await first.ProjectAsync(feed.Entries([c.After(TimeSpan.FromHours(1)).Routed(), c.After(TimeSpan.FromHours(1)).Accepted()]));

        var result = await second.ProjectAsync([feed.Entry(c.After(TimeSpan.FromHours(1)).Result())]);

        Assert.Equal((1, 0), (result.Applied, result.Rejected));
        Assert.True(second.Memory.TryGet(c.CaseId, out var moved));
        Assert.Equal(4, moved.State.LastSequence);
        var row = await ProjectionHarness.CaseRowAsync(database, c.CaseId);
        Assert.Equal(("result-submitted", 4L), (row!.Stage, row.LastSequence));
    }

    private static string NewId(string prefix = "case") => $"{prefix}-{Guid.NewGuid():N}";

    private static DateTime Utc(int year, int month, int day, int hour, int minute) =>
        new DateTimeOffset(year, month, day, hour, minute, 0, TestCase.Vietnam).UtcDateTime;

    private static DailyCounts Day(LiveSnapshot snapshot, int year, int month, int day) =>
        snapshot.Daily.Single(d => d.Date == new DateOnly(year, month, day));
}

public sealed class SqliteProjectionStoreTests(SqliteTestDatabase database) : ProjectionStoreTests<SqliteTestDatabase>(database);

public sealed class PostgresProjectionStoreTests(PostgresTestDatabase database) : ProjectionStoreTests<PostgresTestDatabase>(database);
