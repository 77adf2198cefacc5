using System.Collections.Immutable;
using System.Threading.Channels;
using Ioc.Hub.Live.Contract;
using Ioc.Hub.Projection.Aggregates;
using Microsoft.Extensions.Options;

namespace Ioc.Hub.Live.Feed;

/// <summary>What <see cref="LiveFeed.Advance"/> did with a step.</summary>
internal enum AdvanceOutcome
{
    Applied,
    /// <summary>Already included (a notification older than the last reload): ignored.</summary>
    Stale,
    /// <summary>It does not follow the current version: the source must reload the whole state.</summary>
    Gap,
}

/// <summary>
/// The one live state of the process. A source (<see cref="ProjectionFeedSource"/> embedded, <see cref="RemoteLiveFeed"/>
/// distributed) advances a working state version by version; a loop publishes it at most once per
/// <see cref="LiveHubOptions.UpdateInterval"/> as one frame to every subscriber (circuits, the hub broadcaster), each
/// through its own bounded queue so a slow one never holds the others. See docs/live-feed.md.
/// </summary>
public sealed class LiveFeed : BackgroundService, ILiveFeed
{
    public const int QueueCapacity = 64;

    private readonly TimeProvider time;
    private readonly TimeSpan interval;
    private readonly ILogger<LiveFeed> logger;
    private readonly Lock gate = new();
    private readonly Channel<bool> wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    // Under gate: what the source has applied, and what changed since the last frame.
    private LiveState working;
    private Dictionary<string, CaseTransition> pending = new(StringComparer.Ordinal);
    private bool reloadPending;
    private LiveConnection connection = LiveConnection.Offline;
    private bool connectionChanged;

    // What subscribers have been sent; read without the lock.
    private LiveState published;
    private FrameSubscription[] subscriptions = [];

    public LiveFeed(TimeProvider time, IOptions<LiveHubOptions> options, ILogger<LiveFeed> logger)
    {
        this.time = time;
        this.logger = logger;
        interval = options.Value.UpdateInterval;
        working = published = LiveState.Empty(time.GetUtcNow());
    }

    /// <summary>The state subscribers were last sent: what a snapshot must return, so the next frame follows it.</summary>
    public LiveState State => Volatile.Read(ref published);

    public LiveSnapshot Current => State.Numbers;

    public LiveConnection Connection
    {
        get
        {
            lock (gate)
            {
                return connection;
            }
        }
    }

    public LiveView View(LiveAudience audience)
    {
        var state = State;
        return new LiveView(audience, audience.Cut(state.Numbers), state.CasesFor(audience), Connection);
    }

    public IDisposable Subscribe(LiveAudience audience, Func<LiveUpdate, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return SubscribeFrames(frame =>
        {
            (IReadOnlyList<LiveCase> Cases, IReadOnlyList<string> Removed) changes = frame.Reloaded ? ([], []) : frame.ChangesFor(audience);
            var (cases, removed) = changes;
            return handler(new LiveUpdate(audience, frame.FromVersion, frame.ToVersion, frame.Reloaded, audience.Cut(frame.Current.Numbers), cases, removed, frame.Connection));
        });
    }

    /// <summary>Frames as they are published; a subscriber that fell behind gets its backlog merged into one frame.</summary>
    internal IDisposable SubscribeFrames(Func<LiveFrame, Task> handler)
    {
        var subscription = new FrameSubscription(this, handler, State.Version);
        lock (gate)
        {
            subscriptions = [.. subscriptions, subscription];
        }
        subscription.Start();
        return subscription;
    }

    /// <summary>The version the source has reached (ahead of <see cref="State"/> until the next frame).</summary>
    internal long Version
    {
        get
        {
            lock (gate)
            {
                return working.Version;
            }
        }
    }

    /// <summary>Replaces the whole state (start-up, a gap, a reconnect); the next frame tells subscribers to reload.</summary>
    internal void Reset(LiveState state, LiveConnection? now = null)
    {
        lock (gate)
        {
            working = state;
            pending = new(StringComparer.Ordinal);
            reloadPending = true;
            if (now is { } c && c != connection)
            {
                connection = c;
                connectionChanged = true;
            }
        }
        wake.Writer.TryWrite(true);
    }

    /// <summary>
    /// Moves the state from version <paramref name="from"/> to <paramref name="to"/>: <paramref name="changes"/> gives each
    /// changed case's new state (null: closed, or no longer in any audience), <paramref name="numbers"/> the numbers at
    /// <paramref name="to"/> given the resulting cases.
    /// </summary>
    internal AdvanceOutcome Advance(
        long from, long to, IEnumerable<KeyValuePair<string, LiveCase?>> changes, Func<ImmutableDictionary<string, LiveCase>, LiveSnapshot> numbers)
    {
        lock (gate)
        {
            if (to <= working.Version)
            {
                return AdvanceOutcome.Stale;
            }
            if (from != working.Version)
            {
                return AdvanceOutcome.Gap;
            }
            var cases = working.Cases.ToBuilder();
            foreach (var (caseId, after) in changes)
            {
                cases.TryGetValue(caseId, out var before);
                if (after is null)
                {
                    cases.Remove(caseId);
                }
                else
                {
                    cases[caseId] = after;
                }
                // The first change of a case since the last frame holds its published state as "before".
                pending[caseId] = pending.TryGetValue(caseId, out var first) ? first with { After = after } : new CaseTransition(caseId, before, after);
            }
            var next = cases.ToImmutable();
            working = new LiveState(numbers(next), next);
        }
        wake.Writer.TryWrite(true);
        return AdvanceOutcome.Applied;
    }

    internal void SetConnection(LiveConnection state)
    {
        lock (gate)
        {
            if (state.State == connection.State)
            {
                return;
            }
            connection = state;
            connectionChanged = true;
        }
        wake.Writer.TryWrite(true);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        DateTimeOffset? last = null;
        try
        {
            while (await wake.Reader.WaitToReadAsync(stoppingToken))
            {
                wake.Reader.TryRead(out _);
                // Leading edge: a change after a quiet spell goes out at once; during a burst, once per interval.
                if (last is { } previous && previous + interval - time.GetUtcNow() is { Ticks: > 0 } wait)
                {
                    await Task.Delay(wait, time, stoppingToken);
                    wake.Reader.TryRead(out _);
                }
                if (Publish())
                {
                    last = time.GetUtcNow();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Sends what changed since the last frame as one frame; false when nothing did.</summary>
    private bool Publish()
    {
        LiveFrame frame;
        lock (gate)
        {
            var previous = published;
            if (!reloadPending && !connectionChanged && ReferenceEquals(working, previous))
            {
                return false;
            }
            frame = new LiveFrame(previous.Version, working.Version, reloadPending, previous, working, [.. pending.Values], connection);
            Volatile.Write(ref published, working);
            pending = new(StringComparer.Ordinal);
            reloadPending = false;
            connectionChanged = false;
        }
        foreach (var subscription in Volatile.Read(ref subscriptions))
        {
            subscription.Post(frame);
        }
        return true;
    }

    private void Remove(FrameSubscription subscription)
    {
        lock (gate)
        {
            subscriptions = [.. subscriptions.Where(s => s != subscription)];
        }
    }

    private sealed class FrameSubscription(LiveFeed owner, Func<LiveFrame, Task> handler, long subscribedAt) : IDisposable
    {
        private readonly Channel<LiveFrame> queue = Channel.CreateBounded<LiveFrame>(
            new BoundedChannelOptions(QueueCapacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

        public void Start() => _ = Task.Run(PumpAsync);

        public void Post(LiveFrame frame) => queue.Writer.TryWrite(frame);

        public void Dispose()
        {
            owner.Remove(this);
            queue.Writer.TryComplete();
        }

        private async Task PumpAsync()
        {
            var lastTo = subscribedAt;
            while (await queue.Reader.WaitToReadAsync())
            {
                if (!queue.Reader.TryRead(out var frame))
                {
                    continue;
                }
                while (queue.Reader.TryRead(out var next))
                {
                    frame = frame.Merge(next);
                }
                // Frames dropped from a full queue leave a hole: say so rather than hand over a partial difference.
                if (frame.FromVersion != lastTo && !frame.Reloaded)
                {
                    frame = frame with { Reloaded = true };
                }
                lastTo = frame.ToVersion;
                try
                {
                    await handler(frame);
                }
                catch (Exception ex)
                {
                    // A closed circuit must not stop its later frames nor anyone else's.
                    owner.logger.LogWarning(ex, "A live feed subscriber failed on version {Version}", frame.ToVersion);
                }
            }
        }
    }
}
