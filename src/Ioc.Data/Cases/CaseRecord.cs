namespace Ioc.Data.Cases;

/// <summary>
/// The projected snapshot of one case (table <c>cases</c>): the columns the console filters and sorts on, plus
/// <see cref="StateJson"/>, the full serialized case state from which the projection rehydrates.
/// Every <c>*AtUtc</c> instant is a UTC <see cref="DateTime"/> (Kind = Utc): SQLite cannot compare
/// <see cref="DateTimeOffset"/> on the server, so offsets are never stored here.
/// </summary>
public sealed class CaseRecord
{
    /// <summary>The case id carried by every event of the case.</summary>
    public required string Id { get; set; }

    /// <summary>The human case code shown to staff and reporters; unique.</summary>
    public required string Code { get; set; }

    public required string ProfileId { get; set; }
    public required string Channel { get; set; }
    public required string FieldCode { get; set; }
    public required string AdminUnitCode { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public required string Description { get; set; }

    public bool IsEmergency { get; set; }
    public string? EmergencyCategory { get; set; }

    /// <summary>The reporter asked for secrecy: never on the wall or any public output.</summary>
    public bool IsConfidential { get; set; }

    /// <summary>State secret: never published (all five regulations).</summary>
    public bool IsStateSecret { get; set; }

    public DateTime ReceivedAtUtc { get; set; }

    /// <summary>Lifecycle stage (received, routed, accepted, …) as the projection names it.</summary>
    public required string Stage { get; set; }

    public string? CurrentStep { get; set; }

    /// <summary>Who holds the case now: the operations center or an agency id.</summary>
    public string? Holder { get; set; }

    public string? LeadAgencyId { get; set; }
    public DateTime? StepDueAtUtc { get; set; }
    public DateTime? CaseDueAtUtc { get; set; }

    /// <summary>OnTime, DueSoon, Overdue, Closed… as the SLA engine names them.</summary>
    public required string SlaStatus { get; set; }

    public int? LateByMinutes { get; set; }
    public DateTime? ResolvedAtUtc { get; set; }
    public DateTime? ClosedAtUtc { get; set; }

    /// <summary>The reporter's satisfaction rating; the scale differs by province (003 Điều 11 vs 000 Điều 11).</summary>
    public string? Rating { get; set; }

    public int ExtensionCount { get; set; }
    public int RescheduleCount { get; set; }
    public int ReopenCount { get; set; }

    /// <summary>Sequence of the last event applied; a snapshot with a lower one never overwrites this one.</summary>
    public long LastSequence { get; set; }

    public DateTime LastEventAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }

    /// <summary>Stream position of the last event applied (opaque to storage).</summary>
    public string? StreamPosition { get; set; }

    public required string StateJson { get; set; }

    public CaseReporter? Reporter { get; set; }
}
