namespace Ioc.Dashboard.Components.Pages.Wall.Models;

/// <summary>Everything the wall shows at <see cref="At"/>: one value, replaced whole at each update.</summary>
public sealed record WallSnapshot(
    DateTimeOffset At,
    WallKpis Kpis,
    IReadOnlyList<WallCase> Cases,
    IReadOnlyList<AgencyCounter> Agencies,
    IReadOnlyList<EmergencyAlert> Emergencies,
    SatisfactionSummary Satisfaction,
    IReadOnlyList<TickerItem> Ticker);
