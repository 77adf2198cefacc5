using Ioc.Hub.Cases;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Scheduling;
using Ioc.Hub.Sla.Profiles;
using Ioc.Hub.Tests.Projection.Support;
using Ioc.Hub.Tests.Scheduling.Support;
using static Ioc.Hub.Tests.Scheduling.Support.SchedulerKit;

namespace Ioc.Hub.Tests.Scheduling;

/// <summary>The transitions the scheduler reads off the SLA engine, and which of them are still to emit.</summary>
public sealed class DeadlineTransitionsTests
{
    private static readonly CaseStateMachine Machine = new(SchedulerProfiles.Catalog);

    [Fact]
    public void DueSoonAndOverdueWaitForOfficeTimeAcrossTheHolidaysAndTheWeekend()
    {
        // 000 Điều 7.1.a: one working day to accept. Routed Wed 29/04/2026 15:00; 30/4 and 1/5 are public holidays, then
        // the weekend: 2 working hours on Wednesday, the rest from Monday 04/05 07:30.
        var c = new TestCase("kh-holiday").At(At(4, 29, 14));
        var state = Replay(c.Received(), c.At(At(4, 29, 15)).Routed());

        var transitions = TransitionsOf(state);

        Assert.Equal(
            [(TransitionKind.DueSoon, At(5, 4, 9, 30), At(5, 4, 15)), (TransitionKind.Overdue, At(5, 4, 15).AddTicks(1), At(5, 4, 15))],
            transitions.Select(t => (t.Kind, t.At, t.DueAt)));
        Assert.All(transitions, t => Assert.Equal((SlaStep.Acceptance, StepHolder.LeadAgency), (t.Step, t.Holder)));
    }

    [Fact]
    public void DongNaiPassesTheStepToTheAgencyHeadAfterEightWorkingHoursAndIsOverdueOnlyAfterItsFortyEight()
    {
        // 004 Điều 9.1.b, 10.1–10.2: the focal officer has 08 working hours from the transfer, then the agency head
        // 48 working hours (from the transfer); only then "trễ hạn". Office hours 07:00–11:30 / 13:00–16:30.
        var c = new TestCase("dn-escalation", SchedulerProfiles.DongNai) { Lead = "dn-sxd" }.At(At(5, 4, 8, 50));
        var state = Replay(c.Received(), c.At(At(5, 4, 9)).Routed());

        var transitions = TransitionsOf(state);

        Assert.Equal(
            [
                (TransitionKind.DueSoon, At(5, 4, 14, 30), At(5, 5, 9), StepHolder.FocalOfficer),
                (TransitionKind.Escalated, At(5, 5, 9).AddTicks(1), At(5, 12, 9), StepHolder.AgencyHead),
                (TransitionKind.DueSoon, At(5, 11, 14, 30), At(5, 12, 9), StepHolder.AgencyHead),
                (TransitionKind.Overdue, At(5, 12, 9).AddTicks(1), At(5, 12, 9), StepHolder.AgencyHead),
            ],
            transitions.Select(t => (t.Kind, t.At, t.DueAt, t.Holder)));
    }

    [Fact]
    public void AnEmergencyRunsOnClockHoursThroughASaturdayNight()
    {
        // 000 Điều 10.1: an emergency is handled within one hour, around the clock; due soon 15 minutes before.
        var c = new TestCase("kh-night").At(At(5, 9, 22, 10));
        var state = Replay(c.Received(emergency: true));

        Assert.Equal(
            [(TransitionKind.DueSoon, At(5, 9, 22, 55)), (TransitionKind.Overdue, At(5, 9, 23, 10).AddTicks(1))],
            TransitionsOf(state).Select(t => (t.Kind, t.At)));
    }

    [Fact]
    public void ARecordedNoticeCoversTheEarlierOnesAndOnlyWhatHasFallenIsDue()
    {
        var c = new TestCase("kh-recorded").At(At(5, 4, 8));
        var state = Replay(c.Received(), c.At(At(5, 4, 9)).Routed());
        var (dueSoon, overdue) = (TransitionsOf(state)[0], TransitionsOf(state)[1]);

        var before = Plan(state, dueSoon.At.AddTicks(-1));
        Assert.Equal((0, dueSoon.At), (before.Due.Count, before.Next));

        // The scheduler was down through both: the catch-up emits both, in order.
        var late = Plan(state, overdue.At.AddHours(30));
        Assert.Equal([dueSoon, overdue], late.Due);
        Assert.Null(late.Next);

        var afterDueSoon = Plan(state with { LastDeadlineNotice = dueSoon.Notice }, overdue.At);
        Assert.Equal([overdue], afterDueSoon.Due);

        var afterOverdue = Plan(state with { LastDeadlineNotice = overdue.Notice }, overdue.At.AddDays(3));
        Assert.Equal((0, null), (afterOverdue.Due.Count, afterOverdue.Next));

        // Appended but not yet projected: not appended again.
        var inFlight = Plan(state, overdue.At, id => id == overdue.EventId(c.CaseId));
        Assert.Empty(inFlight.Due);
    }

    [Fact]
    public void AnEscalationAlreadyMadeBySupervisorsIsNotRepeated()
    {
        var c = new TestCase("dn-manual", SchedulerProfiles.DongNai) { Lead = "dn-sxd" }.At(At(5, 4, 8, 50));
        var state = Replay(c.Received(), c.At(At(5, 4, 9)).Routed());
        var escalated = state with { EscalationLevel = EscalationLevel.AgencyHead, EscalatedAt = At(5, 4, 10) };

        var plan = Plan(escalated, At(5, 5, 10));

        Assert.DoesNotContain(plan.Due, t => t.Kind == TransitionKind.Escalated);
        Assert.Single(plan.Due, t => t.Kind == TransitionKind.DueSoon && t.Holder == StepHolder.FocalOfficer);
        // An escalation of an earlier routing does not count for this one.
        Assert.Contains(Plan(state with { EscalationLevel = EscalationLevel.AgencyHead, EscalatedAt = At(5, 4, 8, 55) }, At(5, 5, 10)).Due,
            t => t.Kind == TransitionKind.Escalated);
    }

    [Fact]
    public void EventIdsDependOnlyOnTheCaseAndTheTransition()
    {
        var c = new TestCase("kh-ids").At(At(5, 4, 8));
        var state = Replay(c.Received(), c.At(At(5, 4, 9)).Routed());
        var first = TransitionsOf(state);
        var again = TransitionsOf(state with { LastEventAt = At(5, 4, 9, 30), ReminderCount = 3 });

        Assert.Equal(first.Select(t => t.EventId(c.CaseId)), again.Select(t => t.EventId(c.CaseId)));
        Assert.Equal(first.Count, first.Select(t => t.EventId(c.CaseId)).Distinct().Count());
        Assert.NotEqual(first[0].EventId(c.CaseId), first[0].EventId("kh-other"));
        Assert.NotEqual(first[0].EventId(c.CaseId), (first[0] with { DueAt = first[0].DueAt.AddDays(1) }).EventId(c.CaseId));
        Assert.All(first, t => Assert.Equal(5, t.EventId(c.CaseId).Version));
    }

    [Fact]
    public void NameBasedGuidsMatchTheRfcVersionFiveAlgorithm()
    {
        // RFC 9562 §5.5 with the DNS namespace; the same value as Python's uuid.uuid5(uuid.NAMESPACE_DNS, "www.example.com").
        var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
        Assert.Equal(new Guid("2ed6657d-e927-568b-95e1-2665a8aea6a2"), NameBasedGuid.Create(dns, "www.example.com"));
    }

    [Fact]
    public void TheEventsNameTheStepTheDeadlineAndTheInstantItFell()
    {
        var c = new TestCase("dn-events", SchedulerProfiles.DongNai) { Lead = "dn-sxd" }.At(At(5, 4, 8, 50));
        var state = Replay(c.Received(), c.At(At(5, 4, 9)).Routed());
        var deadlines = SchedulerProfiles.Catalog.Get(SchedulerProfiles.DongNai).Plan(state);
        var transitions = TransitionsOf(state);

        var escalated = Assert.IsType<CaseEscalated>(TransitionEvents.Create(state, deadlines, transitions[1]));
        // 004 Điều 9.1.b: after 08 working hours the head of the agency takes the case, for 48 working hours.
        Assert.Equal((EscalationLevel.AgencyHead, true, "dn-sxd", At(5, 5, 9), state.LastSequence, "ioc.scheduler"),
            (escalated.Level, escalated.Automatic, escalated.AgencyId, escalated.OccurredAt, escalated.Sequence, escalated.Actor));
        Assert.Equal("Cán bộ đầu mối chưa phản hồi sau 8 giờ làm việc kể từ 09:00 04/05/2026; chuyển thủ trưởng đơn vị giải quyết, "
            + "hạn 09:00 12/05/2026 (004 Điều 10.2; 9.1.b).", escalated.Reason);

        var overdue = Assert.IsType<DeadlineStateChanged>(TransitionEvents.Create(state, deadlines, transitions[3]));
        Assert.Equal(("processing", SlaStatus.Overdue, At(5, 12, 9), At(5, 12, 9)), (overdue.Step, overdue.Status, overdue.DueAt, overdue.OccurredAt));
        var dueSoon = Assert.IsType<DeadlineStateChanged>(TransitionEvents.Create(state, deadlines, transitions[0]));
        Assert.Equal((SlaStatus.DueSoon, At(5, 4, 14, 30), At(5, 5, 9)), (dueSoon.Status, dueSoon.OccurredAt, dueSoon.DueAt));
        Assert.Empty(new Ioc.Hub.Cases.Events.Validation.CaseEventValidator(TimeProvider.System).Validate(escalated));
        Assert.Empty(new Ioc.Hub.Cases.Events.Validation.CaseEventValidator(TimeProvider.System).Validate(overdue));
    }

    private static CaseState Replay(params CaseEvent[] events)
    {
        var outcome = Machine.Replay(events);
        Assert.True(outcome.Applied, outcome.Refusal?.Reason);
        return outcome.State!;
    }

    private static IReadOnlyList<DeadlineTransition> TransitionsOf(CaseState state)
    {
        var planner = SchedulerProfiles.Catalog.Get(state.ProfileId);
        return DeadlineTransitions.Of(planner.Plan(state), planner.Calendar);
    }

    private static TransitionPlan Plan(CaseState state, DateTimeOffset now, Func<Guid, bool>? inFlight = null)
    {
        var planner = SchedulerProfiles.Catalog.Get(state.ProfileId);
        return DeadlineTransitions.Plan(state.CaseId, state, planner.Plan(state), planner.Calendar, now, inFlight ?? (_ => false));
    }
}
