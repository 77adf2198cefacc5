namespace Ioc.Data.CaseQueries;

/// <summary>
/// A supervisor marked an integrity flag of a case as reviewed (table <c>integrity_reviews</c>): the flag leaves the
/// review queue and the record says who looked at it, when, and what they found. One row per case and flag.
/// </summary>
public sealed class IntegrityReview
{
    public long Id { get; set; }
    public required string CaseId { get; set; }

    /// <summary>One of <see cref="IntegrityFlags"/>.</summary>
    public required string Flag { get; set; }

    public required string ReviewedBy { get; set; }
    public DateTime ReviewedAtUtc { get; set; }
    public string? Note { get; set; }
}

/// <summary>The values of <see cref="IntegrityReview.Flag"/> (docs/console.md "Integrity flags").</summary>
public static class IntegrityFlags
{
    public const string ClosedQuickly = "closed-quickly";
    public const string NoResultPhoto = "no-result-photo";
    public const string Reopened = "reopened";
    public const string Unsatisfied = "unsatisfied";

    public static readonly IReadOnlyList<string> All = [ClosedQuickly, NoResultPhoto, Reopened, Unsatisfied];
}
