using Ioc.Hub.Cases;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Sla.Deadlines;
using Ioc.Hub.Sla.Profiles;

namespace Ioc.Hub.Tests.Cases;

/// <summary>The state machine's province-independent behaviour: ordering, idempotency, refusals never throwing.</summary>
public sealed class CaseStateMachineTests
{
    private readonly CaseStateMachine machine = new(SampleCase.Catalog);
    private readonly SampleCase sample = new();

    private CaseState Run(params CaseEvent[] events)
    {
        var outcome = machine.Replay(events);
        Assert.True(outcome.Applied, outcome.Refusal?.ToString());
        return outcome.State!;
    }

    [Fact]
    public void AFullLifeEndsResolvedWithEveryMilestoneRecorded()
    {
        var state = Run(sample.Received(), sample.Routed(), sample.Accepted(), sample.Result(), sample.Approved(), sample.Published());

        Assert.Equal(CaseStage.Published, state.Stage);
        Assert.False(state.IsOpen);
        Assert.Equal(6, state.LastSequence);
        Assert.Equal(state.PublishedAt, state.ResolvedAt);
        Assert.Equal("a-1", state.LeadAgencyId);
    }

    [Fact]
    public void AnEventForACaseNeverReceivedIsRefusedAsUnknown()
    {
        sample.Received();
        var outcome = machine.Apply(null, sample.Routed());

        Assert.False(outcome.Applied);
        Assert.Equal(RefusalKind.UnknownCase, outcome.Refusal!.Kind);
        Assert.Contains("case.received", outcome.Refusal.Reason);
    }

    [Fact]
    public void ARepeatedSequenceIsADuplicateAndChangesNothing()
    {
        var received = sample.Received();
        var routed = sample.Routed();
        var state = Run(received, routed);

        var outcome = machine.Apply(state, routed with { Id = Guid.NewGuid() });

        Assert.Equal(RefusalKind.Duplicate, outcome.Refusal!.Kind);
        Assert.Same(state, outcome.State);
    }

    [Fact]
    public void ASkippedSequenceIsRefusedAsOutOfOrderNamingTheExpectedNumber()
    {
        var state = Run(sample.Received());
        sample.Routed();
        var accepted = sample.Accepted();

        var outcome = machine.Apply(state, accepted);

        Assert.Equal(RefusalKind.OutOfOrder, outcome.Refusal!.Kind);
        Assert.Contains("expected sequence 2, got 3", outcome.Refusal.Reason);
    }

    [Fact]
    public void ApprovalBeforeAnyResultIsRefused()
    {
        var state = Run(sample.Received(), sample.Routed(), sample.Accepted());

        var outcome = machine.Apply(state, sample.Approved());

        Assert.Equal(RefusalKind.NotAllowed, outcome.Refusal!.Kind);
        Assert.Contains("no result waiting for approval", outcome.Refusal.Reason);
    }

    [Fact]
    public void OnlyTheLeadAgencyMayAcceptTheCase()
    {
        var state = Run(sample.Received(), sample.Routed("a-1"));

        var outcome = machine.Apply(state, sample.Accepted("a-2"));

        Assert.Equal(RefusalKind.NotAllowed, outcome.Refusal!.Kind);
        Assert.Contains("'a-2' is not the lead agency ('a-1')", outcome.Refusal.Reason);
    }

    [Fact]
    public void AnUnknownProfileIsRefusedAtReception()
    {
        var received = sample.Received() with { ProfileId = "atlantis" };

        var outcome = machine.Apply(null, received);

        Assert.Equal(RefusalKind.Invalid, outcome.Refusal!.Kind);
        Assert.Contains("unknown profile 'atlantis'", outcome.Refusal.Reason);
    }

    [Fact]
    public void AnEmergencyNeedsOneOfTheProfilesCategories()
    {
        var received = sample.Received(emergency: true) with { EmergencyCategory = "meteor" };

        var outcome = machine.Apply(null, received);

        Assert.Equal(RefusalKind.Invalid, outcome.Refusal!.Kind);
        Assert.Contains("'meteor' is not one of", outcome.Refusal.Reason);
    }

    [Fact]
    public void AnnotationsDoNotMoveTheLifecycleSequence()
    {
        var state = Run(sample.Received(), sample.Routed());

        var outcome = machine.Apply(state, sample.Reminder());

        Assert.True(outcome.Applied);
        Assert.Equal(2, outcome.State!.LastSequence);
        Assert.Equal(1, outcome.State.ReminderCount);
        Assert.True(machine.Apply(outcome.State, sample.Accepted()).Applied);
    }

    [Fact]
    public void AnAnnotationFromTheFutureIsOutOfOrder()
    {
        var state = Run(sample.Received());
        var reminder = sample.Reminder() with { Sequence = 5 };

        Assert.Equal(RefusalKind.OutOfOrder, machine.Apply(state, reminder).Refusal!.Kind);
    }

    [Fact]
    public void ARatingOffTheProfilesScaleIsRefusedAndListsTheScale()
    {
        var state = Run(sample.Received(), sample.Routed(), sample.Accepted(), sample.Result(), sample.Approved(), sample.Published());

        var outcome = machine.Apply(state, sample.Rated("acceptable"));

        Assert.Equal(RefusalKind.Invalid, outcome.Refusal!.Kind);
        Assert.Contains("satisfied (Hài lòng)", outcome.Refusal.Reason);
    }

    [Fact]
    public void AConfidentialCaseIsNeverPublishedPublicly()
    {
        // DOMAIN "Rules common to all five": confidential cases are never shown on the public portal.
        var received = sample.Received() with { IsConfidential = true };
        var state = Run(received, sample.Routed(), sample.Accepted(), sample.Result(), sample.Approved());

        var outcome = machine.Apply(state, sample.Published(PublicationVisibility.Public));

        Assert.Equal(RefusalKind.NotAllowed, outcome.Refusal!.Kind);
        Assert.True(machine.Apply(state, sample.Published(PublicationVisibility.Private) with { Sequence = 6 }).Applied);
    }

    [Fact]
    public void ASecondExtensionIsRefusedWhenTheProfileAllowsOne()
    {
        // 002 Điều 8.3: one extension only (the sample profile borrows the rule).
        var state = Run(sample.Received(), sample.Routed(), sample.Accepted());
        var planner = SampleCase.Catalog.Get("sample");
        var due = planner.Plan(state).Current!.DueAt;
        state = machine.Apply(state, sample.Extension(due.AddDays(3))).State!;
        Assert.Equal(1, state.ExtensionCount);

        var outcome = machine.Apply(state, sample.Extension(due.AddDays(5)));

        Assert.Equal(RefusalKind.LimitReached, outcome.Refusal!.Kind);
        Assert.Contains("002 Điều 8.3", outcome.Refusal.Reason);
    }

    [Fact]
    public void AnExtensionReplacesTheProcessingDeadline()
    {
        var state = Run(sample.Received(), sample.Routed(), sample.Accepted());
        var planner = SampleCase.Catalog.Get("sample");
        var committed = planner.Plan(state).Current!.DueAt.AddDays(2);

        state = machine.Apply(state, sample.Extension(committed)).State!;

        var deadlines = planner.Plan(state);
        Assert.Equal(SlaStep.Processing, deadlines.Current!.Step);
        Assert.Equal(committed, deadlines.Current.DueAt);
    }

    [Fact]
    public void ReplayingTheSameEventsGivesTheSameState()
    {
        CaseEvent[] events = [sample.Received(), sample.Routed(), sample.Accepted(), sample.Result()];

        Assert.Equal(machine.Replay(events).State, machine.Replay(events).State);
    }

    [Fact]
    public void TheEvaluatorReportsOverdueOnlyAfterTheDueInstant()
    {
        var state = Run(sample.Received(), sample.Routed());
        var planner = SampleCase.Catalog.Get("sample");
        var deadlines = planner.Plan(state);
        var due = deadlines.Current!.DueAt;

        Assert.Equal(SlaStatus.DueSoon, DeadlineEvaluator.Evaluate(deadlines, due, planner.Calendar).Status);
        var late = DeadlineEvaluator.Evaluate(deadlines, due.AddMinutes(1), planner.Calendar);
        Assert.Equal(SlaStatus.Overdue, late.Status);
        Assert.Equal(TimeSpan.FromMinutes(1), late.LateBy);
    }

    [Fact]
    public void AReRouteRequestIsAnAnnotationThatLeavesTheCaseWithItsLeadAndIsRefusedForTheLeadItselfOrAClosedCase()
    {
        var state = Run(sample.Received(), sample.Routed("a-1"));
        RerouteRequested Request(string to, long sequence) => new()
        {
            Id = Guid.NewGuid(), CaseId = sample.CaseId, Sequence = sequence, OccurredAt = sample.Clock, FromAgencyId = "a-1", ToAgencyId = to, Reason = "Sai thẩm quyền",
        };

        var requested = machine.Apply(state, Request("a-2", state.LastSequence));
        var toLead = machine.Apply(state, Request("a-1", state.LastSequence));
        var other = new SampleCase("c-2");
        var published = new CaseStateMachine(SampleCase.Catalog).Replay([other.Received(), other.Routed(), other.Accepted(), other.Result(), other.Approved(), other.Published()]).State!;
        var closed = machine.Apply(published, Request("a-2", published.LastSequence) with { CaseId = "c-2" });

        Assert.True(requested.Applied);
        Assert.Equal("a-1", requested.State!.LeadAgencyId);
        Assert.Equal(state.LastSequence, requested.State.LastSequence);
        Assert.Equal(RefusalKind.NotAllowed, toLead.Refusal!.Kind);
        Assert.Equal(RefusalKind.NotAllowed, closed.Refusal!.Kind);
    }
}
