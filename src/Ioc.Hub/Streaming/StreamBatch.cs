namespace Ioc.Hub.Streaming;

/// <summary>
/// One entry handed to the consumer. <paramref name="Stream"/> and <paramref name="Position"/> ("&lt;ms&gt;-&lt;seq&gt;")
/// identify it for checkpoints; <paramref name="DeliveryCount"/> is 1 on the first delivery and grows with each retry.
/// </summary>
public sealed record StreamEntry(string Stream, string Position, int Partition, string Json, int DeliveryCount);

/// <summary>Entries of one partition in stream order; a consumer's handler receives one batch at a time.</summary>
public sealed record StreamBatch(int Partition, string Stream, IReadOnlyList<StreamEntry> Entries);

/// <summary>
/// An entry the handler refuses for good (bad JSON, contract violation): it goes to the dead-letter stream with
/// <paramref name="Reason"/> at once, and the rest of the batch is acknowledged.
/// </summary>
public sealed record Rejection(string Position, string Reason)
{
    public static IReadOnlyList<Rejection> None { get; } = [];
}

/// <summary>
/// Processes one batch and returns its rejected entries (usually <see cref="Rejection.None"/>). Entries are
/// acknowledged only after it returns; if it throws, the batch is delivered again.
/// </summary>
public delegate Task<IReadOnlyList<Rejection>> StreamBatchHandler(StreamBatch batch, CancellationToken cancellationToken);
