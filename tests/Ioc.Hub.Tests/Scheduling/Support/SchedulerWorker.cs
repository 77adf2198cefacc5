using Ioc.Hub.Cases;
using Ioc.Hub.Cases.Events.Validation;
using Ioc.Hub.Projection;
using Ioc.Hub.Projection.Aggregates;
using Ioc.Hub.Scheduling;
using Ioc.Hub.Streaming;
using Ioc.Hub.Tests.Projection.Support;
using Ioc.Hub.Tests.Streaming;
using Ioc.Hub.Tests.Support.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ioc.Hub.Tests.Scheduling.Support;

/// <summary>
/// One Hub worker as the host wires it, built by hand over a store and a stream that several workers may share: a
/// projection with its memory and change notifier, fed by the projection consumer's handler under the worker's own
/// consumer id (as <see cref="ProjectionConsumer"/> runs it), and a deadline scheduler. The handler can be held, to
/// let transitions pile up in the stream before the projection sees them.
/// </summary>
internal sealed class SchedulerWorker : IAsyncDisposable
{
    private readonly IEventStream stream;
    private readonly TestDatabase database;
    private readonly TimeProvider clock;
    private readonly ProjectionMemory memory;
    private readonly ProjectionConsumer consumer;
    private readonly PartitionOwnership ownership;
    private readonly List<DeadlineScheduler> schedulers = [];
    private readonly CancellationTokenSource stop = new();
    private TaskCompletionSource held = Released();
    private Task consuming = Task.CompletedTask;

    private SchedulerWorker(TestDatabase database, TimeProvider clock, IEventStream stream)
    {
        this.database = database;
        this.clock = clock;
        this.stream = stream;
        var catalog = SchedulerProfiles.Catalog;
        memory = new ProjectionMemory(catalog);
        var options = ProjectionHarness.Options();
        Projection = new CaseProjection(database.Store, new CaseStateMachine(catalog), catalog, new CaseEventValidator(clock), memory,
            new LiveAggregates(memory, catalog, clock, options), Notifier, clock, options, NullLogger<CaseProjection>.Instance);
        consumer = new ProjectionConsumer(stream, Projection, options, NullLogger<ProjectionConsumer>.Instance);
        ownership = new PartitionOwnership(stream, () => ConsumerId);
    }

    public string ConsumerId { get; } = $"worker-{Guid.NewGuid():N}";

    public CaseProjection Projection { get; }

    public ICaseChangeNotifier Notifier { get; } = new CaseChangeNotifier(NullLogger<CaseChangeNotifier>.Instance);

    /// <summary>
    /// Loads the projection, starts consuming, waits until <paramref name="leasesSettled"/> (by default: this worker
    /// holds every partition) so the scheduler starts on known leases, then starts the scheduler.
    /// </summary>
    public static async Task<SchedulerWorker> StartAsync(
        TestDatabase database, TimeProvider clock, IEventStream stream, Func<SchedulerWorker, Task<bool>>? leasesSettled = null)
    {
        var worker = new SchedulerWorker(database, clock, stream);
        await worker.Projection.InitializeAsync();
        worker.consuming = stream.ConsumeAsync(worker.ConsumerId, worker.HandleAsync, worker.stop.Token);
        await StreamTestKit.Eventually(() => (leasesSettled ?? (w => w.HoldsAllAsync()))(worker), "the partition leases settle");
        await worker.AddSchedulerAsync();
        return worker;
    }

    public async Task<bool> HoldsAllAsync() => (await stream.GetStatusAsync()).All(p => p.Owner == ConsumerId);

    /// <summary>Starts one more scheduler over this worker's projection and leases (as a second hosted copy would).</summary>
    public async Task AddSchedulerAsync()
    {
        var scheduler = new DeadlineScheduler(memory, Notifier, stream, SchedulerProfiles.Catalog, new SchedulerStore(database.Store), ownership, clock,
            Microsoft.Extensions.Options.Options.Create(new SchedulerOptions()), NullLogger<DeadlineScheduler>.Instance);
        schedulers.Add(scheduler);
        await scheduler.StartAsync(CancellationToken.None);
    }

    /// <summary>Batches wait in the stream, unacknowledged, until <see cref="Release"/>.</summary>
    public void Hold() => held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => held.TrySetResult();

    public async ValueTask DisposeAsync()
    {
        foreach (var scheduler in schedulers)
        {
            await scheduler.StopAsync(CancellationToken.None);
            scheduler.Dispose();
        }
        Release();
        await stop.CancelAsync();
        await consuming;
        Projection.Dispose();
        stop.Dispose();
    }

    private async Task<IReadOnlyList<Rejection>> HandleAsync(StreamBatch batch, CancellationToken ct)
    {
        await held.Task.WaitAsync(ct);
        return await consumer.HandleAsync(batch, ct);
    }

    private static TaskCompletionSource Released()
    {
        var source = new TaskCompletionSource();
        source.SetResult();
        return source;
    }
}
