using Ioc.Hub.Cases;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Streaming;

namespace Ioc.Hub.Scheduling;

public sealed partial class DeadlineScheduler
{
    /// <summary>Fires the cases due at <paramref name="now"/>: those of held partitions emit, the others wait parked.</summary>
    private async Task FireAsync(DateTimeOffset now, CancellationToken ct)
    {
        PruneInFlight(now);
        var mine = new List<string>();
        foreach (var caseId in queue.PopDue(now))
        {
            var partition = ownership.PartitionOf(caseId);
            if (partitions.Owns(partition))
            {
                mine.Add(caseId);
            }
            else
            {
                Park(partition, caseId);
            }
        }
        foreach (var chunk in mine.Chunk(settings.BatchSize))
        {
            await EmitAsync(chunk, now, ct);
        }
    }

    /// <summary>
    /// Reads the cases' committed state, appends what is due of their transitions, and plans each at its next one.
    /// A case closed or moved on meanwhile emits only what its stored state still has due.
    /// </summary>
    private async Task EmitAsync(string[] caseIds, DateTimeOffset now, CancellationToken ct)
    {
        Dictionary<string, CaseState> states;
        try
        {
            states = await store.StatesAsync(caseIds, ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Deadline scheduler could not read {Cases} cases from the store; retrying in {Delay}", caseIds.Length, settings.RetryDelay);
            Retry(caseIds, now);
            return;
        }

        var events = new List<CaseEvent>();
        foreach (var caseId in caseIds)
        {
            if (!states.TryGetValue(caseId, out var state) || !state.IsOpen || !catalog.TryGet(state.ProfileId, out var planner))
            {
                continue;
            }
            try
            {
                var deadlines = planner.Plan(state);
                var plan = DeadlineTransitions.Plan(caseId, state, deadlines, planner.Calendar, now, InFlight);
                events.AddRange(plan.Due.Select(t => TransitionEvents.Create(state, deadlines, t)));
                queue.Set(caseId, plan.Next);
            }
            catch (Exception ex)
            {
                // Planning is pure: it would fail again. Drop the case until its next event rather than hold up the rest.
                logger.LogError(ex, "Deadline scheduler could not plan case {CaseId}; it waits for its next event", caseId);
            }
        }
        if (events.Count == 0)
        {
            return;
        }

        IReadOnlyList<AppendResult> results;
        try
        {
            results = await stream.AppendAsync(events, ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Deadline scheduler could not append {Events} transitions; retrying in {Delay}", events.Count, settings.RetryDelay);
            Retry(events.Select(e => e.CaseId).Distinct(), now);
            return;
        }
        var failed = new List<string>();
        for (var i = 0; i < results.Count; i++)
        {
            if (results[i].Succeeded)
            {
                inFlight[events[i].Id] = now + settings.InFlightTimeout;
            }
            else
            {
                failed.Add(events[i].CaseId);
                logger.LogWarning("Deadline scheduler could not append {Type} for case {CaseId}: {Error}", events[i].Type, events[i].CaseId, results[i].Error);
            }
        }
        // The same ids again: any that did land is dropped by the projection.
        Retry(failed.Distinct(), now);
        logger.LogDebug("Deadline scheduler appended {Appended} transitions at {Now:o}", results.Count - failed.Count, now);
    }

    private void Retry(IEnumerable<string> caseIds, DateTimeOffset now)
    {
        foreach (var caseId in caseIds)
        {
            queue.Set(caseId, now + settings.RetryDelay);
        }
    }

    /// <summary>Asks the stream who holds each partition; a partition just gained fires its parked cases at once.</summary>
    private async Task RefreshOwnershipAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        nextOwnershipRefresh = now + settings.OwnershipRefresh;
        string?[] owners;
        try
        {
            owners = await ownership.OwnersAsync(ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Deadline scheduler could not read the partition leases; keeping the last known ones");
            return;
        }
        foreach (var (partition, stale) in partitions.Update(owners, ownership.ConsumerId))
        {
            if (stale)
            {
                toReconcile.Add(partition);
            }
            else if (parked.Remove(partition, out var cases))
            {
                foreach (var caseId in cases)
                {
                    queue.Set(caseId, now);
                }
            }
        }
    }

    /// <summary>
    /// Plans the open cases of partitions taken over from another worker from the store: this process's memory may
    /// lack cases that worker received, or hold them at an older step.
    /// </summary>
    private async Task ReconcileAsync(CancellationToken ct)
    {
        foreach (var partition in toReconcile.ToList())
        {
            var states = await store.OpenStatesAsync(id => ownership.PartitionOf(id) == partition, ct);
            var now = time.GetUtcNow();
            queue.RemoveWhere(id => ownership.PartitionOf(id) == partition);
            parked.Remove(partition);
            foreach (var state in states)
            {
                Plan(state, deadlines: null, now);
            }
            toReconcile.Remove(partition);
            logger.LogInformation("Deadline scheduler took over partition {Partition}: {Open} open cases planned from the store", partition, states.Count);
        }
    }
}
