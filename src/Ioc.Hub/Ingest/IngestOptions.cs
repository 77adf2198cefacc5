using System.ComponentModel.DataAnnotations;

namespace Ioc.Hub.Ingest;

/// <summary>The ingest API's settings (<c>Ioc:Ingest</c>); docs/ingest.md explains each.</summary>
public sealed class IngestOptions : IValidatableObject
{
    public const string Section = "Ioc:Ingest";

    /// <summary>Most events in one request; a larger batch is refused whole (413).</summary>
    [Range(1, 10_000)]
    public int MaxBatch { get; set; } = 1000;

    /// <summary>
    /// Largest request body in bytes (413 above it). 16 MiB holds a full batch of ordinary events (about 1–2 KiB each)
    /// with room for long descriptions; the body is held in memory while it is validated.
    /// </summary>
    [Range(1024, 256L * 1024 * 1024)]
    public long MaxRequestBodyBytes { get; set; } = 16L * 1024 * 1024;

    /// <summary>
    /// How long a successful key lookup is reused. A key revoked through another process keeps working at most this
    /// long there; the process that revokes forgets the key at once. Zero looks every request up.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00", ParseLimitsInInvariantCulture = true)]
    public TimeSpan KeyCacheDuration { get; set; } = TimeSpan.FromSeconds(5);

    public ProducerRateLimitOptions RateLimit { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // Data annotations do not descend into nested objects by themselves.
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(RateLimit, new ValidationContext(RateLimit), results, validateAllProperties: true);
        return results.Select(r => new ValidationResult(r.ErrorMessage, [.. r.MemberNames.Select(m => $"{nameof(RateLimit)}:{m}")]));
    }
}

public enum RateLimitAlgorithm
{
    /// <summary>Bursts up to <see cref="ProducerRateLimitOptions.PermitLimit"/>, refilled by <see cref="ProducerRateLimitOptions.TokensPerPeriod"/> every period.</summary>
    TokenBucket,

    /// <summary><see cref="ProducerRateLimitOptions.PermitLimit"/> requests per period, counted in consecutive windows.</summary>
    FixedWindow,
}

/// <summary>Requests per producer (all of its keys together), whatever the number of events in each (<c>Ioc:Ingest:RateLimit</c>).</summary>
public sealed class ProducerRateLimitOptions
{
    public RateLimitAlgorithm Algorithm { get; set; } = RateLimitAlgorithm.TokenBucket;

    /// <summary>Token bucket: the bucket's size (the burst). Fixed window: requests per window.</summary>
    [Range(1, 1_000_000)]
    public int PermitLimit { get; set; } = 40;

    /// <summary>Token bucket only: tokens added every <see cref="Period"/>, the sustained rate.</summary>
    [Range(1, 1_000_000)]
    public int TokensPerPeriod { get; set; } = 20;

    /// <summary>Token bucket: the refill period. Fixed window: the window.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00", ParseLimitsInInvariantCulture = true)]
    public TimeSpan Period { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Requests that wait for a permit instead of being refused at once; 0 refuses at once (429).</summary>
    [Range(0, 10_000)]
    public int QueueLimit { get; set; }
}
