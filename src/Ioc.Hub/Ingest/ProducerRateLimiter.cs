using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Ioc.Hub.Ingest;

/// <summary>
/// One limiter per producer, from the rate limiters ASP.NET Core's middleware is built on. Applied inside the ingest
/// endpoint rather than by <c>UseRateLimiter</c>: the middleware sits wherever a host puts it, and in the dashboard that
/// is before the producer's key has been authenticated, so it could not partition by producer (docs/ingest.md).
/// </summary>
public sealed class ProducerRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter;

    public ProducerRateLimiter(IOptions<IngestOptions> options)
    {
        var o = options.Value.RateLimit;
        limiter = PartitionedRateLimiter.Create<string, string>(producer => o.Algorithm switch
        {
            RateLimitAlgorithm.FixedWindow => RateLimitPartition.GetFixedWindowLimiter(producer, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = o.PermitLimit,
                Window = o.Period,
                QueueLimit = o.QueueLimit,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            }),
            _ => RateLimitPartition.GetTokenBucketLimiter(producer, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = o.PermitLimit,
                TokensPerPeriod = o.TokensPerPeriod,
                ReplenishmentPeriod = o.Period,
                QueueLimit = o.QueueLimit,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            }),
        }, StringComparer.Ordinal);
    }

    /// <summary>One permit for one request of <paramref name="producer"/>; dispose the lease when the request is done.</summary>
    public ValueTask<RateLimitLease> AcquireAsync(string producer, CancellationToken cancellationToken) =>
        limiter.AcquireAsync(producer, 1, cancellationToken);

    public void Dispose() => limiter.Dispose();
}
