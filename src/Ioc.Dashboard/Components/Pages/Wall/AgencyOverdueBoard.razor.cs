using Ioc.Dashboard.Components.Pages.Wall.Models;
using Ioc.Dashboard.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace Ioc.Dashboard.Components.Pages.Wall;

/// <summary>
/// The agencies with the most overdue cases, then the most due soon, then the most open; and the province's totals,
/// which count every agency (not only the top ones) and the cases the operations center still holds.
/// </summary>
public sealed partial class AgencyOverdueBoard : ComponentBase
{
    private const string TotalKey = "";

    private readonly Dictionary<(string Agency, string Column), int> previous = [];
    private readonly Dictionary<(string Agency, string Column), int> current = [];
    private List<AgencyCounter> ranked = [];
    private AgencyCounter total = new(TotalKey, "", 0, 0, 0);

    [Inject] private IStringLocalizer<SharedResource> L { get; set; } = default!;

    [Parameter] public IReadOnlyList<AgencyCounter> Agencies { get; set; } = [];

    /// <summary>How many agencies are listed.</summary>
    [Parameter] public int Top { get; set; } = 10;

    protected override void OnParametersSet()
    {
        // What the last render showed becomes the reference for "changed".
        foreach (var (key, value) in current)
        {
            previous[key] = value;
        }

        current.Clear();
        ranked = [.. Agencies
            .Where(a => a.Open > 0)
            .OrderByDescending(a => a.Overdue)
            .ThenByDescending(a => a.DueSoon)
            .ThenByDescending(a => a.Open)
            .ThenBy(a => a.Name, StringComparer.CurrentCulture)
            .Take(Math.Max(0, Top))];
        total = new AgencyCounter(TotalKey, "", Agencies.Sum(a => a.Overdue), Agencies.Sum(a => a.DueSoon), Agencies.Sum(a => a.Open));
    }

    private string NameOf(AgencyCounter row) => row.IsOperationsCenter ? L["Wall.Board.OperationsCenter"] : row.Name;

    private bool Changed(string agencyId, string column, int value)
    {
        current[(agencyId, column)] = value;
        return previous.TryGetValue((agencyId, column), out var before) && before != value;
    }
}
