using System.Text.Json.Serialization;

namespace Ioc.Hub.Cases.Events;

// Events the IOC itself adds about a case. They never change the case's step, only what the IOC knows about it.

public sealed record ReminderSent : CaseAnnotation
{
    public const string TypeName = "ioc.reminder-sent";
    [JsonIgnore]
    public override string Type => TypeName;

    public required Guid ReminderId { get; init; }
    public required string AgencyId { get; init; }
    public required RecipientRole Recipient { get; init; }
    public required NotificationChannel Channel { get; init; }
    /// <summary>Sent although another reminder went out within the duplicate window.</summary>
    public bool Forced { get; init; }
}

public sealed record CaseEscalated : CaseAnnotation
{
    public const string TypeName = "ioc.escalated";
    [JsonIgnore]
    public override string Type => TypeName;

    public required string AgencyId { get; init; }
    public required EscalationLevel Level { get; init; }
    public required string Reason { get; init; }
    /// <summary>Raised by the deadline scheduler (e.g. 004 Điều 9.1.b) rather than by a supervisor.</summary>
    public bool Automatic { get; init; }
}

public sealed record EmergencyAcknowledged : CaseAnnotation
{
    public const string TypeName = "ioc.emergency-acknowledged";
    [JsonIgnore]
    public override string Type => TypeName;

    public string? Note { get; init; }
}

public sealed record InternalNoteAdded : CaseAnnotation
{
    public const string TypeName = "ioc.note-added";
    [JsonIgnore]
    public override string Type => TypeName;

    public required string Note { get; init; }
}

/// <summary>
/// A supervisor asks that the case go to another agency. The IOC cannot write the producer's lifecycle (its
/// <c>case.routed</c> carries the producer's sequence), so this is a request on the IOC's side of the log: the producer's
/// operations center routes the case again and its <c>case.routed</c> moves the clock (docs/events.md).
/// </summary>
public sealed record RerouteRequested : CaseAnnotation
{
    public const string TypeName = "ioc.reroute-requested";
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary>The lead agency when the request was made; absent while the case was not routed yet.</summary>
    public string? FromAgencyId { get; init; }
    public required string ToAgencyId { get; init; }
    public required string Reason { get; init; }
}

/// <summary>The deadline scheduler saw the current step become due soon or overdue with no other event.</summary>
public sealed record DeadlineStateChanged : CaseAnnotation
{
    public const string TypeName = "ioc.deadline-state-changed";
    [JsonIgnore]
    public override string Type => TypeName;

    public required string Step { get; init; }
    public required SlaStatus Status { get; init; }
    public required DateTimeOffset DueAt { get; init; }
}
