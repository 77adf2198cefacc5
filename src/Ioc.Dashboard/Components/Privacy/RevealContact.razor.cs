using Ioc.Dashboard.Resources;
using Ioc.Hub.Privacy;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Ioc.Dashboard.Components.Privacy;

/// <summary>
/// Shows the reporter's contact of <see cref="CaseId"/> masked (<see cref="PersonalDataMask"/>); a viewer who may reveal
/// it (<see cref="CaseViewer.MayRevealContact"/>) gets a button that asks for a reason in a dialog, then calls
/// <see cref="ContactReveal"/>, which writes the audit entry before the data is shown. Nothing is shown for a case the
/// viewer may not see. User-typed values are rendered as text only.
/// </summary>
public sealed partial class RevealContact
{
    private ReporterContactView? contact;
    private CaseViewer viewer = CaseViewer.Nobody;
    private string? loadedCaseId;
    private string? message;

    [Parameter, EditorRequired]
    public string CaseId { get; set; } = "";

    /// <summary>Raised after a successful reveal (the page may refresh an audit list, for instance).</summary>
    [Parameter]
    public EventCallback<string> OnRevealed { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject]
    private ContactReveal Reveal { get; set; } = null!;

    [Inject]
    private IDialogService Dialogs { get; set; } = null!;

    private bool CanReveal => viewer.MayRevealContact && contact is { IsMasked: true } && contact.PresentFields.Count > 0;

    protected override async Task OnParametersSetAsync()
    {
        if (CaseId == loadedCaseId)
        {
            return;
        }
        // A new case starts masked again: a reveal covers one case only.
        loadedCaseId = CaseId;
        message = null;
        viewer = AuthenticationState is null ? CaseViewer.Nobody : CaseViewer.From((await AuthenticationState).User);
        contact = await Reveal.MaskedAsync(viewer, CaseId);
    }

    private async Task AskAndRevealAsync()
    {
        var dialog = await Dialogs.ShowAsync<RevealReasonDialog>(L["Reveal.Title"], new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        var result = await dialog.Result;
        if (result is null || result.Canceled || result.Data is not string reason)
        {
            return;
        }

        var outcome = await Reveal.RevealAsync(viewer, CaseId, reason);
        switch (outcome.Status)
        {
            case RevealStatus.Revealed:
                contact = outcome.Contact;
                message = null;
                await OnRevealed.InvokeAsync(CaseId);
                break;
            case RevealStatus.InvalidReason:
                message = RevealReasonDialog.Describe(L, ContactReveal.ProblemWith(reason));
                break;
            case RevealStatus.NotAllowed:
                message = L["Reveal.NotAllowed"];
                break;
            default:
                message = L["Reveal.NotFound"];
                break;
        }
    }

    private static IEnumerable<(string Key, string? Value)> Fields(ReporterContactView c) =>
    [
        (ReporterContactView.NameField, c.Name),
        (ReporterContactView.PhoneField, c.Phone),
        (ReporterContactView.EmailField, c.Email),
        (ReporterContactView.IdNumberField, c.IdNumber),
        (ReporterContactView.AddressField, c.Address),
    ];
}
