using Ioc.Hub.Cases;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Sla.Calendar;
using Ioc.Hub.Sla.Profiles;

namespace Ioc.Hub.Sla.Deadlines;

/// <summary>
/// Places a case's steps on the province's calendar. One rule for previews and live cases: a step is due its
/// duration after its starting milestone — the real instant when the case has reached it, otherwise the planned
/// deadline of the step that produces it — and each step starts when the previous one is due.
/// </summary>
public sealed class DeadlinePlanner(SlaProfile profile, WorkingCalendar calendar)
{
    private static readonly int MilestoneCount = Enum.GetValues<Milestone>().Length;

    public SlaProfile Profile => profile;
    public WorkingCalendar Calendar => calendar;

    /// <summary>The planned deadline of every step that can be placed for a case received at <paramref name="receivedAt"/>.</summary>
    public IReadOnlyList<PlannedStep> Preview(DateTimeOffset receivedAt, bool emergency, bool coordinated = false) =>
        PreviewPlan(receivedAt, emergency, coordinated).Steps;

    /// <summary>
    /// The preview with what cannot be placed ahead of time: steps without a time limit and the steps counting from what
    /// they produce. <see cref="PlanPreview.CaseDueAt"/> is null when the last step is one of them.
    /// </summary>
    public PlanPreview PreviewPlan(DateTimeOffset receivedAt, bool emergency, bool coordinated = false)
    {
        var plan = profile.PlanFor(emergency, coordinated);
        var milestones = new DateTimeOffset?[MilestoneCount];
        milestones[(int)Milestone.Received] = receivedAt;
        var chain = Chain(plan, 0, receivedAt, receivedAt, milestones, Commitments.None);
        return new PlanPreview(chain.Steps, chain.Unscheduled, chain.CaseDueAt);
    }

    /// <summary>The deadlines of a live case as of its last event.</summary>
    public CaseDeadlines Plan(CaseState state)
    {
        if (state.Stage is CaseStage.Rejected or CaseStage.ClosedAtFirstContact)
            return CaseDeadlines.Closed;
        if (state.Stage is CaseStage.Published)
            return PlanFollowUp(state);

        var plan = profile.PlanFor(state.IsEmergency, state.CoordinatingAgencyIds.Length > 0);
        return state.Stage switch
        {
            CaseStage.AwaitingClarification => PlanClarification(state, plan),
            CaseStage.SentBack when RedoRuleFor(state.SentBackKind) is { } redo => PlanRedo(state, plan, redo),
            _ => PlanFromStep(state, plan, CurrentStep(state)),
        };
    }

    private CaseDeadlines PlanFromStep(CaseState state, IReadOnlyList<StepRule> plan, SlaStep wanted)
    {
        var index = IndexAtOrAfter(plan, wanted);
        if (index < 0)
            return CaseDeadlines.Closed; // the plan sets no clock from here on (e.g. an emergency after approval)

        var milestones = ReachedMilestones(state, plan, index);
        var startsAt = StepStart(state, plan[index].Step);
        var chain = Chain(plan, index, startsAt, state.ReceptionStartedAt, milestones, new Commitments(state.VerificationDueAt, state.CommittedDueAt));
        // A step without a time limit runs no clock; the case's clock is the first later step that can be placed.
        return chain.FirstPlaced is { } rule ? Deadlines(state, rule, chain) : CaseDeadlines.Closed;
    }

    private CaseDeadlines PlanClarification(CaseState state, IReadOnlyList<StepRule> plan)
    {
        var requestedAt = state.ClarificationRequestedAt ?? state.LastEventAt;
        if (profile.Clarification is not { } rule)
            return CaseDeadlines.Closed; // the reporter's silence has no deadline in this province
        var due = calendar.Add(requestedAt, rule.Duration);
        var current = Place(SlaStep.Clarification, StepHolder.Reporter, rule.Duration, requestedAt, due, rule.Article);
        // Plan the rest as if the reporter answered on the last day: reception restarts then.
        var milestones = new DateTimeOffset?[MilestoneCount];
        milestones[(int)Milestone.Received] = state.ReceivedAt;
        var rest = Chain(plan, 0, due, due, milestones, Commitments.None);
        return WithWindow(state, current, [current, .. rest.Steps], escalation: null, rest.CaseDueAt);
    }

    private CaseDeadlines PlanRedo(CaseState state, IReadOnlyList<StepRule> plan, TimedRule redo)
    {
        var sentBackAt = state.SentBackAt ?? state.LastEventAt;
        var due = calendar.Add(sentBackAt, redo.Duration);
        var current = Place(SlaStep.Redo, StepHolder.LeadAgency, redo.Duration, sentBackAt, due, redo.Article);
        var next = IndexAtOrAfter(plan, SlaStep.Approval);
        if (next < 0)
            return WithWindow(state, current, [current], escalation: null, current.DueAt);
        var milestones = ReachedMilestones(state, plan, next);
        milestones[(int)Milestone.ResultSubmitted] = due;
        var rest = Chain(plan, next, due, state.ReceptionStartedAt, milestones, Commitments.None);
        return WithWindow(state, current, [current, .. rest.Steps], escalation: null, rest.CaseDueAt);
    }

    private CaseDeadlines PlanFollowUp(CaseState state)
    {
        if (state.FollowUpAskedAt is not { } askedAt || profile.FollowUp is not { } rule)
            return CaseDeadlines.Closed;
        var due = calendar.Add(askedAt, rule.Duration);
        var current = Place(SlaStep.FollowUp, StepHolder.LeadAgency, rule.Duration, askedAt, due, rule.Article);
        return WithWindow(state, current, [current], escalation: null, current.DueAt);
    }

    /// <summary>The step the case's stage puts it in, before looking at which steps the plan has.</summary>
    private static SlaStep CurrentStep(CaseState state) => state.Stage switch
    {
        CaseStage.Received => SlaStep.Reception,
        CaseStage.Routed => SlaStep.Acceptance,
        CaseStage.Accepted when state.CoordinationRequestedAt is null => SlaStep.CoordinationRequest,
        CaseStage.Accepted when state.PendingCoordination.Length > 0 => SlaStep.Coordination,
        CaseStage.Accepted or CaseStage.SentBack => SlaStep.Processing,
        CaseStage.ResultSubmitted => SlaStep.Approval,
        CaseStage.Approved => SlaStep.Publication,
        _ => throw new InvalidOperationException($"Stage {state.Stage} has no plan step."),
    };

    /// <summary>When the current step began: the milestone that put the case in it.</summary>
    private static DateTimeOffset StepStart(CaseState state, SlaStep step) => step switch
    {
        SlaStep.Reception => state.ReceptionStartedAt,
        SlaStep.Acceptance => state.RoutedAt ?? state.LastEventAt,
        SlaStep.CoordinationRequest => state.AcceptedAt ?? state.RoutedAt ?? state.LastEventAt,
        SlaStep.Coordination => state.CoordinationRequestedAt ?? state.LastEventAt,
        SlaStep.Processing => state.CoordinationCompletedAt ?? state.AcceptedAt ?? state.RoutedAt ?? state.LastEventAt,
        SlaStep.Approval => state.ResultSubmittedAt ?? state.LastEventAt,
        SlaStep.Publication => state.ApprovedAt ?? state.ResultSubmittedAt ?? state.LastEventAt,
        _ => state.LastEventAt,
    };

    /// <summary>The real instants of the milestones produced by steps before <paramref name="currentIndex"/>.</summary>
    private static DateTimeOffset?[] ReachedMilestones(CaseState state, IReadOnlyList<StepRule> plan, int currentIndex)
    {
        var milestones = new DateTimeOffset?[MilestoneCount];
        milestones[(int)Milestone.Received] = state.ReceivedAt;
        for (var i = 0; i < currentIndex; i++)
        {
            if (plan[i].Step.Produces() is { } m)
                milestones[(int)m] = Reached(state, m);
        }
        return milestones;
    }

    private static DateTimeOffset? Reached(CaseState state, Milestone milestone) => milestone switch
    {
        Milestone.Received => state.ReceivedAt,
        Milestone.Routed => state.RoutedAt,
        // A plan without an acceptance step treats routing as acceptance.
        Milestone.Accepted => state.AcceptedAt ?? state.RoutedAt,
        Milestone.CoordinationRequested => state.CoordinationRequestedAt,
        Milestone.CoordinationCompleted => state.CoordinationCompletedAt,
        Milestone.ResultSubmitted => state.ResultSubmittedAt,
        Milestone.Approved => state.ApprovedAt,
        _ => null,
    };

    /// <summary>
    /// Places the steps of <paramref name="plan"/> from <paramref name="first"/> on: each is due its duration after its
    /// milestone (reached, or planned by an earlier step) and starts when the previous placed step is due. A step without
    /// a time limit, or counting from a milestone that only such a step produces, cannot be placed and is listed instead.
    /// </summary>
    private ChainResult Chain(
        IReadOnlyList<StepRule> plan, int first, DateTimeOffset start, DateTimeOffset receptionStart,
        DateTimeOffset?[] milestones, Commitments commitments)
    {
        var steps = new List<PlannedStep>(plan.Count - first);
        var unscheduled = new List<StepRule>();
        StepRule? firstPlaced = null;
        DateTimeOffset? lastDue = null;
        var startsAt = start;
        for (var i = first; i < plan.Count; i++)
        {
            var rule = plan[i];
            var committed = commitments.For(rule.Step);
            // The current step counts from its own start when the plan never produced its milestone.
            var from = rule.Step == SlaStep.Reception ? receptionStart : milestones[(int)rule.From] ?? (i == first ? startsAt : null);
            if (rule.Duration is not { } duration || (committed ?? from) is null)
            {
                unscheduled.Add(rule);
                lastDue = null;
                continue;
            }

            var due = committed ?? calendar.Add(from!.Value, duration);
            steps.Add(Place(rule.Step, rule.Holder, duration, startsAt, due, rule.Article));
            firstPlaced ??= rule;
            // A committed date (extension, appointment) replaces the step's own clock, escalation included (004 Điều 9.1.b, 10.4).
            if (rule.EscalateTo is { } escalation && committed is null)
            {
                // The same step passes to the next holder when its deadline goes by unanswered.
                var escalatedDue = calendar.Add(milestones[(int)escalation.From] ?? startsAt, escalation.Duration);
                steps.Add(Place(rule.Step, escalation.Holder, escalation.Duration, due, escalatedDue, escalation.Article));
                due = escalatedDue;
            }
            if (rule.Step.Produces() is { } produced)
                milestones[(int)produced] ??= due;
            startsAt = due;
            lastDue = due;
        }
        return new ChainResult(steps, firstPlaced, unscheduled, lastDue);
    }

    private CaseDeadlines Deadlines(CaseState state, StepRule rule, ChainResult chain)
    {
        var steps = chain.Steps;
        var current = steps[0];
        StepEscalationPlan? escalation = null;
        if (rule.EscalateTo is { } to && steps.Count > 1 && steps[1].Step == current.Step)
        {
            var next = steps[1];
            escalation = new StepEscalationPlan(to.Holder, current.DueAt, next.DueAt, DueSoonAt(state, next.StartsAt, next.DueAt, next.ClockTime), to.Article);
        }
        return WithWindow(state, current, steps, escalation, chain.CaseDueAt);
    }

    private CaseDeadlines WithWindow(
        CaseState state, PlannedStep current, IReadOnlyList<PlannedStep> steps, StepEscalationPlan? escalation, DateTimeOffset? caseDueAt)
    {
        return new CaseDeadlines
        {
            Current = current,
            DueSoonAt = DueSoonAt(state, current.StartsAt, current.DueAt, current.ClockTime),
            Escalation = escalation,
            Remaining = steps,
            CaseDueAt = caseDueAt,
        };
    }

    /// <summary>The due-soon window, capped at half the step so a short step is not due soon from its start.</summary>
    private DateTimeOffset DueSoonAt(CaseState state, DateTimeOffset start, DateTimeOffset due, bool clock)
    {
        if (due <= start)
            return due;
        var window = (state.IsEmergency ? profile.DueSoon.Emergency : profile.DueSoon.Normal).ToTimeSpan(calendar.OfficeHours.DayLength);
        var length = calendar.Measure(start, due, clock);
        var lead = window < length / 2 ? window : length / 2;
        return clock ? due - lead : calendar.AddWorkingTime(start, length - lead);
    }

    private TimedRule? RedoRuleFor(SendBackKind? kind) => kind switch
    {
        SendBackKind.FormatFix => profile.Redo.FormatFix,
        SendBackKind.Inaccurate => profile.Redo.Inaccurate,
        SendBackKind.EmptyAnswer => profile.Redo.EmptyAnswer,
        _ => null,
    };

    /// <summary>The first step of the plan at or after <paramref name="step"/> in the canonical order; -1 if none.</summary>
    private static int IndexAtOrAfter(IReadOnlyList<StepRule> plan, SlaStep step)
    {
        for (var i = 0; i < plan.Count; i++)
        {
            if (plan[i].Step >= step)
                return i;
        }
        return -1;
    }

    private static PlannedStep Place(SlaStep step, StepHolder holder, SlaDuration duration, DateTimeOffset startsAt, DateTimeOffset due, string article) =>
        new(step, holder, duration, startsAt, due, article);

    /// <summary>Dates that replace a step's own clock: a verification extension (000 Điều 7.1.a) and a processing extension or appointment.</summary>
    private readonly record struct Commitments(DateTimeOffset? Acceptance, DateTimeOffset? Processing)
    {
        public static Commitments None => default;

        public DateTimeOffset? For(SlaStep step) => step switch
        {
            SlaStep.Acceptance => Acceptance,
            SlaStep.Processing => Processing,
            _ => null,
        };
    }

    private sealed record ChainResult(List<PlannedStep> Steps, StepRule? FirstPlaced, List<StepRule> Unscheduled, DateTimeOffset? CaseDueAt);
}
