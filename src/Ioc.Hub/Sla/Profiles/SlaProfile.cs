using Ioc.Hub.Sla.Calendar;

namespace Ioc.Hub.Sla.Profiles;

/// <summary>
/// One province's rules, loaded from a data file in Sla/Profiles (see docs/profiles.md). Rules differ between provinces
/// only through this data: the engine has no branch on a province.
/// </summary>
public sealed record SlaProfile
{
    public required string Id { get; init; }
    /// <summary>The seed regulation this profile encodes ("000" … "004").</summary>
    public required string Seed { get; init; }
    public required string Name { get; init; }
    public required string Regulation { get; init; }
    /// <summary>The holiday schedule ("vn": the national civil-service schedule).</summary>
    public required string Calendar { get; init; }
    public required OfficeHours OfficeHours { get; init; }
    public required IReadOnlyList<string> Channels { get; init; }

    /// <summary>Steps of an ordinary case, in order.</summary>
    public required IReadOnlyList<StepRule> Normal { get; init; }
    /// <summary>Steps when the lead agency works with coordinating agencies; null when the profile has no such clocks.</summary>
    public IReadOnlyList<StepRule>? Coordinated { get; init; }
    /// <summary>Steps of an emergency case (clock hours, 24/7, unless the seed says working hours).</summary>
    public required IReadOnlyList<StepRule> Emergency { get; init; }
    public required IReadOnlyList<EmergencyCategory> EmergencyCategories { get; init; }

    public required DueSoonRules DueSoon { get; init; }
    public required ExtensionRules Extensions { get; init; }
    public RescheduleRules? Reschedules { get; init; }
    public TimedRule? Clarification { get; init; }
    public RedoRules Redo { get; init; } = new();
    public TimedRule? FollowUp { get; init; }
    /// <summary>Whether the operator may answer and close a call at first contact (004 Điều 9).</summary>
    public bool FirstContactResolution { get; init; }
    /// <summary>An unsatisfied rating reopens the case (003 Điều 10.4).</summary>
    public bool ReopenOnUnsatisfied { get; init; }
    public required IReadOnlyList<SatisfactionLevel> Satisfaction { get; init; }
    /// <summary>Days personal data is kept on the server; null when the regulation sets none.</summary>
    public int? RetentionDays { get; init; }
    public required ReportingRules Reporting { get; init; }

    public IReadOnlyList<StepRule> PlanFor(bool emergency, bool coordinated) =>
        emergency ? Emergency : coordinated && Coordinated is not null ? Coordinated : Normal;

    public SatisfactionLevel? FindRating(string code) => Satisfaction.FirstOrDefault(l => l.Code == code);
}

/// <summary>
/// A step of a plan: who holds it, how long, counted from which milestone, and the article that says so.
/// <paramref name="Duration"/> is null for a step the regulation gives no time limit (000 Điều 10.3: the emergency work
/// itself); such a step and the steps counting from what it produces have no deadline until the case gets there.
/// </summary>
public sealed record StepRule(
    SlaStep Step, StepHolder Holder, SlaDuration? Duration, Milestone From, string Article, StepEscalation? EscalateTo = null)
{
    public bool IsTimed => Duration is not null;
}

/// <summary>
/// When a step's deadline passes unanswered the step moves to another holder with a new deadline
/// (004 Điều 9.1.b: focal officer 8 working hours → agency head 48 working hours from the transfer).
/// </summary>
public sealed record StepEscalation(StepHolder Holder, SlaDuration Duration, Milestone From, string Article);

public sealed record EmergencyCategory(string Code, string Label);

/// <summary>How long before a deadline a step shows as due soon; never more than half the step.</summary>
public sealed record DueSoonRules(SlaDuration Normal, SlaDuration Emergency);

public sealed record ExtensionRules(int? MaxCount, string Article, TimedRule? Verification = null);

/// <summary>Đồng Nai's appointments: the n-th reschedule may add at most Limits[n-1] (004 Điều 10.4).</summary>
public sealed record RescheduleRules(IReadOnlyList<SlaDuration> Limits, string Article);

/// <summary>A clock that is not a step of the plan (clarification window, follow-up answer, verification limit).</summary>
public sealed record TimedRule(SlaDuration Duration, string Article);

/// <summary>Clocks for redoing a result sent back by the operations center (003 Điều 10.4, 002 Điều 9).</summary>
public sealed record RedoRules(TimedRule? FormatFix = null, TimedRule? Inaccurate = null, TimedRule? EmptyAnswer = null);

public sealed record SatisfactionLevel(string Code, string Label, string LabelEn, bool Satisfied);

/// <summary>Reporting periods; a cut-off day of 20 means a month's report covers the 21st of the previous month to the 20th.</summary>
public sealed record ReportingRules(int? CutoffDay, IReadOnlyList<string> Periods, string Article);

public enum SlaStep
{
    Reception, Clarification, Acceptance, CoordinationRequest, Coordination, Processing, Redo, Approval, Publication, FollowUp,
}

public enum StepHolder { OperationsCenter, Reporter, LeadAgency, CoordinatingAgency, Approver, FocalOfficer, AgencyHead }

/// <summary>The instants a clock can start from; each is produced by a step (see <see cref="SlaStepExtensions.Produces"/>).</summary>
public enum Milestone { Received, Routed, Accepted, CoordinationRequested, CoordinationCompleted, ResultSubmitted, Approved }

public static class SlaStepExtensions
{
    /// <summary>The milestone reached when a step is done, used to plan the steps that count from it.</summary>
    public static Milestone? Produces(this SlaStep step) => step switch
    {
        SlaStep.Reception => Milestone.Routed,
        SlaStep.Acceptance => Milestone.Accepted,
        SlaStep.CoordinationRequest => Milestone.CoordinationRequested,
        SlaStep.Coordination => Milestone.CoordinationCompleted,
        SlaStep.Processing => Milestone.ResultSubmitted,
        SlaStep.Approval => Milestone.Approved,
        _ => null,
    };
}
