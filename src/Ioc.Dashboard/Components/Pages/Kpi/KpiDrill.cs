using System.Globalization;
using Ioc.Dashboard.Kpi;

namespace Ioc.Dashboard.Components.Pages.Kpi;

/// <summary>
/// Links from a number to the cases behind it in the console's list (branch <c>console</c> builds that page with
/// exactly these query names). <c>state</c> names the KPI's population (docs/kpi.md "Drill").
/// </summary>
public static class KpiDrill
{
    public static string Cases(KpiPeriod period, string? state = null, string? agency = null, string? field = null, string? channel = null, string? unit = null)
    {
        var query = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                query.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }
        Add("agency", agency);
        Add("state", state);
        Add("field", field);
        Add("channel", channel);
        Add("unit", unit);
        Add("from", period.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("to", period.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return "/console/cases?" + string.Join('&', query);
    }
}
