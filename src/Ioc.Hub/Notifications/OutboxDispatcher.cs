using Ioc.Data.Notifications;
using Ioc.Hub.Notifications.Senders;
using Ioc.Hub.Reminders;
using Ioc.Hub.Streaming.Consumption;
using Microsoft.Extensions.Options;

namespace Ioc.Hub.Notifications;

/// <summary>
/// The delivery worker: claims due outbox messages, hands each to its channel's sender, and records the outcome —
/// sent, or back to pending with an exponential back-off and the error, or failed after the last attempt. A message is
/// never dropped: a worker killed mid-send leaves it Sending under a lease, and once the lease expires any worker sends
/// it again with the same idempotency key (docs/reminders.md "Delivery guarantees"). Also announces reminders a crash
/// kept off the event stream.
/// </summary>
public sealed class OutboxDispatcher(
    OutboxStore store, NotificationRouter router, ReminderAnnouncer announcer, OutboxSignal signal, TimeProvider time,
    IOptions<NotificationOptions> options, ILogger<OutboxDispatcher> logger) : BackgroundService
{
    // Claim tokens name the process (for operators reading the table) and are unique per claim.
    private readonly string instance = $"{Environment.MachineName}/{Environment.ProcessId}";
    private DateTimeOffset nextSweep = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.DeliveryEnabled)
        {
            logger.LogInformation("Outbox delivery disabled ({Section}:DeliveryEnabled = false)", NotificationOptions.SectionName);
            return;
        }
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            var wake = signal.Current;
            var claimed = 0;
            try
            {
                claimed = await DeliverBatchAsync(stoppingToken);
                await SweepAnnouncementsAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Outbox delivery failed; retrying in {Delay}", settings.PollInterval);
            }
            if (claimed < settings.BatchSize)
            {
                try
                {
                    await WakeSignal.WaitAsync(wake, settings.PollInterval, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Claims one batch and sends it; returns how many messages were claimed.</summary>
    public async Task<int> DeliverBatchAsync(CancellationToken ct)
    {
        var settings = options.Value;
        var token = $"{instance}/{Guid.NewGuid():N}";
        var messages = await store.ClaimAsync(token, settings.BatchSize, settings.LeaseDuration, ct);
        foreach (var message in messages)
        {
            await DeliverAsync(message, token, ct);
        }
        return messages.Count;
    }

    private async Task DeliverAsync(OutboxMessage message, string token, CancellationToken ct)
    {
        var settings = options.Value;
        SendReceipt receipt;
        try
        {
            var sender = router.SenderFor(message.Channel)
                ?? throw new InvalidOperationException($"No sender is configured for channel '{message.Channel}' (see {NotificationOptions.SectionName}); the message waits.");
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(settings.LeaseDuration / 2);
            receipt = await sender.SendAsync(message, timeout.Token);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Shutting down: the lease lapses and the message is sent again (same idempotency key).
            throw;
        }
        catch (Exception ex)
        {
            var final = ex is PermanentSendException || message.Attempts >= settings.MaxAttempts;
            var delay = Backoff(message.Attempts, settings);
            await store.FailedAsync(message.Id, token, ex.Message, final, time.GetUtcNow().UtcDateTime + delay, CancellationToken.None);
            logger.LogWarning("Outbox message {MessageId} ({Channel}) attempt {Attempt} failed{Final}: {Error}",
                message.Id, message.Channel, message.Attempts, final ? " for good" : $"; next in {delay}", ex.Message);
            return;
        }
        if (!await store.SucceededAsync(message.Id, token, receipt.ExternalId, receipt.Delivered, CancellationToken.None))
        {
            logger.LogWarning("Outbox message {MessageId} was sent after its lease expired; another worker may send it again (same idempotency key)", message.Id);
        }
    }

    /// <summary>Base × 2^(attempt−1), capped: 5 s, 10 s, 20 s … 15 min with the defaults.</summary>
    public static TimeSpan Backoff(int attempt, NotificationOptions settings)
    {
        var factor = Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(settings.BaseRetryDelay.Ticks * factor, settings.MaxRetryDelay.Ticks));
        return delay;
    }

    private async Task SweepAnnouncementsAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (now < nextSweep)
            return;
        nextSweep = now + TimeSpan.FromSeconds(30);
        var announced = await announcer.AnnounceLeftoversAsync(TimeSpan.FromSeconds(30), ct);
        if (announced > 0)
            logger.LogInformation("Announced {Count} reminders a crash had kept off the event stream", announced);
    }
}
