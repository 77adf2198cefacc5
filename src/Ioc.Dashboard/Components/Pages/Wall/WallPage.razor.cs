using System.Security.Claims;
using Ioc.Dashboard.Components.Pages.Wall.Models;
using Ioc.Dashboard.Kiosk;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;

namespace Ioc.Dashboard.Components.Pages.Wall;

/// <summary>
/// The wall: reads the process's one <see cref="Live.WallLive"/> and re-renders when it changes; holds nothing of its
/// own but the display's settings, its panel turn and its timers. A heartbeat each second tells the browser's watchdog
/// the circuit is alive (docs/wall.md "Always on"); a kiosk display also reports to the admin page every 15 s and
/// leaves for the "session ended" page as soon as its token is revoked.
/// </summary>
public sealed partial class WallPage
{
    public static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan KioskHeartbeatInterval = TimeSpan.FromSeconds(15);
    public const string ModulePath = "./js/wall-live.js";

    private readonly CancellationTokenSource stopping = new();
    private WallProvince? province;
    private WallDisplaySettings settings = WallDisplaySettings.Default;
    private Guid? displayId;
    private string? displayName;
    private MapWindow window = MapWindow.AllOpen;
    private bool heat;
    private bool rates;
    private string? panel;
    private IJSObjectReference? module;

    [CascadingParameter] private Task<AuthenticationState>? Authentication { get; set; }

    private string? ModeClass => settings.Mode == WallMode.All ? null : "wall--panel";

    protected override async Task OnInitializedAsync()
    {
        province = await Store.ProvinceAsync(stopping.Token);
        var user = Authentication is null ? null : (await Authentication).User;
        if (KioskAuthentication.DisplayId(user) is { } id)
        {
            displayId = id;
            displayName = user!.FindFirstValue(ClaimTypes.Name);
            settings = await Displays.SettingsAsync(id, stopping.Token);
        }
        window = settings.Window;
        panel = settings.PanelAt(0);
        Live.Changed += OnLiveChanged;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }
        try
        {
            module = await JS.InvokeAsync<IJSObjectReference>("import", ModulePath);
            await module.InvokeVoidAsync("start", Options.Value.OfflineAfterSeconds);
        }
        catch (JSDisconnectedException)
        {
            return;
        }
        _ = LoopAsync(HeartbeatInterval, BeatAsync);
        if (displayId is not null)
        {
            _ = LoopAsync(KioskHeartbeatInterval, ReportAsync);
        }
        if (settings.Mode == WallMode.Playlist)
        {
            long turn = 0;
            _ = LoopAsync(TimeSpan.FromSeconds(settings.RotateSeconds), () =>
            {
                panel = settings.PanelAt(++turn);
                return InvokeAsync(StateHasChanged);
            });
        }
    }

    private void OnLiveChanged() => _ = InvokeAsync(StateHasChanged);

    private async Task LoopAsync(TimeSpan interval, Func<Task> step)
    {
        using var timer = new PeriodicTimer(interval, Clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping.Token))
            {
                try
                {
                    await step();
                }
                catch (JSDisconnectedException)
                {
                    return;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    Logger.LogWarning(e, "A wall timer step failed; the next one tries again.");
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The page closed.
        }
    }

    /// <summary>The server's side of the watchdog: while these arrive the browser knows its circuit is alive.</summary>
    private async Task BeatAsync()
    {
        if (module is not null)
        {
            await module.InvokeVoidAsync("beat", stopping.Token);
        }
    }

    /// <summary>Last seen and connection state for the admin page; a revoked token ends the session here.</summary>
    private async Task ReportAsync()
    {
        var state = Live.Connection.State.ToString().ToLowerInvariant();
        if (!await Displays.HeartbeatAsync(displayId!.Value, state, stopping.Token))
        {
            await InvokeAsync(() => Navigation.NavigateTo(KioskAuthentication.EndedPath, forceLoad: true));
        }
    }

    public async ValueTask DisposeAsync()
    {
        Live.Changed -= OnLiveChanged;
        // Cancelled, not disposed: a step already queued on the dispatcher may still read its token.
        stopping.Cancel();
        if (module is not null)
        {
            try
            {
                await module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The browser is gone.
            }
        }
    }
}
