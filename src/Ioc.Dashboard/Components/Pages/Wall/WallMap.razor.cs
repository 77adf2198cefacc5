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
    private readonly SemaphoreSlim syncing = new(1, 1);
    private Dictionary<string, MapMarker> shown = [];
    private IReadOnlyList<MapUnitRate> shownRates = [];
    private (bool Heat, bool Rates)? shownLayers;
    private IReadOnlyList<WallCase> visible = [];
    private ElementReference canvas;
    private WallMapInterop? map;
    private DotNetObjectReference<WallMap>? self;
    private bool disposed;

    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private IStringLocalizer<SharedResource> L { get; set; } = default!;
    [Inject] private ILogger<WallMap> Logger { get; set; } = default!;

    [Parameter, EditorRequired] public WallMapSetup Setup { get; set; } = default!;

    /// <summary>Open cases with a location; the map shows those received within <see cref="Window"/>.</summary>
    [Parameter] public IReadOnlyList<WallCase> Cases { get; set; } = [];

    /// <summary>The province's units, where the overdue-rate circles are drawn.</summary>
    [Parameter] public IReadOnlyList<WallUnit> Units { get; set; } = [];

    [Parameter] public MapWindow Window { get; set; } = MapWindow.AllOpen;
    [Parameter] public EventCallback<MapWindow> WindowChanged { get; set; }
    [Parameter] public bool HeatLayer { get; set; }
    [Parameter] public EventCallback<bool> HeatLayerChanged { get; set; }
    [Parameter] public bool RateLayer { get; set; }
    [Parameter] public EventCallback<bool> RateLayerChanged { get; set; }

    protected override void OnParametersSet()
    {
        var now = Clock.GetUtcNow();
        visible = [.. Cases.Where(c => Window.Includes(c.ReceivedAt, now))];
    }

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
        var next = visible.ToDictionary(c => c.Id, ToMarker);
        var gone = shown.Keys.Where(id => !next.ContainsKey(id)).ToList();
        var changed = next.Values.Where(m => !shown.TryGetValue(m.Id, out var old) || old != m).ToList();
        if (gone.Count > 0)
        {
            await target.RemoveAsync(gone);
        }

        if (changed.Count > 0)
        {
            await target.UpsertAsync(changed);
        }

        shown = next;

        var rates = UnitRates();
        if (!rates.SequenceEqual(shownRates))
        {
            await target.SetUnitsAsync(rates);
            shownRates = rates;
        }

        if (shownLayers != (HeatLayer, RateLayer))
        {
            await target.SetLayersAsync(HeatLayer, RateLayer);
            shownLayers = (HeatLayer, RateLayer);
        }
    }

    private static MapMarker ToMarker(WallCase c) => new(c.Id, c.Lat, c.Lng, StatusGlyph.For(c.Status).Key, c.IsEmergency);

    /// <summary>Overdue share of each unit's visible open cases; units without any are not drawn.</summary>
    private List<MapUnitRate> UnitRates()
    {
        var byUnit = visible.GroupBy(c => c.AdminUnitCode).ToDictionary(g => g.Key, g => (Open: g.Count(), Overdue: g.Count(c => c.Status == WallStatus.Overdue)));
        return [.. Units
            .Where(u => byUnit.ContainsKey(u.Code))
            .OrderBy(u => u.Code, StringComparer.Ordinal)
            .Select(u =>
            {
                var (open, overdue) = byUnit[u.Code];
                var rate = (double)overdue / open;
                return new MapUnitRate(u.Code, u.Lat, u.Lng, open, overdue, rate, WallFormat.Percent(rate));
            })];
    }

    /// <summary>Units farther than this from the province's centre (in degrees) are offshore zones, reached by zooming out.</summary>
    public const double HomeReach = 2.0;

    private MapSetup CreateSetup() => new(
        HomeBounds(),
        Setup.BoundaryUrl, Setup.BackdropUrl, Setup.CenterLat, Setup.CenterLng, Setup.Zoom, Setup.TileUrl, Setup.TileAttribution,
        L["Wall.Map.BoundaryCredit"], StatusGlyph.All.ToDictionary(g => g.Key));

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
        if (visible.FirstOrDefault(c => c.Id == caseId) is not { } c)
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
            lines.Add(L["Wall.Map.Due", WallFormat.TimeOrDate(due, now)]);
        }

        if (c.TimeLeftWorking is { } left)
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
