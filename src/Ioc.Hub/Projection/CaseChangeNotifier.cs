using System.Threading.Channels;

namespace Ioc.Hub.Projection;

/// <summary>
/// Each subscriber gets a bounded queue drained by its own task, so a slow circuit never slows the projection: when
/// its queue is full the oldest delta is dropped, and the subscriber sees the gap in <see cref="ProjectionChanged.Version"/>.
/// </summary>
public sealed class CaseChangeNotifier(ILogger<CaseChangeNotifier> logger) : ICaseChangeNotifier
{
    public const int QueueCapacity = 256;

    private readonly ILogger<CaseChangeNotifier> logger = logger;
    private readonly Lock gate = new();
    // Copy-on-write: Publish reads the array without a lock; Subscribe and Dispose replace it.
    private Subscription[] subscriptions = [];

    public IDisposable Subscribe(Func<ProjectionChanged, Task> handler)
    {
        var subscription = new Subscription(this, handler);
        lock (gate)
        {
            subscriptions = [.. subscriptions, subscription];
        }
        subscription.Start();
        return subscription;
    }

    public void Publish(ProjectionChanged change)
    {
        foreach (var subscription in Volatile.Read(ref subscriptions))
        {
            subscription.Queue.Writer.TryWrite(change);
        }
    }

    private void Remove(Subscription subscription)
    {
        lock (gate)
        {
            subscriptions = [.. subscriptions.Where(s => s != subscription)];
        }
    }

    private sealed class Subscription(CaseChangeNotifier owner, Func<ProjectionChanged, Task> handler) : IDisposable
    {
        public Channel<ProjectionChanged> Queue { get; } = Channel.CreateBounded<ProjectionChanged>(
            new BoundedChannelOptions(QueueCapacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

        public void Start() => _ = Task.Run(PumpAsync);

        public void Dispose()
        {
            owner.Remove(this);
            Queue.Writer.TryComplete();
        }

        private async Task PumpAsync()
        {
            await foreach (var change in Queue.Reader.ReadAllAsync())
            {
                try
                {
                    await handler(change);
                }
                catch (Exception ex)
                {
                    // One failing subscriber (a closed circuit) must not stop its later deltas nor anyone else's.
                    owner.logger.LogWarning(ex, "A projection change subscriber failed on version {Version}", change.Version);
                }
            }
        }
    }
}
