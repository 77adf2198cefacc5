using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Ioc.Dashboard.Components.Pages.Kpi;

/// <summary>
/// An ApexCharts chart (the npm copy in lib/apexcharts) behind typed options: created after the first render, updated
/// when <see cref="Options"/> change (records compare by value, so an unchanged chart is not redrawn), destroyed on
/// dispose. The module holds charts by id, so a page may hold several.
/// </summary>
public sealed partial class ApexChart : ComponentBase, IAsyncDisposable
{
    private const string ModulePath = "./js/apex-chart.js";
    private readonly string id = Guid.NewGuid().ToString("N");
    private ElementReference element;
    private IJSObjectReference? module;
    private string? shown;

    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private ILogger<ApexChart> Logger { get; set; } = default!;

    [Parameter, EditorRequired] public ApexChartOptions Options { get; set; } = default!;
    [Parameter] public string? Class { get; set; }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // Compared as JSON: the options hold lists, which records compare by reference.
        var json = System.Text.Json.JsonSerializer.Serialize(Options);
        if (json == shown)
        {
            return;
        }
        try
        {
            if (module is null)
            {
                module = await JS.InvokeAsync<IJSObjectReference>("import", ModulePath);
                await module.InvokeVoidAsync("create", id, element, Options);
            }
            else
            {
                await module.InvokeVoidAsync("update", id, Options);
            }
            shown = json;
        }
        catch (JSDisconnectedException)
        {
            // The circuit is closing.
        }
        catch (JSException e)
        {
            Logger.LogError(e, "A chart failed in the browser.");
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
