namespace Ioc.Data.Streaming;

/// <summary>The last stream position whose events are committed to storage (table <c>stream_checkpoints</c>).</summary>
public sealed class StreamCheckpoint
{
    public required string Stream { get; set; }
    public required string Position { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
}
