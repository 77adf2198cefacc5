using System.Text.Json.Serialization;

namespace Ioc.Hub.Cases.Events;

/// <summary>
/// One fact about one case, as it travels on the stream. Contract version 1; see docs/events.md.
/// Lifecycle events carry the producer's per-case <see cref="Sequence"/> (1, 2, 3 … with no gaps); annotations
/// (<see cref="IsAnnotation"/>: reminders, escalations, acknowledgements, notes, deadline transitions) are issued by
/// the IOC itself and carry the lifecycle sequence they observed, so they never compete with the producer's numbering.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(CaseReceived), CaseReceived.TypeName)]
[JsonDerivedType(typeof(CaseClassified), CaseClassified.TypeName)]
[JsonDerivedType(typeof(ClarificationRequested), ClarificationRequested.TypeName)]
[JsonDerivedType(typeof(ClarificationSupplied), ClarificationSupplied.TypeName)]
[JsonDerivedType(typeof(CaseRejected), CaseRejected.TypeName)]
[JsonDerivedType(typeof(CaseRouted), CaseRouted.TypeName)]
[JsonDerivedType(typeof(CaseAccepted), CaseAccepted.TypeName)]
[JsonDerivedType(typeof(CaseReturned), CaseReturned.TypeName)]
[JsonDerivedType(typeof(ExtensionRegistered), ExtensionRegistered.TypeName)]
[JsonDerivedType(typeof(CaseRescheduled), CaseRescheduled.TypeName)]
[JsonDerivedType(typeof(CoordinationRequested), CoordinationRequested.TypeName)]
[JsonDerivedType(typeof(CoordinationResultSubmitted), CoordinationResultSubmitted.TypeName)]
[JsonDerivedType(typeof(ResultSubmitted), ResultSubmitted.TypeName)]
[JsonDerivedType(typeof(ResultSentBack), ResultSentBack.TypeName)]
[JsonDerivedType(typeof(ResultApproved), ResultApproved.TypeName)]
[JsonDerivedType(typeof(ResultPublished), ResultPublished.TypeName)]
[JsonDerivedType(typeof(FollowUpAsked), FollowUpAsked.TypeName)]
[JsonDerivedType(typeof(FollowUpAnswered), FollowUpAnswered.TypeName)]
[JsonDerivedType(typeof(CaseRated), CaseRated.TypeName)]
[JsonDerivedType(typeof(CaseReopened), CaseReopened.TypeName)]
[JsonDerivedType(typeof(ClosedAtFirstContact), ClosedAtFirstContact.TypeName)]
[JsonDerivedType(typeof(ReminderSent), ReminderSent.TypeName)]
[JsonDerivedType(typeof(CaseEscalated), CaseEscalated.TypeName)]
[JsonDerivedType(typeof(EmergencyAcknowledged), EmergencyAcknowledged.TypeName)]
[JsonDerivedType(typeof(InternalNoteAdded), InternalNoteAdded.TypeName)]
[JsonDerivedType(typeof(RerouteRequested), RerouteRequested.TypeName)]
[JsonDerivedType(typeof(DeadlineStateChanged), DeadlineStateChanged.TypeName)]
public abstract record CaseEvent
{
    /// <summary>The contract version this code writes and reads.</summary>
    public const int ContractVersion = 1;

    /// <summary>Unique id of the event: the idempotency key everywhere downstream.</summary>
    public required Guid Id { get; init; }

    /// <summary>The producer's stable id of the case: 1–64 characters of [A-Za-z0-9._:-].</summary>
    public required string CaseId { get; init; }

    /// <summary>
    /// Lifecycle events: the producer's per-case number, 1 for <see cref="CaseReceived"/> then +1 each, no gaps.
    /// Annotations: the last lifecycle sequence the IOC had applied when it issued them.
    /// </summary>
    public required long Sequence { get; init; }

    /// <summary>When it happened at the source, with the source's offset (normally +07:00).</summary>
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>Who did it (user name, system name); never personal data of the reporter.</summary>
    public string? Actor { get; init; }

    /// <summary>The contract version of this event; a consumer refuses a version it does not read (docs/events.md "Versioning").</summary>
    public int Version { get; init; } = ContractVersion;

    /// <summary>The discriminator written as "type" on the wire.</summary>
    [JsonIgnore]
    public abstract string Type { get; }

    /// <summary>True for events the IOC adds about a case rather than steps of the case itself.</summary>
    [JsonIgnore]
    public virtual bool IsAnnotation => false;
}

/// <summary>Base of the IOC's own events about a case (see <see cref="CaseEvent"/>).</summary>
public abstract record CaseAnnotation : CaseEvent
{
    [JsonIgnore]
    public override bool IsAnnotation => true;
}
