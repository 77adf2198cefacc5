using Ioc.Dashboard.Components.Pages.Wall.Data;
using Ioc.Dashboard.Components.Pages.Wall.Models;
using Ioc.Hub.Live;
using Ioc.Hub.Live.Contract;
using Ioc.Hub.Live.Feed;
using Ioc.Hub.Projection.Aggregates;

namespace Ioc.Dashboard.Components.Pages.Wall.Live;

/// <summary>
/// The wall's state, once per process: it follows <see cref="ILiveFeed"/> for the <c>wall</c> audience (snapshot, then
/// deltas) and keeps one <see cref="WallSnapshot"/> and one <see cref="WallMarkers"/> that every wall circuit reads, so a
/// screen costs its render tree and a version number, not a copy of 20 000 cases (docs/wall.md "Live data").
/// Confidential and state-secret cases never reach it: the feed's wall audience leaves them out.
/// </summary>
public sealed class WallLive(ILiveFeed feed, WallStoreReader store, TimeProvider time, ILogger<WallLive> logger) : BackgroundService
{
    /// <summary>The store-side parts (ratings, ticker, acknowledgements) are read at most this often, after an update.</summary>
    public static readonly TimeSpan ExtrasInterval = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim gate = new(1, 1);
    private WallNames? names;
    private WallExtras extras = WallExtras.Empty;
    private LiveSnapshot numbers = LiveState.Empty(DateTimeOffset.UnixEpoch).Numbers;
    private int extrasWanted;

    /// <summary>Everything the wall shows but the markers; replaced whole at each update.</summary>
    public WallSnapshot Snapshot { get; private set; } = new(DateTimeOffset.UnixEpoch, WallKpis.Empty, [], [], [], SatisfactionSummary.Empty, []);

    public WallMarkers Markers { get; private set; } = WallMarkers.Empty;

    /// <summary>The feed's connection (embedded: always live; distributed: the hub connection's).</summary>
    public ConnectionStatus Connection { get; private set; } = new(WallConnection.Offline);

    /// <summary>Raised after each update, on the feed's thread: circuits re-render through their own dispatcher.</summary>
    public event Action? Changed;

    /// <summary>Wall circuits listening now (docs/wall.md "Operations").</summary>
    public int Screens => Changed?.GetInvocationList().Length ?? 0;

    /// <summary>True once the first snapshot of the feed is loaded.</summary>
    public bool Ready { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        names = await NamesAsync(stoppingToken);
        using var subscription = feed.Subscribe(LiveAudience.Wall, OnUpdateAsync);
        await ReloadAsync();
        Ready = true;
        // Extras follow the updates, at most once a second, and at least once a minute (today's date rolls over).
        using var timer = new PeriodicTimer(ExtrasInterval, time);
        var last = DateTimeOffset.MinValue;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (Interlocked.Exchange(ref extrasWanted, 0) == 1 || time.GetUtcNow() - last > TimeSpan.FromMinutes(1))
            {
                last = time.GetUtcNow();
                await RefreshExtrasAsync(stoppingToken);
            }
        }
    }

    /// <summary>The reference names, retried until the store answers (it may still be migrating at start).</summary>
    private async Task<WallNames> NamesAsync(CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await store.NamesAsync(ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "The wall could not read the reference names (attempt {Attempt}); retrying.", attempt);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, attempt)), time, ct);
            }
        }
    }

    private async Task ReloadAsync()
    {
        var view = feed.View(LiveAudience.Wall);
        await gate.WaitAsync();
        try
        {
            numbers = view.Numbers;
            Markers = Markers.Reset(view.Cases.Values.Select(ToWallCase).OfType<WallCase>());
            Publish(view.Connection);
        }
        finally
        {
            gate.Release();
        }
        await RefreshExtrasAsync(CancellationToken.None);
    }

    private async Task OnUpdateAsync(LiveUpdate update)
    {
        if (update.Reloaded)
        {
            await ReloadAsync();
            return;
        }
        await gate.WaitAsync();
        try
        {
            numbers = update.Numbers;
            var upserted = update.Cases.Select(ToWallCase).OfType<WallCase>().ToList();
            // A case that lost its location (or never had one) leaves the map like a closed one.
            var removed = update.Removed.Concat(update.Cases.Where(c => ToWallCase(c) is null).Select(c => c.CaseId)).ToList();
            Markers = Markers.Apply(upserted, removed);
            Publish(update.Connection);
        }
        finally
        {
            gate.Release();
        }
        Interlocked.Exchange(ref extrasWanted, 1);
    }

    private async Task RefreshExtrasAsync(CancellationToken ct)
    {
        try
        {
            var emergencies = Markers.All.Values.Where(c => c.IsEmergency).Select(c => c.Id).ToList();
            var read = await store.ReadExtrasAsync(emergencies, ct);
            await gate.WaitAsync(ct);
            try
            {
                extras = read;
                Publish(feed.Connection);
            }
            finally
            {
                gate.Release();
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The live part goes on; the ticker and ratings stay as they were until the next read succeeds.
            logger.LogWarning(e, "The wall could not read its ratings, ticker and acknowledgements from the store.");
        }
    }

    /// <summary>Builds the snapshot from the latest numbers, markers and extras, then tells the circuits. Under the gate.</summary>
    private void Publish(LiveConnection connection)
    {
        var now = time.GetUtcNow();
        Connection = connection.State switch
        {
            LiveConnectionState.Live => ConnectionStatus.Live,
            LiveConnectionState.Stale => new ConnectionStatus(WallConnection.Stale, connection.Since),
            _ => new ConnectionStatus(WallConnection.Offline, connection.Since),
        };
        Snapshot = new WallSnapshot(numbers.At > DateTimeOffset.UnixEpoch ? numbers.At : now, Kpis(now), [], Agencies(), Emergencies(), extras.Satisfaction, extras.Ticker);
        try
        {
            Changed?.Invoke();
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "A wall circuit failed to take an update.");
        }
    }

    /// <summary>Totals and per-day counts from the live aggregates (every case counted, docs/wall.md "Confidential cases").</summary>
    private WallKpis Kpis(DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(Localization.DisplayTime.ToLocal(now).Date);
        var day = numbers.Daily.FirstOrDefault(d => d.Date == today);
        var month = numbers.Daily.Where(d => d.Date > today.AddDays(-30)).ToList();
        var resolved = month.Sum(d => d.Resolved);
        return new WallKpis(day.Received, day.Resolved, numbers.Totals.Open, numbers.Totals.Overdue,
            resolved == 0 ? null : (double)month.Sum(d => d.ResolvedOnTime) / resolved, extras.MedianHandling);
    }

    private List<AgencyCounter> Agencies() =>
    [
        .. numbers.ByAgency.Where(p => p.Value.Open > 0).Select(p => new AgencyCounter(
            p.Key, p.Key == AgencyCounter.OperationsCenterId ? "" : names!.Agency(p.Key), p.Value.Overdue, p.Value.DueSoon, p.Value.Open)),
    ];

    /// <summary>Open emergencies on the map that no one acknowledged yet, oldest first (the banner's queue).</summary>
    private List<EmergencyAlert> Emergencies() =>
    [
        .. Markers.All.Values
            .Where(c => c.IsEmergency && !extras.Acknowledged.Contains(c.Id))
            .OrderBy(c => c.ReceivedAt).ThenBy(c => c.Id, StringComparer.Ordinal)
            .Select(c => new EmergencyAlert(c.Id, c.Code, c.Category, c.AdminUnit, c.ReceivedAt, c.DueAt)),
    ];

    /// <summary>A live case as the map holds it; null without a location. <see cref="WallCase.Category"/> holds the emergency label.</summary>
    private WallCase? ToWallCase(LiveCase c)
    {
        if (c.Latitude == 0 && c.Longitude == 0)
        {
            return null;
        }
        var n = names!;
        var status = c.Status switch
        {
            nameof(Hub.Cases.Events.SlaStatus.Overdue) => WallStatus.Overdue,
            nameof(Hub.Cases.Events.SlaStatus.DueSoon) => WallStatus.DueSoon,
            _ => WallStatus.OnTime,
        };
        return new WallCase(c.CaseId, c.Code, c.Latitude, c.Longitude, status, c.IsEmergency,
            c.IsEmergency ? n.EmergencyCategory(c.EmergencyCategory, c.FieldCode) : c.FieldCode, n.Field(c.FieldCode),
            c.AdminUnitCode, n.Unit(c.AdminUnitCode), c.ReceivedAt, c.StepDueAt, null);
    }

    /// <summary>Working time to a case's deadline now (clock time on an emergency clock), negative once passed.</summary>
    public TimeSpan? TimeLeft(WallCase c, DateTimeOffset now)
    {
        if (c.DueAt is not { } due || names is null)
        {
            return null;
        }
        return due >= now ? names.Calendar.Measure(now, due, c.IsEmergency) : -names.Calendar.Measure(due, now, c.IsEmergency);
    }
}
