namespace Ioc.Dashboard.Kpi.Reports;

/// <summary>The report kinds as they appear in URLs and in the profiles' <c>reporting.periods</c>.</summary>
public static class ReportKinds
{
    public static readonly IReadOnlyDictionary<string, PeriodKind> ByName = new Dictionary<string, PeriodKind>(StringComparer.Ordinal)
    {
        ["monthly"] = PeriodKind.Month,
        ["reporting"] = PeriodKind.Reporting,
        ["quarterly"] = PeriodKind.Quarter,
        ["six-monthly"] = PeriodKind.SixMonths,
        ["yearly"] = PeriodKind.Year,
    };

    public static string Name(PeriodKind kind) => ByName.First(p => p.Value == kind).Key;

    /// <summary>
    /// The kinds a province's regulation requires, from its profile: a monthly report becomes the reporting month when
    /// the province has a cut-off day (Tây Ninh's 20th, 003 Điều 13.7).
    /// </summary>
    public static IEnumerable<PeriodKind> Required(Hub.Sla.Profiles.ReportingRules rules)
    {
        foreach (var period in rules.Periods)
        {
            if (period == "monthly")
            {
                yield return rules.CutoffDay is null ? PeriodKind.Month : PeriodKind.Reporting;
            }
            else if (ByName.TryGetValue(period, out var kind))
            {
                yield return kind;
            }
        }
    }
}
