namespace Ioc.Data.Cases;

/// <summary>
/// One row of the append-only event log (table <c>case_events</c>). <see cref="EventId"/> is the idempotency key:
/// an event whose id is already stored is ignored. <see cref="OccurredAtUtc"/> is UTC and
/// <see cref="OccurredOffsetMinutes"/> keeps the producer's offset, so the original
/// <see cref="DateTimeOffset"/> is <see cref="OccurredAt"/>.
/// </summary>
public sealed class EventRecord
{
    public Guid EventId { get; set; }
    public required string CaseId { get; set; }
    public long Sequence { get; set; }
    public required string Type { get; set; }
    public DateTime OccurredAtUtc { get; set; }
    public short OccurredOffsetMinutes { get; set; }
    public DateTime RecordedAtUtc { get; set; }
    public string? StreamPosition { get; set; }
    public required string PayloadJson { get; set; }

    /// <summary>The instant as the producer stated it, offset included.</summary>
    public DateTimeOffset OccurredAt =>
        new DateTimeOffset(DateTime.SpecifyKind(OccurredAtUtc, DateTimeKind.Utc)).ToOffset(TimeSpan.FromMinutes(OccurredOffsetMinutes));

    /// <summary>Splits a producer's instant into the stored UTC instant and offset.</summary>
    public static (DateTime Utc, short OffsetMinutes) Split(DateTimeOffset occurredAt) =>
        (occurredAt.UtcDateTime, checked((short)occurredAt.Offset.TotalMinutes));
}
