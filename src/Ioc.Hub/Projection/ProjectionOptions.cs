using System.ComponentModel.DataAnnotations;

namespace Ioc.Hub.Projection;

/// <summary>Bound from <c>Ioc:Projection</c>.</summary>
public sealed class ProjectionOptions
{
    public const string SectionName = "Ioc:Projection";

    /// <summary>How many Vietnam days of received/resolved counts the live snapshot carries (today included).</summary>
    [Range(1, 366)]
    public int DailyWindowDays { get; set; } = 31;

    /// <summary>
    /// Whether this process consumes the event stream into the projection. Off for a process that only serves what
    /// another one projects; the stream's leases already keep several consumers from taking the same partition.
    /// </summary>
    public bool Consume { get; set; } = true;

    /// <summary>
    /// With several workers, how often one looks whether the others committed to partitions it does not project, and
    /// if so reloads its memory from the store so its live numbers cover the whole province. Zero turns it off.
    /// </summary>
    public TimeSpan SharedRefreshInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Events per transaction when a rebuild replays the log.</summary>
    [Range(1, 100_000)]
    public int RebuildBatchSize { get; set; } = 2_000;
}
