namespace Ioc.Hub.Cases.Events.Validation;

/// <summary>The size and time limits of contract v1 (docs/events.md "Field rules").</summary>
public static class ContractLimits
{
    /// <summary>Codes and ids: case id, profile, field, agency, admin unit, rating, emergency category.</summary>
    public const int CodeLength = 64;
    /// <summary>Names and other single-line text: actor, approver, reporter name, titles, addresses.</summary>
    public const int NameLength = 200;
    /// <summary>Descriptions, summaries, answers, questions, clarifications.</summary>
    public const int TextLength = 10_000;
    /// <summary>Reasons, notes, comments.</summary>
    public const int NoteLength = 2_000;
    public const int EmailLength = 254;
    public const int UriLength = 2_048;
    public const int MaxAttachments = 20;

    /// <summary>How far in the future an event may claim to have happened: the tolerated clock skew of a producer.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>No case in any of the five systems predates this; an earlier instant is a default or a typo.</summary>
    public static readonly DateTimeOffset EarliestOccurredAt = new(2000, 1, 1, 0, 0, 0, TimeSpan.FromHours(7));

    /// <summary>Above this many problems the rest are summarised in one line, so a reason stays readable.</summary>
    public const int MaxReportedViolations = 50;
}
