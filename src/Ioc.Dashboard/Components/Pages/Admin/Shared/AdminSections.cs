using MudBlazor;

namespace Ioc.Dashboard.Components.Pages.Admin.Shared;

/// <summary>One page of the admin area: its address, label and description keys (AdminResource) and icon.</summary>
public sealed record AdminSection(string Href, string Key, string Icon)
{
    public string LabelKey => $"Admin.{Key}";

    public string DescriptionKey => $"Admin.{Key}.Description";
}

/// <summary>
/// Every admin page, in the order of the admin index. Kiosk tokens, notification templates and dead letters are built
/// with the wall, reminders and streaming work; the index links to them all the same.
/// </summary>
public static class AdminSections
{
    public static readonly IReadOnlyList<AdminSection> All =
    [
        new("admin/users", "Users", Icons.Material.Filled.People),
        new("admin/agencies", "Agencies", Icons.Material.Filled.AccountBalance),
        new("admin/kiosk", "Kiosk", Icons.Material.Filled.Tv),
        new("admin/producer-keys", "ProducerKeys", Icons.Material.Filled.VpnKey),
        new("admin/calendar", "Calendar", Icons.Material.Filled.CalendarMonth),
        new("admin/profiles", "Profiles", Icons.Material.Filled.Rule),
        new("admin/templates", "Templates", Icons.Material.Filled.Sms),
        new("admin/dead-letters", "DeadLetters", Icons.Material.Filled.ReportProblem),
        new("admin/audit", "Audit", Icons.Material.Filled.History),
    ];
}
