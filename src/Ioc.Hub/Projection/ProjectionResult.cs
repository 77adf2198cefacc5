using Ioc.Hub.Cases;

namespace Ioc.Hub.Projection;

/// <summary>Why an entry was not projected; every kind goes to the dead-letter stream with its reason.</summary>
public enum RejectionKind
{
    /// <summary>The JSON does not read as an event of the contract (malformed, unknown type, missing property…).</summary>
    Unreadable,
    /// <summary>The event reads but breaks a rule of the contract (docs/events.md "Field rules").</summary>
    ContractViolation,
    /// <summary>The state machine refused it (out of order, not allowed at the case's stage, limit reached…).</summary>
    Refused,
}

/// <summary>An entry the projection will never apply, with a reason a producer's developer can act on.</summary>
public sealed record EntryRejection(string Stream, string Position, RejectionKind Kind, string Reason, string? CaseId = null)
{
    /// <summary>The state machine's refusal kind when <see cref="Kind"/> is <see cref="RejectionKind.Refused"/>.</summary>
    public RefusalKind? Refusal { get; init; }

    public override string ToString() => $"{Stream}@{Position}: {Reason}";
}

/// <summary>
/// What one call of <see cref="CaseProjection.ProjectAsync"/> did. Every entry is counted exactly once: applied,
/// skipped as a duplicate (already applied: same id, or a lifecycle sequence at or below the case's), or rejected.
/// </summary>
public sealed record ProjectionResult(int Applied, int Duplicates, IReadOnlyList<EntryRejection> Rejections, int CasesChanged)
{
    public static readonly ProjectionResult Empty = new(0, 0, [], 0);

    public int Rejected => Rejections.Count;

    public int Total => Applied + Duplicates + Rejected;

    internal ProjectionResult Plus(ProjectionResult other) =>
        new(Applied + other.Applied, Duplicates + other.Duplicates, [.. Rejections, .. other.Rejections], CasesChanged + other.CasesChanged);
}
