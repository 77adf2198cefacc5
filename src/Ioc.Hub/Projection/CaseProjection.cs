using Ioc.Hub.Cases;
using Ioc.Hub.Cases.Events.Validation;
using Ioc.Hub.Projection.Aggregates;
using Ioc.Hub.Sla.Profiles;
using Microsoft.Extensions.Options;

namespace Ioc.Hub.Projection;

/// <summary>
/// Projects stream entries into the store and into memory. One batch is one store transaction (events, snapshots,
/// reporters, checkpoint); memory, aggregates and subscribers see it only after the commit, so a failed commit
/// changes nothing and the redelivered batch is projected again exactly once. Calls are serialized: a case's events
/// must apply in order, which matters more here than parallelism. See docs/projection.md.
/// </summary>
public sealed class CaseProjection : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly ProfileCatalog catalog;
    private readonly ICaseChangeNotifier notifier;
    private readonly TimeProvider time;
    private readonly ProjectionOptions options;
    private readonly ILogger<CaseProjection> logger;
    private readonly ProjectionStoreReader reader;
    private readonly BatchProjector batches;
    private bool initialized;

    public CaseProjection(
        CaseStore store, CaseStateMachine machine, ProfileCatalog catalog, CaseEventValidator validator, ProjectionMemory memory,
        LiveAggregates aggregates, ICaseChangeNotifier notifier, TimeProvider time, IOptions<ProjectionOptions> options,
        ILogger<CaseProjection> logger)
    {
        this.catalog = catalog;
        this.notifier = notifier;
        this.time = time;
        this.options = options.Value;
        this.logger = logger;
        Memory = memory;
        Aggregates = aggregates;
        var folder = new CaseFolder(machine, catalog);
        reader = new ProjectionStoreReader(store, folder);
        batches = new BatchProjector(store, catalog, new EntryParser(validator), folder, reader, memory, aggregates, notifier, time, logger);
    }

    public ProjectionMemory Memory { get; }

    public LiveAggregates Aggregates { get; }

    /// <summary>Loads the open cases, the history counters and the checkpoints from the store, replacing memory.</summary>
    public async Task InitializeAsync(CancellationToken ct = default)
    {
        await gate.WaitAsync(ct);
        try
        {
            await LoadAsync(ct);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Projects a batch, in order. Entries of several streams are projected stream by stream, each in its own
    /// transaction with its own checkpoint (a case lives in one stream partition). Throws when the store fails:
    /// the caller must not acknowledge the batch, and may deliver it again.
    /// </summary>
    public async Task<ProjectionResult> ProjectAsync(IReadOnlyList<IncomingEntry> entries, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0)
        {
            return ProjectionResult.Empty;
        }
        await gate.WaitAsync(ct);
        try
        {
            if (!initialized)
            {
                await LoadAsync(ct);
            }
            var result = ProjectionResult.Empty;
            foreach (var stream in entries.GroupBy(e => e.Stream, StringComparer.Ordinal))
            {
                var inputs = stream.Select(e => new ProjectionInput(e.Position, e.Json, null)).ToList();
                result = result.Plus(await batches.ProjectAsync(stream.Key, inputs, checkpoint: true, ct));
            }
            return result;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The rebuild's entry point: logged events, with their recorded instants, and no checkpoint.</summary>
    internal async Task<ProjectionResult> ReplayAsync(IReadOnlyList<ProjectionInput> inputs, CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            if (!initialized)
            {
                await LoadAsync(ct);
            }
            return await batches.ProjectAsync(ReplayStream, inputs, checkpoint: false, ct);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Reloads memory from the store when another worker has committed to a partition this one does not project
    /// (its checkpoint in the store moved past the position memory holds). Returns whether it reloaded.
    /// </summary>
    public async Task<bool> RefreshOthersAsync(IReadOnlySet<string> ownStreams, CancellationToken ct = default)
    {
        var stored = await reader.CheckpointsAsync(ct);
        var held = Memory.Positions();
        if (!stored.Any(c => !ownStreams.Contains(c.Key) && held.GetValueOrDefault(c.Key) != c.Value))
        {
            return false;
        }
        await gate.WaitAsync(ct);
        try
        {
            await LoadAsync(ct);
            return true;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The stream name rejections carry during a rebuild.</summary>
    internal const string ReplayStream = "rebuild";

    private async Task LoadAsync(CancellationToken ct)
    {
        var checkpoints = await reader.CheckpointsAsync(ct);
        var open = await reader.OpenCasesAsync(ct);
        var history = new HistoryCounters(catalog);
        var today = HistoryCounters.VietnamDate(time.GetUtcNow());
        // From the first day of the window, at midnight in Vietnam: a day on the edge is counted whole.
        var from = new DateTimeOffset(today.AddDays(1 - options.DailyWindowDays).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(7));
        await reader.CountHistoryAsync(history, from.UtcDateTime, ct);

        var version = Memory.Reset(open, checkpoints, history);
        initialized = true;
        var numbers = Aggregates.Recompute();
        notifier.Publish(new ProjectionChanged(version, Memory.Positions(), []) { Numbers = numbers.Version == version ? numbers : null, Reloaded = true });
        logger.LogInformation("Projection loaded {Open} open cases; checkpoints {Checkpoints}", open.Count,
            string.Join(", ", checkpoints.Select(c => $"{c.Key}@{c.Value}")));
    }

    public void Dispose() => gate.Dispose();
}
