using Ioc.Hub.Live.Contract;
using Ioc.Hub.Live.Feed;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Ioc.Hub.Live.Broadcast;

/// <summary>
/// Sends the feed's frames to the hub groups that have subscribers here, through
/// <see cref="IHubContext{THub,T}"/>: one batch per group per frame, at most once per
/// <see cref="LiveHubOptions.UpdateInterval"/> (frames that queue up meanwhile are merged). After a reload it pushes
/// each group a whole <see cref="IIocClient.Snapshot"/> instead.
/// </summary>
public sealed partial class LiveBroadcaster(
    LiveFeed feed, IHubContext<IocHub, IIocClient> hub, LiveGroups groups, IOptions<LiveHubOptions> options, TimeProvider time,
    ILogger<LiveBroadcaster> logger) : BackgroundService
{
    private readonly LiveHubOptions settings = options.Value;
    private DateTimeOffset? lastSent;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = feed.SubscribeFrames(frame => SendAsync(frame, stoppingToken));
        try
        {
            await Task.Delay(Timeout.Infinite, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task SendAsync(LiveFrame frame, CancellationToken cancellationToken)
    {
        if (frame.FromVersion == frame.ToVersion && !frame.Reloaded)
        {
            return; // a connection-state frame: nothing for subscribers of this process's own hub
        }
        // The feed already paces its frames; this guards the groups when sending itself took a while.
        if (lastSent is { } previous && previous + settings.UpdateInterval - time.GetUtcNow() is { Ticks: > 0 } wait)
        {
            await Task.Delay(wait, time, cancellationToken);
        }
        lastSent = time.GetUtcNow();
        foreach (var audience in groups.Active)
        {
            LogSending(frame.FromVersion, frame.ToVersion, audience.Name);
            var group = hub.Clients.Group(groups.GroupOf(audience));
            try
            {
                if (frame.Reloaded)
                {
                    await group.Snapshot(LiveMessages.Snapshot(frame.Current, audience, groups.Source));
                    continue;
                }
                foreach (var batch in LiveMessages.Deltas(frame, audience, groups.Source, settings.MaxCasesPerMessage))
                {
                    await group.Deltas(batch);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A backplane hiccup loses this batch for the group; its clients see the gap and reload.
                logger.LogWarning(ex, "Live batch {From}..{To} not sent to {Audience}", frame.FromVersion, frame.ToVersion, audience);
            }
        }
    }

    [LoggerMessage(EventId = SendingEventId, Level = LogLevel.Debug, Message = "Live batch {From}..{To} to {Audience}")]
    private partial void LogSending(long from, long to, string audience);

    /// <summary>The event id of the debug line written as each group's batch goes out.</summary>
    public const int SendingEventId = 7301;
}
