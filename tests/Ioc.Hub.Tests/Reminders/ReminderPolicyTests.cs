using Ioc.Hub.Cases;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Projection;
using Ioc.Hub.Reminders;
using Ioc.Hub.Reminders.Policy;
using Ioc.Hub.Tests.Projection.Support;
using Ioc.Hub.Tests.Scheduling.Support;
using static Ioc.Hub.Tests.Scheduling.Support.SchedulerKit;

namespace Ioc.Hub.Tests.Reminders;

/// <summary>The automatic policy's rules on the working calendar, as the clock moves (the rules take the instant, like a FakeTimeProvider's).</summary>
public sealed class ReminderPolicyTests
{
    private static readonly CaseStateMachine Machine = new(SchedulerProfiles.Catalog);
    private static readonly PolicyCatalog Policies = PolicyCatalog.LoadDefault();

    private static ProjectedCase Project(params CaseEvent[] events)
    {
        var outcome = Machine.Replay(events);
        Assert.True(outcome.Applied, outcome.Refusal?.Reason);
        var state = outcome.State!;
        return new ProjectedCase(state, SchedulerProfiles.Catalog.Get(state.ProfileId).Plan(state), [], null);
    }

    private static IReadOnlyList<PolicyAction> Actions(ProjectedCase c, string policy, DateTimeOffset now) =>
        PolicyRules.For(c, Policies.For(policy)!, SchedulerProfiles.Catalog.Get(c.State.ProfileId).Calendar, now);

    [Fact]
    public void DongNaiTellsTheFocalOfficerBySmsThenTheAgencyHeadBySmsWhenEightWorkingHoursPass()
    {
        // 004 Điều 9.1.b: the focal officer is told by SMS and has 08 working hours; then the case goes to the agency
        // head "qua phần mềm và qua tin nhắn SMS", who has 48 working hours from the transfer (Điều 10.2).
        // Office hours 07:00–11:30 / 13:00–16:30; routed Monday 04/05/2026 09:00, so 8 WH end Tuesday 09:00.
        var c = new TestCase("dn-1", SchedulerProfiles.DongNai) { Lead = "dn-sxd" }.At(At(5, 4, 8, 50));
        var projected = Project(c.Received(), c.At(At(5, 4, 9)).Routed());

        Assert.Empty(Actions(projected, "dong-nai", At(5, 4, 14, 29)));

        // Due soon 4 WH before the deadline (the profile's threshold): the holder, the focal officer, by SMS.
        var dueSoon = Assert.Single(Actions(projected, "dong-nai", At(5, 4, 14, 30)));
        Assert.Equal(ReminderScope.Case, dueSoon.Scope);
        Assert.Equal("focal-officer:sms", Describe(dueSoon));
        Assert.Contains("004 Điều 9.1.b", dueSoon.Reason);

        // Tuesday 09:00 + a moment: escalated to the head, notified by SMS; the head's clock runs until 12/05 09:00.
        var escalated = Assert.Single(Actions(projected, "dong-nai", At(5, 5, 9, 1)));
        Assert.Equal(ReminderScope.Escalation, escalated.Scope);
        Assert.Equal("head:sms", Describe(escalated));

        // The head's due-soon goes to the holder, now the head; and the keys differ from the focal officer's.
        var headDueSoon = Actions(projected, "dong-nai", At(5, 11, 14, 30));
        Assert.Contains(headDueSoon, a => a.Key.Contains("due-soon") && a.Recipients[0].Role == "head");
        Assert.DoesNotContain(headDueSoon, a => a.Key == dueSoon.Key);

        // 48 WH passed (004 Điều 10.2): overdue, the ladder's rung goes to the head by SMS and e-mail.
        var overdue = Actions(projected, "dong-nai", At(5, 12, 9, 1));
        Assert.Contains(overdue, a => a.Key.Contains("/overdue/") && a.Recipients[0].Role == "head" && a.Recipients[0].Channels.Contains("email"));
        Assert.Contains(overdue, a => a.Key == escalated.Key); // same key: sent once, whatever the rounds
    }

    [Fact]
    public void AnUnansweredReminderClimbsTheLadderInWorkingHours()
    {
        // 000 Điều 17.2 (đôn đốc, nhắc nhở); the rungs at 0, 8 and 16 working hours late are the policy file's choice.
        var c = new TestCase("kh-ladder").At(At(5, 4, 8));
        var projected = Project(c.Received(), c.At(At(5, 4, 9)).Routed());
        // First seen far past the deadline: only the rung reached (the head), not every rung below it at once.
        var overdueAt = Actions(projected, "khanh-hoa", At(5, 30, 9)).Where(a => a.Key.Contains("/overdue/")).ToList();
        Assert.Equal(["head"], overdueAt.Select(a => a.Recipients[0].Role));

        // Find the first overdue instant by walking the working days, then check each rung's threshold.
        var calendar = SchedulerProfiles.Catalog.Get(projected.State.ProfileId).Calendar;
        var due = Hub.Sla.Deadlines.DeadlineEvaluator.Evaluate(projected.Deadlines, At(5, 4, 10), calendar).StepDueAt!.Value;
        Assert.Equal(["focal-officer"], Rungs(projected, due.AddMinutes(1)));
        Assert.Equal(["focal-officer"], Rungs(projected, calendar.AddWorkingTime(due, TimeSpan.FromHours(8)).AddMinutes(-1)));
        // Each rung has its own key, so a process that saw the focal officer's rung sends the leader's later, once.
        Assert.Equal(["leader"], Rungs(projected, calendar.AddWorkingTime(due, TimeSpan.FromHours(8)).AddMinutes(1)));
        Assert.Equal(["head"], Rungs(projected, calendar.AddWorkingTime(due, TimeSpan.FromHours(16)).AddMinutes(1)));
    }

    private static string Describe(PolicyAction action) => string.Join(" ", action.Recipients.Select(r => $"{r.Role}:{string.Join(',', r.Channels)}"));

    private static IEnumerable<string> Rungs(ProjectedCase c, DateTimeOffset now) =>
        Actions(c, "khanh-hoa", now).Where(a => a.Key.Contains("/overdue/")).Select(a => a.Recipients[0].Role);

    [Fact]
    public void AnAnsweredCaseLeavesTheLadder()
    {
        var c = new TestCase("kh-answered").At(At(5, 4, 8));
        var routed = Project(c.Received(), c.At(At(5, 4, 9)).Routed());
        Assert.NotEmpty(Actions(routed, "khanh-hoa", At(5, 30, 9)));
        // The agency submits its result: the processing clock stops, nothing more to chase at that step.
        var c2 = new TestCase("kh-answered").At(At(5, 4, 8));
        var answered = Project(c2.Received(), c2.At(At(5, 4, 9)).Routed(), c2.At(At(5, 4, 10)).Accepted(), c2.At(At(5, 5, 10)).Result());
        Assert.DoesNotContain(Actions(answered, "khanh-hoa", At(5, 30, 9)), a => a.Key.Contains("/processing/"));
    }

    [Fact]
    public void AnEmergencyUnacknowledgedForFifteenMinutesAlertsTheSupervisorsUntilAcknowledged()
    {
        // The policy's 15 minutes; 000 Điều 10.1 gives the whole emergency one hour, around the clock.
        var c = new TestCase("kh-fire").At(At(5, 9, 22, 10));
        var received = c.Received(emergency: true);
        var open = Project(received);
        Assert.DoesNotContain(Actions(open, "khanh-hoa", At(5, 9, 22, 24)), a => a.Key.EndsWith("emergency-unacknowledged"));
        var alert = Assert.Single(Actions(open, "khanh-hoa", At(5, 9, 22, 25)), a => a.Key.EndsWith("emergency-unacknowledged"));
        Assert.Empty(alert.Recipients); // the supervisors on duty, from configuration

        var acknowledged = Project(received, c.At(At(5, 9, 22, 20)).Acknowledged());
        Assert.DoesNotContain(Actions(acknowledged, "khanh-hoa", At(5, 9, 22, 40)), a => a.Key.EndsWith("emergency-unacknowledged"));
    }

    [Fact]
    public void KhanhHoasMonthlySummaryIsDueOnTheFirstAtEightAndCoversThePreviousMonth()
    {
        // 000 Điều 17.2: "Hàng tháng gửi báo cáo tổng hợp các trường hợp xử lý quá hạn … cho lãnh đạo các cơ quan xử lý".
        var rule = Policies.For("khanh-hoa")!.MonthlySummary!;
        Assert.Contains("000 Điều 17.2", rule.Article);
        Assert.Equal("leader", rule.Recipients.Single().Role);
        Assert.False(PolicyRules.Summary(rule, new DateTimeOffset(2026, 12, 1, 7, 59, 0, TestCase.Vietnam)).Due);
        var due = PolicyRules.Summary(rule, new DateTimeOffset(2026, 12, 1, 8, 0, 0, TestCase.Vietnam));
        Assert.Equal((true, new DateOnly(2026, 11, 1)), due);
        Assert.Equal(new DateOnly(2026, 12, 1), PolicyRules.Summary(rule, new DateTimeOffset(2027, 1, 15, 0, 0, 0, TestCase.Vietnam)).Month);
    }

    [Fact]
    public void EveryProvinceHasAPolicyThatCitesItsSeed()
    {
        foreach (var (profile, seed) in new[] { ("khanh-hoa", "000"), ("thanh-hoa", "001"), ("soc-trang", "002"), ("tay-ninh", "003"), ("dong-nai", "004") })
        {
            var policy = Policies.For(profile);
            Assert.NotNull(policy);
            Assert.All(policy.Overdue, rung => Assert.StartsWith(seed, rung.Article));
        }
    }
}
