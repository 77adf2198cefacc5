using Ioc.Hub.Cases.Events;
using Ioc.Hub.Sla.Profiles;
using Microsoft.Extensions.Options;

namespace Ioc.Hub.Simulation;

/// <summary>
/// Runs the simulator: replays the history up to now, then releases each event when its time comes by the injected
/// <see cref="TimeProvider"/>, creating new cases at <see cref="SimulatorOptions.CasesPerHour"/>. Needs an
/// <see cref="IEventSink"/>; without one the host fails to start.
/// </summary>
public sealed class SimulatorService(
    IOptions<SimulatorOptions> options,
    ProfileCatalog catalog,
    IServiceProvider services,
    TimeProvider time,
    ILogger<SimulatorService> logger) : BackgroundService
{
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan RecheckInterval = TimeSpan.FromMilliseconds(250);

    private IEventSink? sink;
    private DateTimeOffset startedAt;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            logger.LogInformation("Traffic simulator disabled ({Section}:Enabled is false).", SimulatorOptions.SectionName);
            return Task.CompletedTask;
        }
        sink = services.GetService<IEventSink>() ?? throw new InvalidOperationException(
            $"The traffic simulator is enabled ({SimulatorOptions.SectionName}:Enabled) but no {nameof(IEventSink)} is registered: " +
            "register the event pipeline before starting the host, or disable the simulator.");
        // History ends, and live traffic begins, at the instant the host starts the simulator.
        startedAt = time.GetUtcNow();
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        var eventSink = new RetryingSink(sink!, time, logger);
        // Generation is CPU work of a few seconds: keep it off the thread that starts the host.
        await Task.Yield();
        try
        {
            var simulator = TrafficSimulator.Create(o, catalog, SimulationReference.All);
            var summary = await simulator.ReplayAsync(eventSink, startedAt, o.ReplayDays, o.BatchSize, stoppingToken);
            logger.LogInformation(
                "Simulator replayed {Days} days of {Profile} (seed {Seed}): {Cases} cases, {Events} events, {Open} open now.",
                o.ReplayDays, o.ProfileId, o.Seed, summary.Cases, summary.EventsPublished, summary.OpenCases);

            simulator.StartLive(startedAt);
            while (!stoppingToken.IsCancellationRequested)
            {
                foreach (var batch in simulator.TakeDue(time.GetUtcNow()).Chunk(o.BatchSize))
                    await eventSink.PublishAsync(batch, stoppingToken);
                if (simulator.NextDueAt is not { } next)
                    return;
                var wait = next - time.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    // Also look again after a short real interval: a clock that jumps (a test's fake clock, a host
                    // resumed from sleep) between reading "now" and arming the timer must not strand due events.
                    using var recheck = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                    await Task.WhenAny(Task.Delay(wait, time, recheck.Token), Task.Delay(RecheckInterval, recheck.Token));
                    await recheck.CancelAsync();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown.
        }
    }

    /// <summary>Retries a failing sink with back-off, so no event is lost or reordered while the pipeline recovers.</summary>
    private sealed class RetryingSink(IEventSink inner, TimeProvider time, ILogger logger) : IEventSink
    {
        public async ValueTask PublishAsync(IReadOnlyList<CaseEvent> events, CancellationToken ct)
        {
            var delay = TimeSpan.FromSeconds(1);
            while (true)
            {
                try
                {
                    await inner.PublishAsync(events, ct);
                    return;
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
                {
                    logger.LogWarning(ex, "The event sink refused {Count} simulated events; retrying in {Delay}.", events.Count, delay);
                    await Task.Delay(delay, time, ct);
                    delay = delay * 2 > MaxRetryDelay ? MaxRetryDelay : delay * 2;
                }
            }
        }
    }
}
