using Ioc.Hub.Streaming;
using Microsoft.Extensions.Options;

namespace Ioc.Hub.Projection;

/// <summary>
/// Feeds the event stream to the projection, in both hostings: <see cref="IEventStream"/> is Redis in distributed mode
/// and in-process in embedded mode, with one contract. The stream acknowledges a batch only after
/// <see cref="CaseProjection.ProjectAsync"/> has committed it; the entries the projection rejects go to the
/// dead-letter stream with their reason; a store failure throws, so the batch is delivered again.
/// </summary>
public sealed class ProjectionConsumer(
    IEventStream stream, CaseProjection projection, IOptions<ProjectionOptions> options, ILogger<ProjectionConsumer> logger) : BackgroundService
{
    /// <summary>Unique per live process, as the stream's leases require; readable in the partition status.</summary>
    public string ConsumerId { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Consume)
        {
            logger.LogInformation("Projection consumer disabled ({Section}:Consume = false)", ProjectionOptions.SectionName);
            return;
        }
        logger.LogInformation("Projection consumer {ConsumerId} starts on {Partitions} partitions", ConsumerId, stream.Partitions);
        await stream.ConsumeAsync(ConsumerId, HandleAsync, stoppingToken);
    }

    /// <summary>One partition's batch: projected as one transaction; its rejections become dead letters.</summary>
    public async Task<IReadOnlyList<Rejection>> HandleAsync(StreamBatch batch, CancellationToken cancellationToken)
    {
        var entries = new IncomingEntry[batch.Entries.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = batch.Entries[i];
            entries[i] = new IncomingEntry(entry.Stream, entry.Position, entry.Json);
        }
        var result = await projection.ProjectAsync(entries, cancellationToken);
        return result.Rejected == 0 ? Rejection.None : [.. result.Rejections.Select(r => new Rejection(r.Position, r.Reason))];
    }
}
