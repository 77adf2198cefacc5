using Ioc.Hub.Cases;
using Ioc.Hub.Projection;
using Microsoft.EntityFrameworkCore;

namespace Ioc.Hub.Scheduling;

/// <summary>
/// The scheduler's reads of the committed case snapshots. Memory says when to look at a case; the store says what the
/// case is, because after a partition changed hands memory may lag behind what another worker committed.
/// </summary>
public sealed class SchedulerStore(CaseStore store)
{
    /// <summary>The stored state of each of <paramref name="caseIds"/> that exists, open or closed.</summary>
    public async Task<Dictionary<string, CaseState>> StatesAsync(IReadOnlyCollection<string> caseIds, CancellationToken ct)
    {
        var states = new Dictionary<string, CaseState>(StringComparer.Ordinal);
        if (caseIds.Count == 0)
        {
            return states;
        }
        var ids = caseIds.ToList();
        await using var db = await store.Contexts.CreateDbContextAsync(ct);
        var rows = await db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.StateJson }).ToListAsync(ct);
        foreach (var row in rows)
        {
            states[row.Id] = CaseStateJson.Deserialize(row.StateJson);
        }
        return states;
    }

    /// <summary>The open cases whose id passes <paramref name="include"/> (those of a partition just taken over).</summary>
    public async Task<List<CaseState>> OpenStatesAsync(Func<string, bool> include, CancellationToken ct)
    {
        var openStages = SnapshotNames.OpenStages.ToList();
        await using var db = await store.Contexts.CreateDbContextAsync(ct);
        var rows = db.Cases.AsNoTracking().Where(c => openStages.Contains(c.Stage)).Select(c => new { c.Id, c.StateJson }).AsAsyncEnumerable();
        var states = new List<CaseState>();
        await foreach (var row in rows.WithCancellation(ct))
        {
            if (include(row.Id))
            {
                states.Add(CaseStateJson.Deserialize(row.StateJson));
            }
        }
        return states;
    }
}
