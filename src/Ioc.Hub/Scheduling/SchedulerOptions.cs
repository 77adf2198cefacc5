using System.ComponentModel.DataAnnotations;

namespace Ioc.Hub.Scheduling;

/// <summary>Bound from <c>Ioc:Scheduler</c> (docs/scheduler.md).</summary>
public sealed class SchedulerOptions
{
    public const string SectionName = "Ioc:Scheduler";

    /// <summary>Whether this process emits due-soon, overdue and escalation transitions.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How often the scheduler asks the stream which partitions its projection consumer holds. Keep it well below the
    /// stream's lease TTL (10 s), so that a partition held meanwhile by another worker is always noticed.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00", ParseLimitsInInvariantCulture = true)]
    public TimeSpan OwnershipRefresh { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Wait before trying again when the store or the stream failed.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00", ParseLimitsInInvariantCulture = true)]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long an appended transition counts as recorded before the projection has applied it, so the case's next
    /// event does not make the scheduler append it again meanwhile.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ParseLimitsInInvariantCulture = true)]
    public TimeSpan InFlightTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Cases read from the store and transitions appended per round trip.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 500;
}
