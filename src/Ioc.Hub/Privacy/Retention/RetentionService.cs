using Microsoft.Extensions.Options;

namespace Ioc.Hub.Privacy.Retention;

/// <summary>Runs <see cref="PersonalDataRetention"/> at start and then every <see cref="RetentionOptions.Interval"/>.</summary>
public sealed class RetentionService(PersonalDataRetention retention, IOptions<RetentionOptions> options, TimeProvider time, ILogger<RetentionService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            logger.LogWarning("Personal-data retention is off (Ioc:Retention:Enabled=false): reporters are kept past their profile's retention");
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await retention.RunAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The next run retries; one failed pass must not stop the job for good.
                logger.LogError(ex, "Personal-data retention failed; retrying in {Interval}", options.Value.Interval);
            }
            await Task.Delay(options.Value.Interval, time, stoppingToken);
        }
    }
}
