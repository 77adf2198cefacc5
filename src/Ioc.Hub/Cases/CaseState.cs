using System.Collections.Immutable;
using Ioc.Hub.Cases.Events;

namespace Ioc.Hub.Cases;

/// <summary>
/// Everything the SLA engine and the screens need to know about one case, folded from its events by
/// <see cref="CaseStateMachine"/>. Immutable: applying an event returns a new state.
/// </summary>
public sealed record CaseState
{
    public required string CaseId { get; init; }
    public required string Code { get; init; }
    public required string ProfileId { get; init; }
    public required DateTimeOffset ReceivedAt { get; init; }
    public required Channel Channel { get; init; }
    public required string FieldCode { get; init; }
    public required GeoLocation Location { get; init; }
    public bool IsEmergency { get; init; }
    public string? EmergencyCategory { get; init; }
    public bool IsConfidential { get; init; }
    public bool IsStateSecret { get; init; }

    public CaseStage Stage { get; init; } = CaseStage.Received;
    /// <summary>The last lifecycle sequence applied (annotations do not move it).</summary>
    public long LastSequence { get; init; } = 1;
    public DateTimeOffset LastEventAt { get; init; }

    public ClassificationGroup? Classification { get; init; }
    /// <summary>When the operations center's reception clock (re)started: receipt, a return, or a clarification.</summary>
    public DateTimeOffset ReceptionStartedAt { get; init; }
    public DateTimeOffset? ClarificationRequestedAt { get; init; }

    public string? LeadAgencyId { get; init; }
    public ImmutableArray<string> CoordinatingAgencyIds { get; init; } = [];
    public DateTimeOffset? RoutedAt { get; init; }
    public int RouteCount { get; init; }
    public int ReturnCount { get; init; }
    public DateTimeOffset? AcceptedAt { get; init; }

    public DateTimeOffset? CoordinationRequestedAt { get; init; }
    public ImmutableArray<string> PendingCoordination { get; init; } = [];
    public DateTimeOffset? CoordinationCompletedAt { get; init; }

    public int ExtensionCount { get; init; }
    /// <summary>The processing deadline committed by the latest extension or reschedule.</summary>
    public DateTimeOffset? CommittedDueAt { get; init; }
    /// <summary>Khánh Hòa's verification extension of the acceptance step (000 Điều 7.1.a).</summary>
    public DateTimeOffset? VerificationDueAt { get; init; }
    public int RescheduleCount { get; init; }

    public DateTimeOffset? ResultSubmittedAt { get; init; }
    public int PhotoCount { get; init; }
    public DateTimeOffset? SentBackAt { get; init; }
    public SendBackKind? SentBackKind { get; init; }
    public int SendBackCount { get; init; }
    public DateTimeOffset? ApprovedAt { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public PublicationVisibility? Visibility { get; init; }
    public DateTimeOffset? FollowUpAskedAt { get; init; }

    public string? Rating { get; init; }
    public DateTimeOffset? RatedAt { get; init; }
    public int ReopenCount { get; init; }
    public DateTimeOffset? ReopenedAt { get; init; }

    public DateTimeOffset? RejectedAt { get; init; }
    public RejectionReason? RejectionReason { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }

    public DateTimeOffset? EmergencyAcknowledgedAt { get; init; }
    public DateTimeOffset? LastReminderAt { get; init; }
    public int ReminderCount { get; init; }
    public EscalationLevel? EscalationLevel { get; init; }
    public DateTimeOffset? EscalatedAt { get; init; }
    /// <summary>The last due-soon/overdue notice the scheduler issued, so a restart never repeats it.</summary>
    public string? LastDeadlineNotice { get; init; }

    /// <summary>When the case was answered (published, or closed at first contact).</summary>
    public DateTimeOffset? ResolvedAt => Stage.IsResolved() ? PublishedAt ?? ClosedAt : null;

    public bool IsOpen => !Stage.IsClosed();
}
