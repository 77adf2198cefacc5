using Ioc.Data.Cases;
using Ioc.Data.Kpi;
using Ioc.Hub.Kpi;
using Ioc.Data.Streaming;
using Ioc.Hub.Projection.Aggregates;
using Ioc.Hub.Sla.Profiles;

namespace Ioc.Hub.Projection;

/// <summary>
/// Projects one stream's entries as one store transaction: parse and validate, group by case in stream order, load
/// the cases memory does not hold, fold, write events + snapshots + reporters + checkpoint, and only after the commit
/// publish to memory, aggregates and subscribers. Called by <see cref="CaseProjection"/> under its lock.
/// </summary>
internal sealed class BatchProjector(
    CaseStore store, ProfileCatalog catalog, EntryParser parser, CaseFolder folder, ProjectionStoreReader reader,
    ProjectionMemory memory, LiveAggregates aggregates, ICaseChangeNotifier notifier, TimeProvider time, ILogger logger)
{
    private readonly RecordingClock recordingClock = new(time);

    public async Task<ProjectionResult> ProjectAsync(string stream, IReadOnlyList<ProjectionInput> inputs, bool checkpoint, CancellationToken ct)
    {
        var rejected = new List<(int Index, EntryRejection Rejection)>();
        var byCase = GroupByCase(stream, inputs, rejected);
        var (starts, descriptions) = await StartsAsync(byCase.Keys, ct);

        var folds = new List<CaseFold>(byCase.Count);
        var ranAhead = new List<string>();
        foreach (var (caseId, entries) in byCase)
        {
            var fold = folder.Fold(starts.GetValueOrDefault(caseId), entries);
            folds.Add(fold);
            // Only a case that came from memory can be behind the store; the ones just read (with a description) are not.
            if (fold.RanAhead && !descriptions.ContainsKey(caseId))
            {
                ranAhead.Add(caseId);
            }
        }
        if (ranAhead.Count > 0)
        {
            await RefoldFromStoreAsync(ranAhead, byCase, folds, descriptions, ct);
        }

        var changed = folds.Where(f => f.Changed).ToList();
        var now = time.GetUtcNow();
        var position = checkpoint ? HighestPosition(stream, inputs) : null;
        // A batch that changes nothing and moves no checkpoint (a whole redelivery) writes nothing.
        if (changed.Count > 0 || (position is not null && position != memory.Positions().GetValueOrDefault(stream)))
        {
            await WriteAsync(changed, descriptions, position is null ? null : new StreamCheckpoint { Stream = stream, Position = position, UpdatedAtUtc = now.UtcDateTime }, now, ct);
            Publish(changed, stream, position, now);
        }

        foreach (var fold in folds)
        {
            rejected.AddRange(fold.Rejections);
        }
        var rejections = rejected.OrderBy(r => r.Index).Select(r => r.Rejection).ToList();
        var result = new ProjectionResult(changed.Sum(f => f.Applied.Count), folds.Sum(f => f.Duplicates), rejections, changed.Count);
        if (result.Rejected > 0)
        {
            logger.LogWarning("Projection rejected {Rejected} of {Total} entries of {Stream}; first: {Reason}", result.Rejected, inputs.Count, stream, rejections[0].Reason);
        }
        return result;
    }

    /// <summary>Valid entries by case, each case's in stream order; the others become rejections.</summary>
    private Dictionary<string, List<ParsedEntry>> GroupByCase(
        string stream, IReadOnlyList<ProjectionInput> inputs, List<(int Index, EntryRejection Rejection)> rejections)
    {
        var byCase = new Dictionary<string, List<ParsedEntry>>(StringComparer.Ordinal);
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            if (parser.Parse(i, stream, input.Position, input.Json, input.RecordedAtUtc, rejections) is not { } entry)
            {
                continue;
            }
            if (!byCase.TryGetValue(entry.Event.CaseId, out var list))
            {
                byCase[entry.Event.CaseId] = list = [];
            }
            list.Add(entry);
        }
        return byCase;
    }

    /// <summary>Each case as it stands before the batch: from memory, else from the store (with its description).</summary>
    private async Task<(Dictionary<string, ProjectedCase> Starts, Dictionary<string, string> Descriptions)> StartsAsync(
        IEnumerable<string> caseIds, CancellationToken ct)
    {
        var starts = new Dictionary<string, ProjectedCase>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var id in caseIds)
        {
            if (memory.TryGet(id, out var projected))
            {
                starts[id] = projected;
            }
            else
            {
                missing.Add(id);
            }
        }
        var descriptions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, stored) in await reader.CasesAsync(missing, ct))
        {
            starts[id] = stored.Case;
            descriptions[id] = stored.Description;
        }
        return (starts, descriptions);
    }

    /// <summary>
    /// A case whose events ran ahead of memory may have been moved on by another worker (a partition changed hands):
    /// fold it again from the store's snapshot before calling its events out of order.
    /// </summary>
    private async Task RefoldFromStoreAsync(
        List<string> caseIds, Dictionary<string, List<ParsedEntry>> byCase, List<CaseFold> folds, Dictionary<string, string> descriptions, CancellationToken ct)
    {
        var stored = await reader.CasesAsync(caseIds, ct);
        for (var i = 0; i < folds.Count; i++)
        {
            var id = folds[i].Start?.CaseId;
            if (id is not null && stored.TryGetValue(id, out var fresh) && fresh.Case.State.LastSequence > folds[i].Start!.State.LastSequence)
            {
                folds[i] = folder.Fold(fresh.Case, byCase[id]);
                descriptions[id] = fresh.Description;
            }
        }
    }

    private async Task WriteAsync(
        List<CaseFold> changed, Dictionary<string, string> descriptions, StreamCheckpoint? checkpoint, DateTimeOffset now, CancellationToken ct)
    {
        var needed = changed.Where(f => f.Received is null && !descriptions.ContainsKey(f.Final!.CaseId)).Select(f => f.Final!.CaseId).ToList();
        foreach (var (id, description) in await reader.DescriptionsAsync(needed, ct))
        {
            descriptions[id] = description;
        }

        var events = new List<EventRecord>(changed.Sum(f => f.Applied.Count));
        var cases = new List<CaseRecord>(changed.Count);
        var reporters = new List<CaseReporter>();
        var dailyStats = new List<DailyStats>();
        foreach (var fold in changed)
        {
            // The case's old contribution out, its new one in: committed with the snapshot, so never counted twice.
            if (fold.Start is { } start)
            {
                dailyStats.AddRange(DailyContribution.Of(start, catalog, -1));
            }
            dailyStats.AddRange(DailyContribution.Of(fold.Final!, catalog, +1));
            foreach (var entry in fold.Applied)
            {
                events.Add(StoreRows.Event(entry, entry.RecordedAtUtc ?? recordingClock.Next()));
            }
            var final = fold.Final!;
            var description = fold.Received?.Description ?? descriptions[final.CaseId];
            cases.Add(StoreRows.Case(final, description, fold.Applied[^1].Position, now, catalog));
            if (fold.Received is { } received)
            {
                reporters.Add(StoreRows.Reporter(received));
            }
        }

        try
        {
            await store.Writer.WriteBatchAsync(events, cases, reporters, dailyStats, checkpoint, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Projection commit failed ({Events} events, {Cases} cases); memory is unchanged and the batch must be delivered again", events.Count, cases.Count);
            throw;
        }
    }

    private void Publish(List<CaseFold> changed, string stream, string? position, DateTimeOffset now)
    {
        var version = memory.Publish(changed, position is null ? null : stream, position);
        // Projections are serialized, so nothing can publish between the two lines: these numbers are this version's.
        var numbers = aggregates.Recompute();
        var deltas = new List<CaseChange>(changed.Count);
        foreach (var fold in changed)
        {
            var final = fold.Final!;
            var clock = CaseClock.Read(final, now, catalog);
            var old = fold.Start is { } start ? CaseClock.Read(start, now, catalog).Status : null;
            deltas.Add(new CaseChange(final.CaseId, old, clock.Status, SnapshotNames.Stage(final.State.Stage), clock.Holder, fold.Applied[^1].Position ?? string.Empty)
            {
                State = final.State,
                StepDueAt = clock.Evaluation.StepDueAt,
            });
        }
        notifier.Publish(new ProjectionChanged(version, memory.Positions(), deltas) { Numbers = numbers.Version == version ? numbers : null });
    }

    /// <summary>The batch's highest position, never below the stream's committed one (a redelivery must not move it back).</summary>
    private string HighestPosition(string stream, IReadOnlyList<ProjectionInput> inputs)
    {
        var highest = memory.Positions().GetValueOrDefault(stream);
        foreach (var input in inputs)
        {
            highest = StreamPositions.Max(highest, input.Position);
        }
        return highest!;
    }
}
