namespace Ioc.Hub.Streaming.Consumption;

/// <summary>
/// An entry as the log returns it. <paramref name="Json"/> is null when the entry has no <c>event</c> field or
/// (<paramref name="Deleted"/>) when it was removed from the stream while still pending. <paramref name="History"/> is set
/// on an entry an administrator replayed from the dead letters.
/// </summary>
internal sealed record LogEntry(string Position, string? Json, int DeliveryCount, bool Deleted = false, DeadLetterHistory? History = null);

/// <summary>A read from one partition; <paramref name="LeaseHeld"/> false means the reader no longer owns it and got nothing.</summary>
internal sealed record PartitionRead(int Partition, bool LeaseHeld, IReadOnlyList<LogEntry> Entries);
