using Ioc.Hub.Cases;
using Ioc.Hub.Cases.Events.Validation;
using Ioc.Hub.Projection.Aggregates;
using Ioc.Hub.Sla.Profiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ioc.Hub.Projection.Rebuild;

/// <summary>
/// Proves the log is the source of truth: replays a store's event log into an empty store through a fresh
/// <see cref="CaseProjection"/> (the same code as the live path), then copies the stream checkpoints so consumers of
/// the rebuilt store resume where the source stood.
/// </summary>
public sealed class ProjectionRebuilder(
    CaseStateMachine machine, ProfileCatalog catalog, CaseEventValidator validator, TimeProvider time,
    IOptions<ProjectionOptions> options, ILoggerFactory loggers)
{
    public async Task<RebuildResult> RebuildAsync(CaseStore source, CaseStore target, CancellationToken ct = default)
    {
        var started = time.GetTimestamp();
        await RequireEmptyAsync(target, ct);
        var memory = new ProjectionMemory(catalog);
        var aggregates = new LiveAggregates(memory, catalog, time, options);
        using var projection = new CaseProjection(target, machine, catalog, validator, memory, aggregates,
            new CaseChangeNotifier(loggers.CreateLogger<CaseChangeNotifier>()), time, options, loggers.CreateLogger<CaseProjection>());
        await projection.InitializeAsync(ct);

        var logger = loggers.CreateLogger<ProjectionRebuilder>();
        var size = options.Value.RebuildBatchSize;
        var batch = new List<ProjectionInput>(size);
        var result = ProjectionResult.Empty;
        var read = 0L;
        await foreach (var e in EventLogReader.ReadInReplayOrderAsync(source, ct))
        {
            read++;
            batch.Add(new ProjectionInput(e.StreamPosition, e.PayloadJson, e.RecordedAtUtc));
            if (batch.Count == size)
            {
                result = result.Plus(await projection.ReplayAsync(batch, ct));
                batch.Clear();
                logger.LogInformation("Rebuild: {Read} events replayed", read);
            }
        }
        if (batch.Count > 0)
        {
            result = result.Plus(await projection.ReplayAsync(batch, ct));
        }

        var checkpoints = await CopyCheckpointsAsync(source, target, ct);
        // Reloading from the target proves it stands on its own, and stamps the aggregates with the copied positions.
        await projection.InitializeAsync(ct);
        return new RebuildResult(read, result, memory.OpenCount, checkpoints, aggregates.Current, time.GetElapsedTime(started));
    }

    private static async Task RequireEmptyAsync(CaseStore target, CancellationToken ct)
    {
        await using var db = await target.Contexts.CreateDbContextAsync(ct);
        if (await db.Events.AnyAsync(ct) || await db.Cases.AnyAsync(ct) || await db.StreamCheckpoints.AnyAsync(ct))
        {
            throw new InvalidOperationException("The rebuild target already holds events, cases or checkpoints; rebuild into an empty, migrated store.");
        }
    }

    private static async Task<IReadOnlyDictionary<string, string>> CopyCheckpointsAsync(CaseStore source, CaseStore target, CancellationToken ct)
    {
        await using var db = await source.Contexts.CreateDbContextAsync(ct);
        var checkpoints = await db.StreamCheckpoints.AsNoTracking().ToListAsync(ct);
        foreach (var checkpoint in checkpoints)
        {
            await target.Writer.WriteBatchAsync([], [], [], checkpoint, ct);
        }
        return checkpoints.ToDictionary(c => c.Stream, c => c.Position, StringComparer.Ordinal);
    }
}
