using System.Diagnostics;

namespace Ioc.LoadHarness.Live;

/// <summary>A lock-free histogram of latencies in 0.1 ms buckets up to one minute (longer ones land in the last).</summary>
internal sealed class LatencyHistogram
{
    private const int BucketsPerMs = 10;
    private readonly long[] buckets = new long[60_000 * BucketsPerMs];
    private long count;

    public long Count => Interlocked.Read(ref count);

    public void Record(long stopwatchTicks)
    {
        var bucket = (long)(Math.Max(0, stopwatchTicks) * 1000.0 * BucketsPerMs / Stopwatch.Frequency);
        Interlocked.Increment(ref buckets[Math.Min(bucket, buckets.Length - 1)]);
        Interlocked.Increment(ref count);
    }

    /// <summary>The latency in milliseconds below which <paramref name="fraction"/> of the samples fall.</summary>
    public double Percentile(double fraction)
    {
        var total = Count;
        if (total == 0)
            return double.NaN;
        var rank = (long)Math.Ceiling(fraction * total);
        long seen = 0;
        for (var i = 0; i < buckets.Length; i++)
        {
            seen += Interlocked.Read(ref buckets[i]);
            if (seen >= rank)
                return (i + 1) / (double)BucketsPerMs;
        }
        return buckets.Length / (double)BucketsPerMs;
    }
}
