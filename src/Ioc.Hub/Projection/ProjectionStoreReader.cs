using Ioc.Data.Cases;
using Ioc.Hub.Projection.Aggregates;
using Microsoft.EntityFrameworkCore;

namespace Ioc.Hub.Projection;

/// <summary>A case read back from the store, with the description only the snapshot row keeps.</summary>
internal sealed record StoredCase(ProjectedCase Case, string Description);

/// <summary>The projection's reads: start-up, cases that are not in memory, and descriptions for snapshot rows.</summary>
internal sealed class ProjectionStoreReader(CaseStore store, CaseFolder folder)
{
    /// <summary>Annotation types all start with "ioc." (docs/events.md "Sequence"); their ids are the duplicate check.</summary>
    public const string AnnotationPrefix = "ioc.";

    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    public async Task<Dictionary<string, string>> CheckpointsAsync(CancellationToken ct)
    {
        await using var db = await store.Contexts.CreateDbContextAsync(ct);
        return await db.StreamCheckpoints.AsNoTracking().ToDictionaryAsync(c => c.Stream, c => c.Position, StringComparer.Ordinal, ct);
    }

    public async Task<List<ProjectedCase>> OpenCasesAsync(CancellationToken ct)
    {
        var openStages = SnapshotNames.OpenStages.ToList();
        await using var db = await store.Contexts.CreateDbContextAsync(ct);
        var openIds = db.Cases.Where(c => openStages.Contains(c.Stage)).Select(c => c.Id);
        var annotations = await AnnotationIds(db.Events.Where(e => openIds.Contains(e.CaseId)), ct);
        var cases = new List<ProjectedCase>();
        var rows = db.Cases.AsNoTracking().Where(c => openStages.Contains(c.Stage))
            .Select(c => new { c.Id, c.StateJson, c.CaseDueAtUtc }).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(ct))
        {
            cases.Add(folder.Restore(CaseStateJson.Deserialize(row.StateJson), annotations.GetValueOrDefault(row.Id, []), Instant(row.CaseDueAtUtc)));
        }
        return cases;
    }

    /// <summary>The stored cases among <paramref name="ids"/> (closed cases, cases another worker moved on).</summary>
    public async Task<Dictionary<string, StoredCase>> CasesAsync(IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        var found = new Dictionary<string, StoredCase>(StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return found;
        }
        var list = ids.ToList();
        await using var db = await store.Contexts.CreateDbContextAsync(ct);
        var rows = await db.Cases.AsNoTracking().Where(c => list.Contains(c.Id))
            .Select(c => new { c.Id, c.StateJson, c.CaseDueAtUtc, c.Description }).ToListAsync(ct);
        if (rows.Count == 0)
        {
            return found;
        }
        var annotations = await AnnotationIds(db.Events.Where(e => list.Contains(e.CaseId)), ct);
        foreach (var row in rows)
        {
            var restored = folder.Restore(CaseStateJson.Deserialize(row.StateJson), annotations.GetValueOrDefault(row.Id, []), Instant(row.CaseDueAtUtc));
            found[row.Id] = new StoredCase(restored, row.Description);
        }
        return found;
    }

    public async Task<Dictionary<string, string>> DescriptionsAsync(IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }
        var list = ids.ToList();
        await using var db = await store.Contexts.CreateDbContextAsync(ct);
        return await db.Cases.AsNoTracking().Where(c => list.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.Description, StringComparer.Ordinal, ct);
    }

    /// <summary>Counts every rated case, and the cases received or resolved since <paramref name="fromUtc"/>, into <paramref name="counters"/>.</summary>
    public async Task CountHistoryAsync(HistoryCounters counters, DateTime fromUtc, CancellationToken ct)
    {
        await using var db = await store.Contexts.CreateDbContextAsync(ct);
        var ratings = await db.Cases.AsNoTracking().Where(c => c.Rating != null)
            .GroupBy(c => new { c.ProfileId, c.LeadAgencyId, c.FieldCode, c.Rating })
            .Select(g => new { g.Key.ProfileId, g.Key.LeadAgencyId, g.Key.FieldCode, g.Key.Rating, Count = g.Count() })
            .ToListAsync(ct);
        foreach (var r in ratings)
        {
            counters.AddRating(r.ProfileId, r.LeadAgencyId, r.FieldCode, r.Rating, r.Count);
        }

        var days = db.Cases.AsNoTracking().Where(c => c.ReceivedAtUtc >= fromUtc || c.ResolvedAtUtc >= fromUtc)
            .Select(c => new { c.ReceivedAtUtc, c.ResolvedAtUtc, c.CaseDueAtUtc }).AsAsyncEnumerable();
        await foreach (var d in days.WithCancellation(ct))
        {
            var onTime = d.ResolvedAtUtc is { } resolved && (d.CaseDueAtUtc is not { } due || resolved <= due);
            counters.AddDays(Instant(d.ReceivedAtUtc), Instant(d.ResolvedAtUtc), onTime, 1);
        }
    }

    private static async Task<Dictionary<string, List<Guid>>> AnnotationIds(IQueryable<EventRecord> events, CancellationToken ct)
    {
        var rows = await events.AsNoTracking().Where(e => e.Type.StartsWith(AnnotationPrefix))
            .OrderBy(e => e.RecordedAtUtc).Select(e => new { e.CaseId, e.EventId }).ToListAsync(ct);
        var byCase = new Dictionary<string, List<Guid>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            (byCase.TryGetValue(row.CaseId, out var ids) ? ids : byCase[row.CaseId] = []).Add(row.EventId);
        }
        return byCase;
    }

    // Instants leave storage in Vietnam time, as the domain states them (docs/architecture.md "Time and storage").
    private static DateTimeOffset Instant(DateTime utc) => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(VietnamOffset);

    private static DateTimeOffset? Instant(DateTime? utc) => utc is { } value ? Instant(value) : null;
}
