using System.ComponentModel.DataAnnotations;

namespace Ioc.Dashboard.Kpi;

/// <summary>Settings of the KPI area (<c>Ioc:Kpi</c>).</summary>
public sealed class KpiOptions
{
    public const string SectionName = "Ioc:Kpi";

    /// <summary>Generate and store the periodic reports when their period closes.</summary>
    public bool ScheduleReports { get; set; } = true;

    /// <summary>How often the scheduler looks for a closed period.</summary>
    [Range(1, 1440)]
    public int ScheduleCheckMinutes { get; set; } = 30;
}
