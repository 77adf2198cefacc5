using System.Text.Json.Serialization;

namespace Ioc.Hub.Cases.Events;

// The steps of a case, in the order of DOMAIN.md "The common life of a case". Field rules are in docs/events.md.

/// <summary>A report arrived at the operations center. Always sequence 1.</summary>
public sealed record CaseReceived : CaseEvent
{
    public const string TypeName = "case.received";
    [JsonIgnore]
    public override string Type => TypeName;

    /// <summary>Human code shown to people, e.g. "KH-2026-004213".</summary>
    public required string Code { get; init; }
    /// <summary>The province profile whose rules apply (a merged province may run two side by side).</summary>
    public required string ProfileId { get; init; }
    public required Channel Channel { get; init; }
    public required string FieldCode { get; init; }
    public string? Title { get; init; }
    public required string Description { get; init; }
    public required GeoLocation Location { get; init; }
    public bool IsEmergency { get; init; }
    /// <summary>Required when <see cref="IsEmergency"/>: one of the profile's emergency categories.</summary>
    public string? EmergencyCategory { get; init; }
    public bool IsConfidential { get; init; }
    /// <summary>State secrets are never published nor shown (DOMAIN "bí mật nhà nước").</summary>
    public bool IsStateSecret { get; init; }
    public ReporterContact Reporter { get; init; } = new();
    public IReadOnlyList<string> Attachments { get; init; } = [];
}

/// <summary>The operations center classified the report (Thanh Hóa's four groups, 001 Điều 11).</summary>
public sealed record CaseClassified : CaseEvent
{
    public const string TypeName = "case.classified";
    [JsonIgnore]
    public override string Type => TypeName;

    public required ClassificationGroup Group { get; init; }
    /// <summary>A corrected field, when classification changes it.</summary>
    public string? FieldCode { get; init; }
}

public sealed record ClarificationRequested : CaseEvent
{
    public const string TypeName = "case.clarification-requested";
    [JsonIgnore]
    public override string Type => TypeName;

    public required string Question { get; init; }
}

public sealed record ClarificationSupplied : CaseEvent
{
    public const string TypeName = "case.clarification-supplied";
    [JsonIgnore]
    public override string Type => TypeName;

    public required string Text { get; init; }
}

public sealed record CaseRejected : CaseEvent
{
    public const string TypeName = "case.rejected";
    [JsonIgnore]
    public override string Type => TypeName;

    public required RejectionReason Reason { get; init; }
    public string? Note { get; init; }
}

/// <summary>Routed (or re-routed, or forwarded) to a lead agency and optional coordinating agencies.</summary>
public sealed record CaseRouted : CaseEvent
{
    public const string TypeName = "case.routed";
    [JsonIgnore]
    public override string Type => TypeName;

    public required string LeadAgencyId { get; init; }
    public IReadOnlyList<string> CoordinatingAgencyIds { get; init; } = [];
    /// <summary>Why, when this is a re-route by a supervisor or after a return.</summary>
    public string? Reason { get; init; }
}

public sealed record CaseAccepted : CaseEvent
{
    public const string TypeName = "case.accepted";
    [JsonIgnore]
    public override string Type => TypeName;

    public required string AgencyId { get; init; }
}

/// <summary>The agency sent the case back as outside its jurisdiction (000 Điều 7.1.a, 002 Điều 8.1, 003 Điều 8).</summary>
public sealed record CaseReturned : CaseEvent
{
    public const string TypeName = "case.returned";
    [JsonIgnore]
    public override string Type => TypeName;

    public required string AgencyId { get; init; }
    public required string Reason { get; init; }
}

public sealed record ExtensionRegistered : CaseEvent
{
    public const string TypeName = "case.extension-registered";
    [JsonIgnore]
    public override string Type => TypeName;

    public required string AgencyId { get; init; }
    public required DateTimeOffset CommittedDueAt { get; init; }
    public required string Reason { get; init; }
    public ExtensionKind Kind { get; init; } = ExtensionKind.Standard;
}

/// <summary>Đồng Nai's "hẹn lại": the agency gives the reporter a new appointment (004 Điều 10.4).</summary>
public sealed record CaseRescheduled : CaseEvent
{
    public const string TypeName = "case.rescheduled";
    [JsonIgnore]
    public override string Type => TypeName;

    public required string AgencyId { get; init; }
    public required DateTimeOffset AppointmentAt { get; init; }
    public required string Reason { get; init; }
}

/// <summary>The lead agency asks its coordinating agencies for their input (002 Điều 8.2).</summary>
public sealed record CoordinationRequested : CaseEvent
{
    public const string TypeName = "case.coordination-requested";
    [JsonIgnore]
    public override string Type => TypeName;

    public required IReadOnlyList<string> AgencyIds { get; init; }
}

public sealed record CoordinationResultSubmitted : CaseEvent
{
    public const string TypeName = "case.coordination-result";
    [JsonIgnore]
    public override string Type => TypeName;

    public required string AgencyId { get; init; }
    public required string Summary { get; init; }
    /// <summary>The coordinating agency declined as not competent (002 Phụ lục II: returns ≤ 1 WD).</summary>
    public bool Returned { get; init; }
}

public sealed record ResultSubmitted : CaseEvent
{
    public const string TypeName = "case.result-submitted";
    [JsonIgnore]
    public override string Type => TypeName;

    public required string AgencyId { get; init; }
    public required string Summary { get; init; }
    /// <summary>Photos of the result; 003 Điều 8.3 requires them where the issue needs them.</summary>
    public int PhotoCount { get; init; }
    /// <summary>A late agency states why and when (003 Điều 8, 001 Điều 12).</summary>
    public string? LateReason { get; init; }
}

public sealed record ResultSentBack : CaseEvent
{
    public const string TypeName = "case.result-sent-back";
    [JsonIgnore]
    public override string Type => TypeName;

    public required SendBackKind Kind { get; init; }
    public required string Reason { get; init; }
}

public sealed record ResultApproved : CaseEvent
{
    public const string TypeName = "case.result-approved";
    [JsonIgnore]
    public override string Type => TypeName;

    public required string ApproverName { get; init; }
    /// <summary>The leader edited the result and approved it (000 Điều 8, 003 Điều 9).</summary>
    public bool Edited { get; init; }
}

public sealed record ResultPublished : CaseEvent
{
    public const string TypeName = "case.result-published";
    [JsonIgnore]
    public override string Type => TypeName;

    public PublicationVisibility Visibility { get; init; } = PublicationVisibility.Public;
}

public sealed record FollowUpAsked : CaseEvent
{
    public const string TypeName = "case.follow-up-asked";
    [JsonIgnore]
    public override string Type => TypeName;

    public required string Question { get; init; }
}

public sealed record FollowUpAnswered : CaseEvent
{
    public const string TypeName = "case.follow-up-answered";
    [JsonIgnore]
    public override string Type => TypeName;

    public required string Answer { get; init; }
}

/// <summary>The reporter's rating, a code of the profile's satisfaction scale.</summary>
public sealed record CaseRated : CaseEvent
{
    public const string TypeName = "case.rated";
    [JsonIgnore]
    public override string Type => TypeName;

    public required string Rating { get; init; }
    public string? Comment { get; init; }
}

public sealed record CaseReopened : CaseEvent
{
    public const string TypeName = "case.reopened";
    [JsonIgnore]
    public override string Type => TypeName;

    public required string Reason { get; init; }
}

/// <summary>Đồng Nai's operator answered the call directly (004 Điều 9).</summary>
public sealed record ClosedAtFirstContact : CaseEvent
{
    public const string TypeName = "case.closed-at-first-contact";
    [JsonIgnore]
    public override string Type => TypeName;

    public required string Answer { get; init; }
}
