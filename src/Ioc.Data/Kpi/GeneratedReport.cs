namespace Ioc.Data.Kpi;

/// <summary>
/// A periodic report generated at its period's cut-off and kept (table <c>generated_reports</c>), so leaders find the
/// report exactly as it stood when the period closed. Both files are stored: they are small (tens of kilobytes).
/// </summary>
public sealed class GeneratedReport
{
    public Guid Id { get; set; }
    public required string ProfileId { get; set; }

    /// <summary>monthly, quarterly, six-monthly, yearly.</summary>
    public required string Kind { get; set; }

    /// <summary>First and last day of the period (Vietnam days, inclusive).</summary>
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }

    public DateTime GeneratedAtUtc { get; set; }
    public required byte[] Xlsx { get; set; }
    public required byte[] Csv { get; set; }
}
