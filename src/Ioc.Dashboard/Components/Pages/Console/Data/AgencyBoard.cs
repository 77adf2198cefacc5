using Ioc.Hub.Sla.Profiles;

namespace Ioc.Dashboard.Components.Pages.Console.Data;

/// <summary>The board's filters; null means any. <see cref="Holder"/> is who holds the current step (profile rule).</summary>
public sealed record AgencyBoardFilter(string? Level = null, string? Field = null, string? Unit = null, StepHolder? Holder = null);

/// <summary>One agency on the board. Rates are null when nothing was resolved (or rated) in the window.</summary>
public sealed record AgencyBoardRow(
    string AgencyId,
    string Name,
    string Level,
    int Open,
    int DueSoon,
    int Overdue,
    int OverdueOver3WorkingDays,
    int Resolved30Days,
    double? OnTimeRate,
    int Rated,
    double? SatisfiedRate,
    DateTimeOffset? LastReminderAt)
{
    /// <summary>The row's place in Vietnamese alphabetical order (a &lt; ă &lt; â), whatever the thread's culture.</summary>
    public int NameOrder { get; init; }
}

/// <summary>The board at one instant: the province's totals and every agency the viewer may see.</summary>
public sealed record AgencyBoardData(
    DateTimeOffset At,
    AgencyBoardRow Province,
    IReadOnlyList<AgencyBoardRow> Agencies,
    IReadOnlyList<BoardOption> Fields,
    IReadOnlyList<BoardOption> Units);

public sealed record BoardOption(string Code, string Name);
