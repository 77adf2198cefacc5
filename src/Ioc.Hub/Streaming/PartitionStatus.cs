namespace Ioc.Hub.Streaming;

/// <summary>
/// What an operator wants to know about one partition: entries retained, entries delivered but not yet
/// acknowledged, the last entry handed to a consumer, and the consumer holding the partition's lease.
/// </summary>
public sealed record PartitionStatus(int Partition, string Stream, long Length, long Pending, string? LastDelivered, string? Owner);
