using Ioc.Data.Cases;
using Ioc.Hub.Cases;
using Ioc.Hub.Cases.Events.Validation;
using Ioc.Hub.Projection;
using Ioc.Hub.Projection.Aggregates;
using Ioc.Hub.Projection.Rebuild;
using Ioc.Hub.Tests.Support.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Ioc.Hub.Tests.Projection.Support;

/// <summary>Real projections over a real test database, on a clock the test controls.</summary>
internal static class ProjectionHarness
{
    /// <summary>Tuesday 12/05/2026 10:00 in Vietnam: after every event the tests build by default.</summary>
    public static readonly DateTimeOffset Now = new(2026, 5, 12, 10, 0, 0, TestCase.Vietnam);

    public static FakeTimeProvider Clock(DateTimeOffset? at = null) => new(at ?? Now);

    public static IOptions<ProjectionOptions> Options(int rebuildBatchSize = 500) =>
        Microsoft.Extensions.Options.Options.Create(new ProjectionOptions { DailyWindowDays = 14, RebuildBatchSize = rebuildBatchSize });

    /// <summary>A projection as the host wires it, over <paramref name="database"/>; not initialized yet.</summary>
    public static CaseProjection Create(TestDatabase database, TimeProvider time, ICaseChangeNotifier? notifier = null)
    {
        var catalog = ProjectionProfiles.Catalog;
        var memory = new ProjectionMemory(catalog);
        var options = Options();
        return new CaseProjection(database.Store, new CaseStateMachine(catalog), catalog, new CaseEventValidator(time), memory,
            new LiveAggregates(memory, catalog, time, options), notifier ?? new CaseChangeNotifier(NullLogger<CaseChangeNotifier>.Instance),
            time, options, NullLogger<CaseProjection>.Instance);
    }

    public static async Task<CaseProjection> StartAsync(TestDatabase database, TimeProvider time)
    {
        var projection = Create(database, time);
        await projection.InitializeAsync();
        return projection;
    }

    public static ProjectionRebuilder Rebuilder(TimeProvider time, int batchSize) =>
        new(new CaseStateMachine(ProjectionProfiles.Catalog), ProjectionProfiles.Catalog, new CaseEventValidator(time), time,
            Options(batchSize), NullLoggerFactory.Instance);

    public static async Task<CaseRecord?> CaseRowAsync(TestDatabase database, string caseId)
    {
        await using var db = database.CreateContext();
        return await db.Cases.AsNoTracking().Include(c => c.Reporter).SingleOrDefaultAsync(c => c.Id == caseId);
    }

    public static async Task<List<EventRecord>> EventRowsAsync(TestDatabase database, string caseId)
    {
        await using var db = database.CreateContext();
        return await db.Events.AsNoTracking().Where(e => e.CaseId == caseId).OrderBy(e => e.RecordedAtUtc).ToListAsync();
    }

    public static async Task<string?> CheckpointAsync(TestDatabase database, string stream)
    {
        await using var db = database.CreateContext();
        return await db.StreamCheckpoints.AsNoTracking().Where(c => c.Stream == stream).Select(c => c.Position).SingleOrDefaultAsync();
    }
}
