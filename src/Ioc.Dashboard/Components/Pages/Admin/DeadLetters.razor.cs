using Ioc.Hub.DeadLetters;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Ioc.Dashboard.Components.Pages.Admin;

/// <summary>
/// The dead letters for administrators (docs/dead-letters.md): filter, read the raw entry, replay it after a fix or
/// discard it with a reason (audited under the signed-in user's name).
/// </summary>
public partial class DeadLetters
{
    private const int PageSize = 50;

    private readonly List<DeadLetterEntry> items = [];
    private int? partition;
    private string? reason;
    private string? type;
    private string? next;
    private long total;
    private string? viewing;
    private string? discarding;
    private string? discardReason;
    private string? discardError;
    private string? message;
    private Severity messageSeverity = Severity.Info;
    private bool busy;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    protected override Task OnInitializedAsync() => SearchAsync();

    private async Task SearchAsync()
    {
        items.Clear();
        next = null;
        await LoadAsync(after: null);
    }

    private Task MoreAsync() => LoadAsync(next);

    private async Task LoadAsync(string? after)
    {
        var page = await Admin.ListAsync(new DeadLetterQuery(partition, reason, type, after, PageSize));
        items.AddRange(page.Items);
        next = page.Next;
        total = page.Total;
    }

    private void Toggle(string id) => viewing = viewing == id ? null : id;

    private void StartDiscard(string id)
    {
        discarding = id;
        discardReason = null;
        discardError = null;
    }

    private async Task ReplayAsync(DeadLetterEntry item)
    {
        busy = true;
        try
        {
            var position = await Admin.ReplayAsync(item.Id, await UserAsync());
            Show(position is null ? Severity.Warning : Severity.Success,
                position is null ? L["DeadLetters.Gone", item.Id] : L["DeadLetters.Replayed", item.Id, position.Stream, position.Position]);
            items.Remove(item);
        }
        finally
        {
            busy = false;
        }
    }

    private async Task DiscardAsync(DeadLetterEntry item)
    {
        if (DeadLetterAdmin.CheckReason(discardReason) is not null)
        {
            discardError = L["DeadLetters.ReasonRequired"];
            return;
        }
        busy = true;
        try
        {
            var deleted = await Admin.DiscardAsync(item.Id, await UserAsync(), discardReason!);
            Show(deleted ? Severity.Success : Severity.Warning, deleted ? L["DeadLetters.Discarded", item.Id] : L["DeadLetters.Gone", item.Id]);
            items.Remove(item);
            discarding = null;
        }
        finally
        {
            busy = false;
        }
    }

    private void Show(Severity severity, string text)
    {
        messageSeverity = severity;
        message = text;
    }

    private async Task<string> UserAsync() =>
        AuthenticationState is null ? "unknown" : (await AuthenticationState).User.Identity?.Name ?? "unknown";
}
