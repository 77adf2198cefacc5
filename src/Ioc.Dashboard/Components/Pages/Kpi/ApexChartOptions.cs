namespace Ioc.Dashboard.Components.Pages.Kpi;

/// <summary>One series of a chart; <see cref="Type"/> overrides the chart's type (a line over bars).</summary>
public sealed record ApexSeries(string Name, IReadOnlyList<double?> Data, string? Type = null);

/// <summary>A y axis: which series it measures, and whether its values are rates (fractions shown as percents).</summary>
public sealed record ApexYAxis(string SeriesNames, string Title, bool Percent = false, bool Opposite = false);

/// <summary>The typed options <see cref="ApexChart"/> passes to <c>wwwroot/js/apex-chart.js</c> (a small subset of ApexCharts').</summary>
public sealed record ApexChartOptions(
    string Type,
    IReadOnlyList<string> Categories,
    IReadOnlyList<ApexSeries> Series,
    IReadOnlyList<ApexYAxis> YAxes,
    int Height = 320,
    bool Horizontal = false,
    string NoData = "",
    IReadOnlyList<string>? Colors = null);
