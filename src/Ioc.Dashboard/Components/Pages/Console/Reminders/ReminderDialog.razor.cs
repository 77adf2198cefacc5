using Ioc.Dashboard.Resources;
using Ioc.Data.Notifications;
using Ioc.Data.Reminders;
using Ioc.Hub.Reminders;
using Ioc.Hub.Reminders.Templates;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Ioc.Dashboard.Components.Pages.Console.Reminders;

/// <summary>
/// Composes a reminder action with the supervisor: every change of recipients or text asks the composer for a preview,
/// and "Gửi" sends exactly that through <see cref="ReminderService"/>. Closes with the sent <see cref="ReminderPlan"/>.
/// </summary>
public partial class ReminderDialog
{
    internal static readonly string[] Roles = [RecipientRoles.FocalOfficer, RecipientRoles.Leader, RecipientRoles.Head];
    internal static readonly string[] Channels = [NotificationChannels.Sms, NotificationChannels.Email, NotificationChannels.Zalo, NotificationChannels.InApp];

    private readonly Dictionary<string, HashSet<string>> chosen = [];
    private ReminderPlan? plan;
    private List<string> errors = [];
    private DateTime? lastReminderAt;
    private string? customText, reason;
    private bool force, busy;

    [CascadingParameter] private IMudDialogInstance Dialog { get; set; } = null!;
    [CascadingParameter] private Task<AuthenticationState>? Auth { get; set; }
    [Inject] private ReminderService Reminders { get; set; } = null!;
    [Inject] private IStringLocalizer<ReminderResource> T { get; set; } = null!;

    [Parameter] public ReminderScope Scope { get; set; }
    [Parameter] public string? CaseId { get; set; }
    [Parameter] public string? AgencyId { get; set; }

    private static int TemplateLimit => TemplateText.MaxBodyLength;

    private bool CanSend => plan is { Agencies.Count: > 0 } p && p.Agencies.All(a => a.Messages.All(m => m.Problem is null))
        && (!force || !string.IsNullOrWhiteSpace(reason)) && (lastReminderAt is null || force);

    protected override async Task OnInitializedAsync()
    {
        foreach (var choice in ReminderRequest.DefaultRecipients(Scope))
            chosen[choice.Role] = [.. choice.Channels];
        await PreviewAsync();
    }

    private bool IsChosen(string role, string channel) => chosen.TryGetValue(role, out var set) && set.Contains(channel);

    private async Task ToggleAsync(string role, string channel, bool on)
    {
        if (!chosen.TryGetValue(role, out var set))
            chosen[role] = set = [];
        if (on)
            set.Add(channel);
        else
            set.Remove(channel);
        await PreviewAsync();
    }

    private async Task CustomTextChangedAsync(string? text)
    {
        customText = text;
        await PreviewAsync();
    }

    private async Task ForceChangedAsync(bool value)
    {
        force = value;
        await PreviewAsync();
    }

    private ReminderRequest Request() => new()
    {
        Scope = Scope,
        CaseId = CaseId,
        AgencyId = AgencyId,
        Recipients = [.. chosen.Where(c => c.Value.Count > 0).Select(c => new RecipientChoice(c.Key, [.. Channels.Where(c.Value.Contains)]))],
        Message = string.IsNullOrEmpty(customText) ? null : customText,
        Force = force,
        // The composer wants the reason only with force; an escalation always carries one.
        Reason = force || Scope == ReminderScope.Escalation ? reason ?? (force ? "…" : null) : null,
    };

    private async Task PreviewAsync()
    {
        errors = [];
        if (!chosen.Values.Any(c => c.Count > 0))
        {
            plan = null;
            errors = [T["Dialog.PreviewEmpty"]];
            return;
        }
        try
        {
            plan = await Reminders.PreviewAsync(Request());
            if (!force)
                lastReminderAt = null;
        }
        catch (ReminderProblem problem)
        {
            plan = null;
            if (problem.Status == 409)
                lastReminderAt = problem.LastReminderAtUtc;
            else
                errors = [.. problem.Errors.SelectMany(e => e.Value)];
        }
    }

    private async Task SendAsync()
    {
        busy = true;
        try
        {
            var user = Auth is null ? "?" : (await Auth).User.Identity?.Name ?? "?";
            var sent = await Reminders.SendAsync(Request() with { Reason = force || Scope == ReminderScope.Escalation ? reason : null }, user);
            Dialog.Close(DialogResult.Ok(sent));
        }
        catch (ReminderProblem problem)
        {
            if (problem.Status == 409)
                lastReminderAt = problem.LastReminderAtUtc;
            errors = [.. problem.Errors.SelectMany(e => e.Value)];
        }
        finally
        {
            busy = false;
        }
    }

    private void Cancel() => Dialog.Cancel();
}
