using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Ioc.Dashboard.Components.Pages.Wall;

/// <summary>
/// The typed face of <c>wwwroot/js/wall-map.js</c>. The module holds the Leaflet maps by id; each <see cref="WallMap"/>
/// owns one id, so a page may hold several maps and a disposed one leaves the others alone.
/// </summary>
internal sealed class WallMapInterop(IJSRuntime js) : IAsyncDisposable
{
    public const string ModulePath = "./js/wall-map.js";

    private readonly string id = Guid.NewGuid().ToString("N");
    private IJSObjectReference? module;

    public bool IsCreated { get; private set; }

    public async Task CreateAsync(ElementReference element, MapSetup setup, DotNetObjectReference<WallMap> callbacks)
    {
        module = await js.InvokeAsync<IJSObjectReference>("import", ModulePath);
        await module.InvokeVoidAsync("create", id, element, setup, callbacks);
        IsCreated = true;
    }

    public ValueTask UpsertAsync(IReadOnlyCollection<MapMarker> markers) => Module.InvokeVoidAsync("upsert", id, markers);

    public ValueTask RemoveAsync(IReadOnlyCollection<string> caseIds) => Module.InvokeVoidAsync("remove", id, caseIds);

    public ValueTask ResetAsync(IReadOnlyCollection<MapMarker> markers) => Module.InvokeVoidAsync("reset", id, markers);

    public ValueTask SetWindowAsync(int hours) => Module.InvokeVoidAsync("setWindow", id, hours);

    public ValueTask SetLayersAsync(bool heat, bool rates) => Module.InvokeVoidAsync("setLayers", id, heat, rates);

    private IJSObjectReference Module => module ?? throw new InvalidOperationException("The map is not created yet.");

    public async ValueTask DisposeAsync()
    {
        if (module is null)
        {
            return;
        }

        try
        {
            await module.InvokeVoidAsync("dispose", id);
            await module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
            // The browser is gone and its map with it.
        }
    }
}

/// <summary>What <c>create</c> needs: the initial view, the base layers and the shapes of <see cref="StatusGlyph"/> by key.</summary>
/// <param name="Home">[[south, west], [north, east]] fitted once at creation; null: the centre and zoom.</param>
internal sealed record MapSetup(
    double[][]? Home,
    string BoundaryUrl,
    string BackdropUrl,
    double CenterLat,
    double CenterLng,
    double Zoom,
    string? TileUrl,
    string? TileAttribution,
    string BoundaryCredit,
    IReadOnlyDictionary<string, StatusGlyph> Glyphs,
    IReadOnlyList<MapUnit> Units,
    string CountTemplate,
    string Locale);

/// <summary>One marker as the module keeps it; a case is sent again only when one of these values changes.</summary>
/// <param name="Status">The <see cref="StatusGlyph.Key"/> of the case's deadline state.</param>
/// <param name="Unit">The admin unit's code (the overdue-rate layer counts per unit).</param>
/// <param name="Received">Received time in Unix milliseconds (the time window is applied in the browser).</param>
internal sealed record MapMarker(string Id, double Lat, double Lng, string Status, bool Emergency, string Unit, long Received);

/// <summary>A unit's centre, where its overdue-rate circle is drawn (the module computes the rate from the markers it shows).</summary>
internal sealed record MapUnit(string Code, double Lat, double Lng);
