namespace Ioc.Hub.Streaming.Consumption;

/// <summary>A consumer's view of one partition it holds: drain mode, retry back-off and bisection of failed batches.</summary>
internal sealed class PartitionState(int partition, int batchSize)
{
    private readonly int fullBatch = batchSize;
    private volatile bool lost;

    public int Partition => partition;

    /// <summary>
    /// True while this consumer's own pending entries must be re-read before anything new (after acquiring the lease,
    /// after a failed batch, after a transport error), which keeps each case in order.
    /// </summary>
    public bool ReadPending { get; set; } = true;

    /// <summary>Size of the next pending read: halved after each failure so one bad entry ends up alone, doubled after each success.</summary>
    public int BatchLimit { get; private set; } = batchSize;

    public int ConsecutiveFailures { get; private set; }

    public DateTimeOffset RetryAt { get; private set; } = DateTimeOffset.MinValue;

    /// <summary>Set by the lease keeper (or a fenced read) once the lease belongs to someone else.</summary>
    public bool Lost { get => lost; set => lost = value; }

    public void Succeeded()
    {
        ConsecutiveFailures = 0;
        RetryAt = DateTimeOffset.MinValue;
        BatchLimit = Math.Min(fullBatch, BatchLimit * 2);
    }

    public void Failed(int deliveredCount, DateTimeOffset now, StreamOptions options)
    {
        ReadPending = true;
        BatchLimit = Math.Max(1, deliveredCount / 2);
        ConsecutiveFailures++;
        var backoff = options.RetryDelay * Math.Pow(2, Math.Min(ConsecutiveFailures - 1, 20));
        RetryAt = now + (backoff < options.MaxRetryDelay ? backoff : options.MaxRetryDelay);
    }

    public void Drained()
    {
        ReadPending = false;
        BatchLimit = fullBatch;
    }
}
