using Ioc.Dashboard.Components.Pages.Wall.Models;
using Ioc.Dashboard.Kpi;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Ioc.Dashboard.Components.Pages.Kpi;

/// <summary>One unit's circle: where, how many cases, its on-time rate and its tooltip text.</summary>
public sealed record KpiMapUnit(double Lat, double Lng, long Received, double? OnTimeRate, string Label);

/// <summary>
/// The administrative-unit breakdown on the province map (<c>wwwroot/js/kpi-map.js</c>): the wall's outline and
/// unit-centre circles, sized by received cases and coloured by on-time rate.
/// </summary>
public sealed partial class KpiUnitMap : ComponentBase, IAsyncDisposable
{
    private readonly string id = Guid.NewGuid().ToString("N");
    private ElementReference element;
    private IJSObjectReference? module;
    private IReadOnlyList<KpiMapUnit>? shown;

    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private ILogger<KpiUnitMap> Logger { get; set; } = default!;

    [Parameter, EditorRequired] public WallMapSetup Setup { get; set; } = default!;
    [Parameter, EditorRequired] public IReadOnlyList<KpiMapUnit> Units { get; set; } = [];
    [Parameter] public string? Label { get; set; }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        try
        {
            if (module is null)
            {
                module = await JS.InvokeAsync<IJSObjectReference>("import", "./js/kpi-map.js");
                await module.InvokeVoidAsync("create", id, element, Setup);
            }
            if (!ReferenceEquals(shown, Units))
            {
                await module.InvokeVoidAsync("setUnits", id, Units);
                shown = Units;
            }
        }
        catch (JSDisconnectedException)
        {
        }
        catch (JSException e)
        {
            Logger.LogError(e, "The KPI map failed in the browser.");
        }
    }

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
        }
    }
}
