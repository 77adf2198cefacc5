using System.Collections.Immutable;
using Ioc.Hub.Live.Contract;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Options;

namespace Ioc.Hub.Live.Feed;

/// <summary>
/// The distributed dashboard's one connection to an Ioc.Hub worker (<see cref="LiveHubOptions.Url"/>), held by this
/// hosted service for the whole process: it subscribes, loads the snapshot, applies the batches whose versions follow
/// it, reloads on a gap (a version jump, another source) and after every reconnect, and feeds <see cref="LiveFeed"/>,
/// which serves the circuits exactly as in embedded mode.
/// </summary>
public sealed class RemoteLiveFeed(LiveFeed feed, IOptions<LiveHubOptions> options, TimeProvider time, ILogger<RemoteLiveFeed> logger) : BackgroundService
{
    private readonly LiveHubOptions settings = options.Value;
    private readonly Lock gate = new();
    private HubConnection? connection;
    private int resyncing;

    // Under gate: the state as received.
    private string? source;
    private long version;
    private LiveNumbers? numbers;
    private IReadOnlyDictionary<string, string> positions = new Dictionary<string, string>();
    private List<DeltaBatchDto>? parts;
    private List<DeltaBatchDto>? heldDuringSync;
    private int snapshotsLoaded;

    /// <summary>How many snapshots were loaded: one per (re)connection, plus one per gap.</summary>
    public int SnapshotsLoaded => Volatile.Read(ref snapshotsLoaded);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var url = new Uri(new Uri(settings.Url!.TrimEnd('/') + "/"), IocHub.Path.TrimStart('/'));
        await using var hub = new HubConnectionBuilder()
            .WithUrl(url, o => o.AccessTokenProvider = () => Task.FromResult<string?>(settings.ApiKey))
            .WithAutomaticReconnect(new KeepTrying())
            .Build();
        connection = hub;
        hub.On<DeltaBatchDto>(nameof(IIocClient.Deltas), OnDeltas);
        hub.On<LiveSnapshotDto>(nameof(IIocClient.Snapshot), OnSnapshot);
        hub.Reconnecting += error =>
        {
            logger.LogWarning(error, "Live hub connection to {Url} lost; reconnecting", url);
            MarkStale();
            return Task.CompletedTask;
        };
        // A new connection: the groups are gone and batches were missed. Subscribe and load a snapshot again.
        hub.Reconnected += _ => ResyncAsync(stoppingToken);

        for (var attempt = 0; !stoppingToken.IsCancellationRequested; attempt++)
        {
            var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Task OnClosed(Exception? error)
            {
                closed.TrySetResult();
                return Task.CompletedTask;
            }
            hub.Closed += OnClosed;
            try
            {
                await hub.StartAsync(stoppingToken);
                await SyncAsync(hub, stoppingToken);
                attempt = 0;
                logger.LogInformation("Live feed connected to {Url}", url);
                await closed.Task.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Live hub at {Url} unavailable (attempt {Attempt})", url, attempt + 1);
            }
            finally
            {
                hub.Closed -= OnClosed;
            }
            MarkStale();
            if (hub.State != HubConnectionState.Disconnected)
            {
                await hub.StopAsync(CancellationToken.None);
            }
            try
            {
                await Task.Delay(KeepTrying.Delay(attempt), time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    private void OnDeltas(DeltaBatchDto batch)
    {
        bool gap;
        lock (gate)
        {
            if (heldDuringSync is { } held)
            {
                held.Add(batch);
                return;
            }
            gap = !Apply(batch);
        }
        if (gap)
        {
            _ = ResyncAsync(CancellationToken.None);
        }
    }

    private void OnSnapshot(LiveSnapshotDto snapshot)
    {
        lock (gate)
        {
            Load(snapshot);
        }
    }

    /// <summary>Applies one message; false on a gap (the caller reloads).</summary>
    private bool Apply(DeltaBatchDto batch)
    {
        if (batch.Source != source || numbers is null)
        {
            return false;
        }
        if (batch.ToVersion <= version)
        {
            return true; // already in the snapshot
        }
        if (batch.FromVersion != version || (batch.Part == 1) != (parts is null) || parts is [var first, ..] && first.ToVersion != batch.ToVersion)
        {
            parts = null;
            return false;
        }
        (parts ??= []).Add(batch);
        if (!batch.IsLastPart)
        {
            return true;
        }
        var changes = parts.SelectMany(p => p.Cases.Select(c => KeyValuePair.Create(c.CaseId, (LiveCase?)c))
            .Concat(p.Removed.Select(id => KeyValuePair.Create(id, (LiveCase?)null)))).ToList();
        parts = null;
        var next = numbers.Apply(batch.Numbers);
        var nextPositions = batch.Positions ?? positions;
        var outcome = feed.Advance(batch.FromVersion, batch.ToVersion, changes, cases => next.ToSnapshot(batch.ToVersion, nextPositions, batch.At, cases.Values));
        if (outcome != AdvanceOutcome.Applied)
        {
            return false;
        }
        (version, numbers, positions) = (batch.ToVersion, next, nextPositions);
        return true;
    }

    private void Load(LiveSnapshotDto snapshot)
    {
        (source, version, numbers, positions, parts) = (snapshot.Source, snapshot.Version, snapshot.Numbers, snapshot.Positions, null);
        var cases = snapshot.Cases.ToImmutableDictionary(c => c.CaseId, StringComparer.Ordinal);
        var state = new LiveState(snapshot.Numbers.ToSnapshot(snapshot.Version, snapshot.Positions, snapshot.At, cases.Values), cases);
        feed.Reset(state, new LiveConnection(LiveConnectionState.Live, time.GetUtcNow()));
        snapshotsLoaded++;
    }

    /// <summary>Subscribes and loads a snapshot; batches arriving meanwhile are held, then applied after it.</summary>
    private async Task SyncAsync(HubConnection hub, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            heldDuringSync ??= [];
        }
        LiveSnapshotDto snapshot;
        try
        {
            await hub.InvokeAsync(nameof(IocHub.Subscribe), settings.Audience, cancellationToken);
            snapshot = await hub.InvokeAsync<LiveSnapshotDto>(nameof(IocHub.GetSnapshot), cancellationToken);
        }
        catch
        {
            lock (gate)
            {
                heldDuringSync = null;
            }
            throw;
        }
        bool gap;
        lock (gate)
        {
            Load(snapshot);
            var held = heldDuringSync ?? [];
            heldDuringSync = null;
            gap = !held.All(Apply);
        }
        if (gap)
        {
            _ = ResyncAsync(cancellationToken);
        }
    }

    private async Task ResyncAsync(CancellationToken cancellationToken)
    {
        if (connection is not { } hub || Interlocked.Exchange(ref resyncing, 1) == 1)
        {
            return;
        }
        try
        {
            logger.LogInformation("Live feed reloading the snapshot at version {Version}", version);
            await SyncAsync(hub, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The connection dropped meanwhile: the reconnect resyncs.
            logger.LogWarning(ex, "Live feed could not reload its snapshot");
        }
        finally
        {
            Volatile.Write(ref resyncing, 0);
        }
    }

    private void MarkStale()
    {
        bool loaded;
        lock (gate)
        {
            loaded = numbers is not null;
        }
        feed.SetConnection(loaded ? new LiveConnection(LiveConnectionState.Stale, time.GetUtcNow()) : LiveConnection.Offline);
    }

    /// <summary>Reconnects forever: at once, then 1, 2, 5, 10 s, then every 30 s.</summary>
    private sealed class KeepTrying : IRetryPolicy
    {
        private static readonly TimeSpan[] Delays = [TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10)];

        public static TimeSpan Delay(long attempt) => attempt < Delays.Length ? Delays[attempt] : TimeSpan.FromSeconds(30);

        public TimeSpan? NextRetryDelay(RetryContext retryContext) => Delay(retryContext.PreviousRetryCount);
    }
}
