using System.ComponentModel.DataAnnotations;

namespace Ioc.Hub.Privacy.Retention;

/// <summary>
/// Settings of the personal-data retention job (<c>Ioc:Retention</c>); how long data is kept comes from each profile's
/// <c>retentionDays</c> (Tây Ninh: 30 days, 003 Điều 12.1), never from here.
/// </summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Ioc:Retention";

    public bool Enabled { get; set; } = true;

    /// <summary>How often the job looks for cases past retention.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Cases anonymised per transaction.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 500;
}
