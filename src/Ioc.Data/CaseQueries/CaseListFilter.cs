namespace Ioc.Data.CaseQueries;

/// <summary>Which cases of the list by their clock: the query-string values <c>open|dueSoon|overdue|closed|all</c>.</summary>
public enum CaseListState { Open, DueSoon, Overdue, Closed, All }

/// <summary>The order of the case list; the default puts the newest first.</summary>
public enum CaseListSort { ReceivedDesc, ReceivedAsc, DueAsc, CodeAsc }

/// <summary>
/// The console's case list filters, as the query string of <c>/console/cases</c> names them (docs/console.md): every
/// member null means "any". <see cref="From"/> and <see cref="To"/> are Vietnam calendar days, both inclusive.
/// </summary>
public sealed record CaseListFilter
{
    /// <summary>Longest search text accepted; longer text is cut (a case code is 64 characters at most).</summary>
    public const int MaxQueryLength = 200;

    public string? ProfileId { get; init; }
    public string? AgencyId { get; init; }
    public CaseListState State { get; init; } = CaseListState.Open;
    public string? Step { get; init; }
    public string? Field { get; init; }
    public string? Channel { get; init; }
    public string? Unit { get; init; }
    public bool? Emergency { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }

    /// <summary>A case code (exact, any letter case) or words of the description.</summary>
    public string? Query { get; init; }
}

/// <summary>One row of the case list: the columns of <c>cases</c> the list shows, no personal data.</summary>
public sealed record CaseListRow(
    string Id,
    string Code,
    DateTime ReceivedAtUtc,
    string FieldCode,
    string AdminUnitCode,
    string Channel,
    string Stage,
    string? CurrentStep,
    string? LeadAgencyId,
    string? Holder,
    string SlaStatus,
    DateTime? StepDueAtUtc,
    int? LateByMinutes,
    bool IsEmergency,
    bool IsConfidential,
    DateTime? ClosedAtUtc);

public sealed record CaseListPage(IReadOnlyList<CaseListRow> Rows, int Total);
