using Microsoft.Extensions.Options;

namespace Ioc.Hub.Streaming;

/// <summary>Trims processed entries every <see cref="StreamOptions.TrimInterval"/>. Not a consumer: it never reads entries.</summary>
internal sealed class StreamRetentionService(IEventStream stream, IOptions<StreamOptions> options, TimeProvider time,
    ILogger<StreamRetentionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.TrimInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await stream.TrimAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Trimming the event stream failed; retrying in {Interval}", options.Value.TrimInterval);
            }
        }
    }
}
