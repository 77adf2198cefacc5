using Ioc.Data.Reminders;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Projection;
using Ioc.Hub.Sla.Calendar;
using Ioc.Hub.Sla.Deadlines;
using Ioc.Hub.Sla.Profiles;

namespace Ioc.Hub.Reminders.Policy;

/// <summary>One automatic reminder a rule wants sent. <see cref="Key"/> names it for good: the same key is never sent twice.</summary>
public sealed record PolicyAction(string Key, ReminderScope Scope, IReadOnlyList<RecipientChoice> Recipients, string Reason);

/// <summary>
/// What a policy asks for a case at an instant, read from the SLA engine itself (<see cref="DeadlineEvaluator"/>), so it
/// agrees with the scheduler and the screens. Pure: a test moves the clock and asks again.
/// </summary>
public static class PolicyRules
{
    public static IReadOnlyList<PolicyAction> For(ProjectedCase c, ReminderPolicy policy, WorkingCalendar calendar, DateTimeOffset now)
    {
        var actions = new List<PolicyAction>();
        var state = c.State;
        if (!state.IsOpen)
            return actions;
        if (state.IsEmergency && state.EmergencyAcknowledgedAt is null && policy.EmergencyAlertAfterMinutes is { } minutes
            && now - state.ReceivedAt >= TimeSpan.FromMinutes(minutes))
        {
            actions.Add(new($"{c.CaseId}/emergency-unacknowledged", ReminderScope.Case, [], $"Phản ánh khẩn chưa được xác nhận sau {minutes} phút."));
        }
        var eval = DeadlineEvaluator.Evaluate(c.Deadlines, now, calendar);
        if (!eval.HasClock || state.LeadAgencyId is null || eval.StepDueAt is not { } due)
            return actions;
        var step = SnapshotNames.Step(eval.Step!.Value);
        var holder = eval.Holder ?? StepHolder.FocalOfficer;
        if (holder is StepHolder.OperationsCenter or StepHolder.Reporter)
            return actions; // the operations center's own step, or the reporter's: no agency to remind
        if (eval.Status == SlaStatus.DueSoon && policy.DueSoon is { } dueSoon)
            actions.Add(new($"{c.CaseId}/due-soon/{step}/{holder}/{due.UtcTicks}", ReminderScope.Case, Resolve(dueSoon.Recipients, holder), dueSoon.Article));
        if (eval.Escalated && policy.Escalation is { } escalation)
            actions.Add(new($"{c.CaseId}/escalated/{step}/{holder}", ReminderScope.Escalation, Resolve(escalation.Recipients, holder), escalation.Article));
        if (eval.Status == SlaStatus.Overdue)
        {
            // Only the highest rung reached: a case first seen far past its deadline (a start over a backlog, a
            // replay) goes to the rung it has reached, not to every rung below it at once.
            for (var i = policy.Overdue.Count - 1; i >= 0; i--)
            {
                var rung = policy.Overdue[i];
                if (eval.LateBy >= TimeSpan.FromHours((double)rung.AfterWorkingHours))
                {
                    actions.Add(new($"{c.CaseId}/overdue/{step}/{due.UtcTicks}/{i}", ReminderScope.Case, Resolve(rung.Recipients, holder), rung.Article));
                    break;
                }
            }
        }
        return actions;
    }

    /// <summary>Whether the month's summary is due at <paramref name="now"/>, and the month it covers (the previous one).</summary>
    public static (bool Due, DateOnly Month) Summary(MonthlySummaryRule rule, DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, WorkingCalendar.VietnamTime);
        var day = Math.Min(rule.Day, DateTime.DaysInMonth(local.Year, local.Month));
        var sendAt = new DateTime(local.Year, local.Month, day, rule.Hour, 0, 0);
        var covered = new DateOnly(local.Year, local.Month, 1).AddMonths(-1);
        return (local.DateTime >= sendAt, covered);
    }

    private static string RoleOf(StepHolder holder) => holder switch
    {
        StepHolder.AgencyHead => RecipientRoles.Head,
        StepHolder.Approver => RecipientRoles.Leader,
        _ => RecipientRoles.FocalOfficer,
    };

    private static IReadOnlyList<RecipientChoice> Resolve(IReadOnlyList<RecipientChoice> recipients, StepHolder holder) =>
        [.. recipients.Select(r => r.Role == "holder" ? r with { Role = RoleOf(holder) } : r)];
}
