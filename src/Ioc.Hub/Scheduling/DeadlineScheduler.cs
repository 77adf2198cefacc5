using Ioc.Hub.Cases;
using Ioc.Hub.Projection;
using Ioc.Hub.Sla.Deadlines;
using Ioc.Hub.Sla.Profiles;
using Ioc.Hub.Streaming;
using Ioc.Hub.Streaming.Consumption;
using Microsoft.Extensions.Options;

namespace Ioc.Hub.Scheduling;

/// <summary>
/// Emits due-soon, overdue and escalation transitions when they fall, with no incoming event, as annotations appended
/// to the event stream: stored, replayed and announced like every other event. A priority queue holds each open
/// case's next instant, planned from the projection's memory and re-planned from its change notifications; one timer
/// loop fires the due cases of the partitions this process's consumer holds. Ids are name-based, so a restart or a
/// second worker that emits the same transition is dropped by the projection. See docs/scheduler.md.
/// </summary>
public sealed partial class DeadlineScheduler(
    ProjectionMemory memory, ICaseChangeNotifier notifier, IEventStream stream, ProfileCatalog catalog, SchedulerStore store,
    PartitionOwnership ownership, TimeProvider time, IOptions<SchedulerOptions> options, ILogger<DeadlineScheduler> logger) : BackgroundService
{
    private readonly SchedulerOptions settings = options.Value;
    private readonly DeadlineQueue queue = new();
    private readonly OwnedPartitions partitions = new(ownership.Partitions);
    // Cases of partitions another worker holds, by partition, fired again when this one takes the partition over.
    private readonly Dictionary<int, HashSet<string>> parked = [];
    private readonly HashSet<int> toReconcile = [];
    private readonly Dictionary<Guid, DateTimeOffset> inFlight = [];
    private readonly WakeSignal wake = new();

    // The inbox the change notifier fills and the loop drains.
    private readonly Lock inboxGate = new();
    private HashSet<string> changed = new(StringComparer.Ordinal);
    private bool reloadAll;
    private long seenVersion;

    private DateTimeOffset nextOwnershipRefresh = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Enabled)
        {
            logger.LogInformation("Deadline scheduler disabled ({Section}:Enabled = false)", SchedulerOptions.SectionName);
            return;
        }
        if (ownership.ConsumerId is null)
        {
            // Without a consumer this process's memory never moves on: emitting from it would repeat stale clocks.
            logger.LogInformation("Deadline scheduler idle: this process does not consume the event stream");
            return;
        }
        // Planning a million cases takes a while: off the host's start-up path.
        await Task.Yield();
        using var subscription = notifier.Subscribe(OnChangedAsync);
        lock (inboxGate)
        {
            seenVersion = memory.Version;
            // Version 0: the projection has not loaded yet; its load announcement triggers the first planning.
            reloadAll |= seenVersion > 0;
        }
        try
        {
            await RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task RunAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            var signal = wake.Current;
            try
            {
                Replan();
                if (time.GetUtcNow() >= nextOwnershipRefresh)
                {
                    await RefreshOwnershipAsync(ct);
                }
                await ReconcileAsync(ct);
                var now = time.GetUtcNow();
                if (queue.Next <= now)
                {
                    await FireAsync(now, ct);
                }
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                logger.LogError(ex, "Deadline scheduler failed; retrying in {Delay}", settings.RetryDelay);
                await Task.Delay(settings.RetryDelay, time, ct);
                continue;
            }
            var wakeAt = queue.Next is { } next && next < nextOwnershipRefresh ? next : nextOwnershipRefresh;
            await WakeSignal.WaitAsync(signal, wakeAt - time.GetUtcNow(), time, ct);
        }
    }

    /// <summary>Called by the notifier, one change at a time: notes the cases to re-plan and wakes the loop.</summary>
    private Task OnChangedAsync(ProjectionChanged change)
    {
        lock (inboxGate)
        {
            // The projection's load (started before it), or deltas dropped while this subscriber lagged: plan everything.
            if (seenVersion == 0 || change.Version > seenVersion + 1)
            {
                reloadAll = true;
            }
            foreach (var c in change.Changes)
            {
                changed.Add(c.CaseId);
            }
            seenVersion = Math.Max(seenVersion, change.Version);
        }
        wake.Set();
        return Task.CompletedTask;
    }

    /// <summary>Plans the cases the projection changed (or all open cases) from memory.</summary>
    private void Replan()
    {
        HashSet<string> ids;
        bool all;
        lock (inboxGate)
        {
            (ids, changed, all, reloadAll) = (changed, new HashSet<string>(StringComparer.Ordinal), reloadAll, false);
        }
        if (!all && ids.Count == 0)
        {
            return;
        }
        var now = time.GetUtcNow();
        PruneInFlight(now);
        if (all)
        {
            queue.Clear();
            parked.Clear();
            var open = memory.OpenCases();
            foreach (var c in open)
            {
                Plan(c, now);
            }
            logger.LogInformation("Deadline scheduler planned {Open} open cases; {Planned} have a transition ahead or due", open.Count, queue.Count);
            return;
        }
        foreach (var caseId in ids)
        {
            if (memory.TryGet(caseId, out var c))
            {
                Plan(c, now);
            }
            else
            {
                // Closed (or never projected here): no clock left to watch.
                queue.Set(caseId, null);
                Unpark(caseId);
            }
        }
    }

    private void Plan(ProjectedCase c, DateTimeOffset now)
    {
        Unpark(c.CaseId);
        Plan(c.State, c.Deadlines, now);
    }

    /// <summary>Queues a case at its next instant (now if something is due); <paramref name="deadlines"/> null plans them.</summary>
    private void Plan(CaseState state, CaseDeadlines? deadlines, DateTimeOffset now)
    {
        var plan = TransitionPlan.None;
        try
        {
            if (catalog.TryGet(state.ProfileId, out var planner))
            {
                plan = DeadlineTransitions.Plan(state.CaseId, state, deadlines ?? planner.Plan(state), planner.Calendar, now, InFlight);
            }
        }
        catch (Exception ex)
        {
            // Planning is pure: it would fail again. Drop the case until its next event rather than hold up the rest.
            logger.LogError(ex, "Deadline scheduler could not plan case {CaseId}; it waits for its next event", state.CaseId);
        }
        queue.Set(state.CaseId, plan.WakeAt(now));
    }

    private void Unpark(string caseId)
    {
        if (parked.Count > 0 && parked.TryGetValue(ownership.PartitionOf(caseId), out var cases))
        {
            cases.Remove(caseId);
        }
    }

    private void Park(int partition, string caseId)
    {
        if (!parked.TryGetValue(partition, out var cases))
        {
            parked[partition] = cases = new HashSet<string>(StringComparer.Ordinal);
        }
        cases.Add(caseId);
    }

    /// <summary>The in-flight check for planning; null while nothing is in flight, which spares computing event ids.</summary>
    private Func<Guid, bool>? InFlight => inFlight.Count == 0 ? null : inFlight.ContainsKey;

    private void PruneInFlight(DateTimeOffset now)
    {
        if (inFlight.Count == 0)
        {
            return;
        }
        foreach (var id in inFlight.Where(f => f.Value <= now).Select(f => f.Key).ToList())
        {
            inFlight.Remove(id);
        }
    }
}
