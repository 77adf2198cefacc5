namespace Ioc.Hub.Streaming.Consumption;

/// <summary>
/// The storage operations the consumer loop drives, over Redis or memory. Reads are fenced by the partition lease:
/// a consumer that lost it reads nothing, so entries never land in a non-owner's pending list.
/// </summary>
internal interface IStreamLog
{
    StreamNames Names { get; }

    /// <summary>Set when entries are appended (here or, for Redis, by any instance through our API).</summary>
    WakeSignal Wake { get; }

    /// <summary>
    /// Called right after the lease is acquired: creates the consumer group if needed and moves every pending entry of
    /// the partition to this consumer (their previous holder no longer has the lease). Returns pending entries that
    /// were deleted from the stream meanwhile, to be dead-lettered.
    /// </summary>
    Task<IReadOnlyList<LogEntry>> PrepareAsync(int partition, string consumerId);

    /// <summary>This consumer's own delivered-but-unacknowledged entries, oldest first; each read counts as a delivery.</summary>
    Task<PartitionRead> ReadPendingAsync(int partition, string consumerId, int count);

    /// <summary>Entries never delivered to the group, up to <paramref name="count"/> per partition.</summary>
    Task<IReadOnlyList<PartitionRead>> ReadNewAsync(IReadOnlyList<int> partitions, string consumerId, int count);

    Task SettleAsync(Settlement settlement);
}
