using Ioc.Dashboard.Components.Pages.Wall.Live;
using Ioc.Dashboard.Components.Pages.Wall.Models;
using Ioc.Dashboard.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;

namespace Ioc.Dashboard.Components.Pages.Wall;

/// <summary>
/// The province map: open cases as markers shaped and coloured by state, clustered; a heat layer; overdue rate per unit.
/// Only differences reach the browser: a case is upserted when its marker changes and removed when it leaves the
/// window, so a refresh never redraws the map nor moves its view (ARCHITECTURE "render cost is bounded").
/// </summary>
public sealed partial class WallMap : ComponentBase, IAsyncDisposable
{
    /// <summary>Markers per message when the whole set is sent (about 250 KB of JSON).</summary>
    public const int ResetSlice = 2_000;

    private readonly SemaphoreSlim syncing = new(1, 1);
    // What this circuit's browser holds: a version of the shared markers, never a copy of them.
    private long sentVersion = -1;
    private WallMarkers? sentSet;
    private MapWindow? sentWindow;
    private (bool Heat, bool Rates)? shownLayers;
    private ElementReference canvas;
    private WallMapInterop? map;
    private DotNetObjectReference<WallMap>? self;
    private bool disposed;

    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private IStringLocalizer<SharedResource> L { get; set; } = default!;
    [Inject] private ILogger<WallMap> Logger { get; set; } = default!;

    [Parameter, EditorRequired] public WallMapSetup Setup { get; set; } = default!;

    /// <summary>The open cases with a location, shared by every wall of the process; the browser shows those inside <see cref="Window"/>.</summary>
    [Parameter] public WallMarkers Markers { get; set; } = WallMarkers.Empty;

    /// <summary>Working time left to a case's deadline (for the popup); null: not known.</summary>
    [Parameter] public Func<WallCase, DateTimeOffset, TimeSpan?>? TimeLeft { get; set; }

    /// <summary>The province's units, where the overdue-rate circles are drawn.</summary>
    [Parameter] public IReadOnlyList<WallUnit> Units { get; set; } = [];

    [Parameter] public MapWindow Window { get; set; } = MapWindow.AllOpen;
    [Parameter] public EventCallback<MapWindow> WindowChanged { get; set; }
    [Parameter] public bool HeatLayer { get; set; }
    [Parameter] public EventCallback<bool> HeatLayerChanged { get; set; }
    [Parameter] public bool RateLayer { get; set; }
    [Parameter] public EventCallback<bool> RateLayerChanged { get; set; }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // One sync at a time: a render during the map's creation waits, then sends what changed meanwhile.
        await syncing.WaitAsync();
        try
        {
            if (firstRender && !disposed)
            {
                map = new WallMapInterop(JS);
                self = DotNetObjectReference.Create(this);
                await map.CreateAsync(canvas, CreateSetup(), self);
            }

            if (map is { IsCreated: true } && !disposed)
            {
                await SyncAsync(map);
            }
        }
        catch (JSDisconnectedException)
        {
            // The circuit is closing.
        }
        catch (JSException e)
        {
            Logger.LogError(e, "The wall map failed in the browser.");
        }
        finally
        {
            syncing.Release();
        }
    }

    private async Task SyncAsync(WallMapInterop target)
    {
        var markers = Markers;
        if (sentWindow != Window)
        {
            await target.SetWindowAsync(Window.Hours());
            sentWindow = Window;
        }

        if (!ReferenceEquals(markers, sentSet))
        {
            // A set from another sequence (a reload) or a lag longer than the log: everything again.
            if (sentSet is null || markers.Since(sentVersion) is not { } changes)
            {
                // In slices: no message of megabytes held per circuit, no browser task adding 20 000 markers at once.
                var slices = markers.All.Values.Chunk(ResetSlice).ToList();
                await target.ResetAsync(slices.Count == 0 ? [] : [.. slices[0].Select(ToMarker)]);
                foreach (var slice in slices.Skip(1))
                {
                    await target.UpsertAsync([.. slice.Select(ToMarker)]);
                }
            }
            else
            {
                if (changes.Removed.Count > 0)
                {
                    await target.RemoveAsync(changes.Removed);
                }

                if (changes.Upserted.Count > 0)
                {
                    await target.UpsertAsync([.. changes.Upserted.Select(ToMarker)]);
                }
            }

            sentSet = markers;
            sentVersion = markers.Version;
        }

        if (shownLayers != (HeatLayer, RateLayer))
        {
            await target.SetLayersAsync(HeatLayer, RateLayer);
            shownLayers = (HeatLayer, RateLayer);
        }
    }

    private static MapMarker ToMarker(WallCase c) =>
        new(c.Id, c.Lat, c.Lng, StatusGlyph.For(c.Status).Key, c.IsEmergency, c.AdminUnitCode, c.ReceivedAt.ToUnixTimeMilliseconds());

    /// <summary>Units farther than this from the province's centre (in degrees) are offshore zones, reached by zooming out.</summary>
    public const double HomeReach = 2.0;

    private MapSetup CreateSetup() => new(
        HomeBounds(),
        Setup.BoundaryUrl, Setup.BackdropUrl, Setup.CenterLat, Setup.CenterLng, Setup.Zoom, Setup.TileUrl, Setup.TileAttribution,
        L["Wall.Map.BoundaryCredit"], StatusGlyph.All.ToDictionary(g => g.Key),
        [.. Units.Select(u => new MapUnit(u.Code, u.Lat, u.Lng))], L["Wall.Map.Count"], System.Globalization.CultureInfo.CurrentCulture.Name);

    /// <summary>
    /// The first view: every unit near the centre. Trường Sa (Khánh Hòa) lies 3–4° offshore; fitting it too would
    /// shrink the mainland, where nearly every case is, to a strip.
    /// </summary>
    private double[][]? HomeBounds()
    {
        var near = Units.Where(u => Math.Abs(u.Lat - Setup.CenterLat) <= HomeReach && Math.Abs(u.Lng - Setup.CenterLng) <= HomeReach).ToList();
        return near.Count == 0
            ? null
            : [[near.Min(u => u.Lat), near.Min(u => u.Lng)], [near.Max(u => u.Lat), near.Max(u => u.Lng)]];
    }

    /// <summary>The popup of a clicked marker, as lines of text: code, field, place, state, received, deadline and time left.</summary>
    [JSInvokable]
    public string[] Describe(string caseId)
    {
        if (!Markers.All.TryGetValue(caseId, out var c))
        {
            return [];
        }

        var now = Clock.GetUtcNow();
        var glyph = StatusGlyph.For(c);
        var lines = new List<string>
        {
            c.Code,
            c.FieldLabel,
            c.AdminUnit,
            $"{glyph.Symbol} {L[$"Wall.Status.{glyph.Key}"]}",
            L["Wall.Map.Received", WallFormat.TimeOrDate(c.ReceivedAt, now)],
        };
        if (c.DueAt is { } due)
        {
            // Both ways: the absolute date-time and the working time left (helpdesks that show one confuse their users).
            lines.Add(L["Wall.Map.Due", WallFormat.DateTime(due)]);
        }

        if ((c.TimeLeftWorking ?? TimeLeft?.Invoke(c, now)) is { } left)
        {
            var unit = c.IsEmergency ? "Clock" : "Working";
            lines.Add(L[left < TimeSpan.Zero ? $"Wall.Map.Late.{unit}" : $"Wall.Map.Left.{unit}", L.HoursMinutes(left)]);
        }

        return [.. lines];
    }

    private Task SelectWindowAsync(MapWindow window) => WindowChanged.InvokeAsync(window);

    private Task ToggleHeatAsync() => HeatLayerChanged.InvokeAsync(!HeatLayer);

    private Task ToggleRatesAsync() => RateLayerChanged.InvokeAsync(!RateLayer);

    public async ValueTask DisposeAsync()
    {
        disposed = true;
        await syncing.WaitAsync();
        try
        {
            if (map is not null)
            {
                await map.DisposeAsync();
            }

            self?.Dispose();
        }
        finally
        {
            syncing.Release();
        }
    }
}
