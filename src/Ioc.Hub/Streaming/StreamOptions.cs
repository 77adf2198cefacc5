using System.ComponentModel.DataAnnotations;

namespace Ioc.Hub.Streaming;

/// <summary>The event stream's settings (<c>Ioc:Stream</c>); the design behind them is docs/streaming.md.</summary>
public sealed class StreamOptions : IValidatableObject
{
    public const string Section = "Ioc:Stream";

    /// <summary>Number of partition streams. Changing it re-homes cases: drain the streams first (docs/streaming.md).</summary>
    [Range(1, 1024)]
    public int Partitions { get; set; } = 4;

    /// <summary>Most entries handed to the handler at once.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 1000;

    /// <summary>Failed deliveries after which an entry goes to the dead-letter stream.</summary>
    [Range(1, 1000)]
    public int MaxDeliveries { get; set; } = 5;

    /// <summary>First segment of every key; tests and side-by-side installations use their own.</summary>
    [Required, RegularExpression("^[A-Za-z0-9_.-]+(:[A-Za-z0-9_.-]+)*$")]
    public string KeyPrefix { get; set; } = "ioc";

    /// <summary>How long a partition lease (and an instance heartbeat) lives unless renewed; renewed every third of it.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00", ParseLimitsInInvariantCulture = true)]
    public TimeSpan LeaseTtl { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>First poll delay once a consumer finds nothing; it doubles up to <see cref="PollMaxInterval"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:00:05", ParseLimitsInInvariantCulture = true)]
    public TimeSpan PollMinInterval { get; set; } = TimeSpan.FromMilliseconds(1);

    /// <summary>Longest idle poll delay: the pick-up latency of entries added without a wake-up (redis-cli XADD).</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:00:05", ParseLimitsInInvariantCulture = true)]
    public TimeSpan PollMaxInterval { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Wait before retrying a failed batch; doubles per consecutive failure up to <see cref="MaxRetryDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00", ParseLimitsInInvariantCulture = true)]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    [Range(typeof(TimeSpan), "00:00:00", "01:00:00", ParseLimitsInInvariantCulture = true)]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often processed entries are trimmed (XTRIM MINID).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ParseLimitsInInvariantCulture = true)]
    public TimeSpan TrimInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Optional hard cap per partition (XTRIM MAXLEN ~). DANGEROUS: it also removes entries not yet processed, which
    /// are then lost (their pending references are dead-lettered as "deleted"). Off by default.
    /// </summary>
    [Range(1000, long.MaxValue)]
    public long? MaxLength { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PollMinInterval > PollMaxInterval)
            yield return new($"{nameof(PollMinInterval)} must not exceed {nameof(PollMaxInterval)}.", [nameof(PollMinInterval)]);
        if (RetryDelay > MaxRetryDelay)
            yield return new($"{nameof(RetryDelay)} must not exceed {nameof(MaxRetryDelay)}.", [nameof(RetryDelay)]);
    }
}
