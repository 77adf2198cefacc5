using System.Globalization;
using Ioc.Dashboard.Resources;
using Microsoft.Extensions.Localization;

namespace Ioc.Dashboard.Components.Pages.Kpi;

/// <summary>How a KPI's value reads: a count, a rate, or a duration in working time (or clock time for emergencies).</summary>
public enum KpiUnit { Count, Rate, WorkingMinutes, ClockMinutes }

public static class KpiFormat
{
    public const string None = "—";

    public static string Value(IStringLocalizer<SharedResource> l, double? value, KpiUnit unit) => value is not { } v ? None : unit switch
    {
        KpiUnit.Count => v.ToString("N0", CultureInfo.CurrentCulture),
        KpiUnit.Rate => (v * 100).ToString("0.#", CultureInfo.CurrentCulture) + " %",
        // A working day is the province's office day of 8 hours (DOMAIN "working time").
        KpiUnit.WorkingMinutes when v >= 480 => l["Kpi.Unit.WorkingDays", (v / 480).ToString("0.#", CultureInfo.CurrentCulture)],
        _ when v >= 60 => l["Kpi.Unit.Hours", (v / 60).ToString("0.#", CultureInfo.CurrentCulture)],
        _ => l["Kpi.Unit.Minutes", v.ToString("0", CultureInfo.CurrentCulture)],
    };

    /// <summary>
    /// The change against the previous period: percentage points for a rate (a rate's relative change misleads),
    /// a relative change otherwise; null when either side is missing or the previous value is zero.
    /// </summary>
    public static string? Change(double? current, double? previous, KpiUnit unit)
    {
        if (current is not { } c || previous is not { } p)
        {
            return null;
        }
        if (unit == KpiUnit.Rate)
        {
            var points = (c - p) * 100;
            return (points >= 0 ? "+" : "−") + Math.Abs(points).ToString("0.#", CultureInfo.CurrentCulture) + " đ.%";
        }
        if (p == 0)
        {
            return null;
        }
        var relative = (c - p) / p * 100;
        return (relative >= 0 ? "+" : "−") + Math.Abs(relative).ToString("0.#", CultureInfo.CurrentCulture) + " %";
    }
}
