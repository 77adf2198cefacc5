using Ioc.Dashboard.Components.Pages.Wall.Models;
using Ioc.Dashboard.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;

namespace Ioc.Dashboard.Components.Pages.Wall;

/// <summary>
/// The oldest unacknowledged emergency across the whole wall, with its own countdown to its deadline (clock time,
/// ticking each second), how many more are waiting, and a chime when a new one arrives. It goes away only when the
/// alert leaves <see cref="Alerts"/>: acknowledging is done from the console.
/// </summary>
public sealed partial class EmergencyBanner : ComponentBase, IAsyncDisposable
{
    public const string ChimeModulePath = "./js/wall-chime.js";

    private readonly HashSet<string> known = [];
    /// <summary>Queued alerts shown under the first one, each with its own countdown; more are counted.</summary>
    public const int ShownQueue = 3;

    private EmergencyAlert? head;
    private IReadOnlyList<EmergencyAlert> next = [];
    private int queued;
    private bool chimeDue;
    private bool muted;
    private bool soundBlocked;
    private ITimer? timer;
    private IJSObjectReference? chime;

    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private IStringLocalizer<SharedResource> L { get; set; } = default!;

    /// <summary>The open emergencies not acknowledged yet, in any order.</summary>
    [Parameter] public IReadOnlyList<EmergencyAlert> Alerts { get; set; } = [];

    /// <summary>This display's chime setting (kiosk settings); the mute toggle still applies when it is on.</summary>
    [Parameter] public bool Chime { get; set; } = true;

    protected override void OnParametersSet()
    {
        var ordered = Alerts.OrderBy(a => a.ReceivedAt).ThenBy(a => a.CaseId, StringComparer.Ordinal).ToList();
        head = ordered.FirstOrDefault();
        next = [.. ordered.Skip(1).Take(ShownQueue)];
        queued = Math.Max(0, ordered.Count - 1 - next.Count);
        // Only alerts still listed are remembered, so the set stays as small as the list.
        var ids = Alerts.Select(a => a.CaseId).ToHashSet();
        chimeDue |= ids.Any(id => !known.Contains(id));
        known.IntersectWith(ids);
        known.UnionWith(ids);
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            // Ticks only once interactive: a prerendered page has no circuit to push them to.
            timer = Clock.CreateTimer(_ => _ = InvokeAsync(Tick), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
            chime = await JS.InvokeAsync<IJSObjectReference>("import", ChimeModulePath);
            muted = await chime.InvokeAsync<bool>("isMuted");
            if (muted)
            {
                StateHasChanged();
            }
        }

        if (chimeDue && chime is not null)
        {
            chimeDue = false;
            if (!muted && Chime)
            {
                var played = await chime.InvokeAsync<bool>("play");
                if (soundBlocked == played)
                {
                    soundBlocked = !played;
                    StateHasChanged();
                }
            }
        }
    }

    private void Tick()
    {
        if (head is not null)
        {
            StateHasChanged();
        }
    }

    /// <summary>Clock time to the deadline (negative once passed); without a deadline, the time since it was received.</summary>
    private TimeSpan TimeLeft(EmergencyAlert alert)
    {
        var now = Clock.GetUtcNow();
        return alert.DueAt is { } due ? due - now : now - alert.ReceivedAt;
    }

    private string CountdownLabel(EmergencyAlert alert, bool overdue) => alert.DueAt is null
        ? L["Wall.Emergency.Elapsed"]
        : overdue ? L["Wall.Emergency.Overdue"] : L["Wall.Emergency.Left"];

    private async Task ToggleSoundAsync()
    {
        muted = !muted;
        if (chime is not null)
        {
            // Unmuting is a click: the browser lets the chime play from now on, and it plays once to prove it.
            var played = await chime.InvokeAsync<bool>("setMuted", muted);
            soundBlocked = !muted && !played;
        }
    }

    public async ValueTask DisposeAsync()
    {
        timer?.Dispose();
        if (chime is not null)
        {
            try
            {
                await chime.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The browser is gone.
            }
        }
    }
}
