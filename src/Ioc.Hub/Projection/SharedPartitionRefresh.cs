using Ioc.Hub.Streaming;
using Microsoft.Extensions.Options;

namespace Ioc.Hub.Projection;

/// <summary>
/// Several Hub workers split the partitions, and each projects only its own: without this, a worker's live numbers
/// for the others' partitions would stay as of its start. Every <see cref="ProjectionOptions.SharedRefreshInterval"/>,
/// while another consumer holds a partition, it reloads memory from the store if the others committed meanwhile (their
/// checkpoints moved). A reload reads every open case and the history counters, and subscribers get a fresh snapshot,
/// so its cost grows with the open cases; a single worker holding every partition never reloads.
/// </summary>
internal sealed class SharedPartitionRefresh(
    IEventStream stream, CaseProjection projection, IServiceProvider services, IOptions<ProjectionOptions> options,
    TimeProvider time, ILogger<SharedPartitionRefresh> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.SharedRefreshInterval;
        // Resolved here, not in the constructor: a hosted service cannot depend on the list of hosted services.
        var consumer = services.GetServices<IHostedService>().OfType<ProjectionConsumer>().FirstOrDefault();
        if (interval <= TimeSpan.Zero || !options.Value.Consume || consumer is null)
            return;
        using var timer = new PeriodicTimer(interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var status = await stream.GetStatusAsync(stoppingToken);
                if (status.All(p => p.Owner is null || p.Owner == consumer.ConsumerId))
                    continue;
                var own = status.Where(p => p.Owner == consumer.ConsumerId).Select(p => p.Stream).ToHashSet(StringComparer.Ordinal);
                if (await projection.RefreshOthersAsync(own, stoppingToken))
                    logger.LogDebug("Reloaded the projection: other workers committed to partitions this one does not hold");
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The store or Redis is away: the numbers stay as they are until the next tick.
                logger.LogWarning(ex, "Could not refresh the projection from the other workers' commits");
            }
        }
    }
}
