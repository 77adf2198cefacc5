using Ioc.Hub.Cases.Events;
using Ioc.Hub.Projection;
using Ioc.Hub.Tests.Projection.Support;
using Ioc.Hub.Tests.Support.Storage;
using Microsoft.EntityFrameworkCore;

namespace Ioc.Hub.Tests.Projection;

/// <summary>The log is the source of truth: replaying it into an empty store gives back every snapshot and number.</summary>
public abstract class ProjectionRebuildTests<TDatabase>(TDatabase source) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static readonly DateTimeOffset Now = new(2026, 5, 15, 16, 0, 0, TestCase.Vietnam);

    [Fact]
    public async Task RebuildingTwoThousandEventsIntoAnEmptyStoreGivesBackEveryRowAndNumber()
    {
        var time = ProjectionHarness.Clock(Now);
        using var live = await ProjectionHarness.StartAsync(source, time);
        var events = CaseHistoryGenerator.Generate(seed: 7, cases: 320, Now);
        Assert.InRange(events.Count, 1_800, 2_400);
        var feed = new EventFeed();
        var entries = feed.Entries(events);
        // Uneven batches, one redelivered, one unreadable entry: the log must hold each applied event exactly once.
        var rejections = new List<EntryRejection>();
        for (var at = 0; at < entries.Count; at += 97)
        {
            var batch = entries.Skip(at).Take(97).ToList();
            if (at == 97 * 5)
            {
                batch.Add(feed.Raw("not json"));
                rejections.AddRange((await live.ProjectAsync(batch)).Rejections);
            }
            rejections.AddRange((await live.ProjectAsync(batch)).Rejections);
        }
        Assert.All(rejections, r => Assert.Equal(RejectionKind.Unreadable, r.Kind));

        var target = new TDatabase();
        await target.InitializeAsync();
        try
        {
            var result = await ProjectionHarness.Rebuilder(time, batchSize: 250).RebuildAsync(source.Store, target.Store);

            Assert.Equal(events.Count, result.EventsRead);
            Assert.Equal((events.Count, 0, 0), (result.Projection.Applied, result.Projection.Duplicates, result.Projection.Rejected));
            await AssertSameRowsAsync(source, target);
            SnapshotAssert.SameNumbers(live.Aggregates.Current, result.Aggregates);
            using var restarted = await ProjectionHarness.StartAsync(target, time);
            SnapshotAssert.SameCases(live.Memory.OpenCases(), restarted.Memory.OpenCases());
            SnapshotAssert.SameNumbers(live.Aggregates.Current, restarted.Aggregates.Current);
            Assert.True(live.Aggregates.Current.Totals.Open > 50, "the generated set should leave many cases open");
            Assert.Contains(live.Aggregates.Current.SatisfactionByAgency.Values, s => s.Unsatisfied > 0);
        }
        finally
        {
            await target.DisposeAsync();
        }
    }

    [Fact]
    public async Task ARebuildRefusesATargetThatAlreadyHoldsCases()
    {
        var time = ProjectionHarness.Clock(Now);
        var busy = new TDatabase();
        await busy.InitializeAsync();
        try
        {
            using var live = await ProjectionHarness.StartAsync(busy, time);
            await live.ProjectAsync(new EventFeed().Entries(new TestCase("busy").ThroughPublication()));

            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ProjectionHarness.Rebuilder(time, 100).RebuildAsync(busy.Store, busy.Store));

            Assert.Contains("empty", error.Message);
        }
        finally
        {
            await busy.DisposeAsync();
        }
    }

    private static async Task AssertSameRowsAsync(TestDatabase expected, TestDatabase actual)
    {
        await using var a = expected.CreateContext();
        await using var b = actual.CreateContext();
        var cases = await a.Cases.AsNoTracking().OrderBy(c => c.Id).ToListAsync();
        var rebuilt = await b.Cases.AsNoTracking().OrderBy(c => c.Id).ToListAsync();
        Assert.Equal(cases.Select(c => c.Id), rebuilt.Select(c => c.Id));
        for (var i = 0; i < cases.Count; i++)
        {
            SnapshotAssert.SameColumns(cases[i], rebuilt[i]);
        }

        var reporters = await a.CaseReporters.AsNoTracking().OrderBy(r => r.CaseId).Select(r => new { r.CaseId, r.Name, r.Phone, r.Email }).ToListAsync();
        Assert.Equal(reporters, await b.CaseReporters.AsNoTracking().OrderBy(r => r.CaseId).Select(r => new { r.CaseId, r.Name, r.Phone, r.Email }).ToListAsync());

        var log = await a.Events.AsNoTracking().OrderBy(e => e.EventId).Select(e => new { e.EventId, e.RecordedAtUtc, e.StreamPosition, e.PayloadJson }).ToListAsync();
        Assert.Equal(log, await b.Events.AsNoTracking().OrderBy(e => e.EventId).Select(e => new { e.EventId, e.RecordedAtUtc, e.StreamPosition, e.PayloadJson }).ToListAsync());

        var checkpoints = await a.StreamCheckpoints.AsNoTracking().OrderBy(c => c.Stream).Select(c => new { c.Stream, c.Position }).ToListAsync();
        Assert.Equal(checkpoints, await b.StreamCheckpoints.AsNoTracking().OrderBy(c => c.Stream).Select(c => new { c.Stream, c.Position }).ToListAsync());
    }
}

public sealed class SqliteProjectionRebuildTests(SqliteTestDatabase source) : ProjectionRebuildTests<SqliteTestDatabase>(source);

public sealed class PostgresProjectionRebuildTests(PostgresTestDatabase source) : ProjectionRebuildTests<PostgresTestDatabase>(source);
