namespace Ioc.Hub.Streaming;

/// <summary>Where an entry landed: the partition's stream key and the entry id assigned there.</summary>
public sealed record EntryPosition(string Stream, int Partition, string Position);

/// <summary>
/// The outcome of appending one event: its position, or the error that kept it off the stream. Appends of one call
/// are independent, so some may succeed while others fail (docs/streaming.md, "Appending").
/// </summary>
public sealed record AppendResult(Guid EventId, int Partition, EntryPosition? Position, string? Error)
{
    public bool Succeeded => Position is not null;
}
