using Ioc.Hub.Cases.Events;
using Ioc.Hub.Sla.Deadlines;
using Ioc.Hub.Sla.Profiles;

namespace Ioc.Hub.Cases;

// New committed deadlines: extensions (000, 002, 003) and Đồng Nai's appointments (004).
public sealed partial class CaseStateMachine
{
    private static ApplyOutcome Extend(CaseState s, ExtensionRegistered x, DeadlinePlanner planner)
    {
        if (x.AgencyId != s.LeadAgencyId)
            return Refuse(s, RefusalKind.NotAllowed, $"'{x.AgencyId}' is not the lead agency ('{s.LeadAgencyId}'): only the lead registers an extension.");
        return x.Kind == ExtensionKind.Verification ? ExtendForVerification(s, x, planner) : ExtendProcessing(s, x, planner);
    }

    private static ApplyOutcome ExtendProcessing(CaseState s, ExtensionRegistered x, DeadlinePlanner planner)
    {
        var rules = planner.Profile.Extensions;
        if (rules.MaxCount == 0)
            return Refuse(s, RefusalKind.NotAllowed, $"{planner.Profile.Name}'s regulation allows no extension of the processing deadline ({rules.Article}).");
        if (rules.MaxCount is { } max && s.ExtensionCount >= max)
            return Refuse(s, RefusalKind.LimitReached, $"{planner.Profile.Name} allows {max} extension{(max == 1 ? "" : "s")} only and the case has {s.ExtensionCount} ({rules.Article}).");
        if (ProcessingDue(s, planner) is not { } due)
            return NotAllowed(s, x, "an extension is registered while the agency is processing the case.");
        // 002 Điều 8.3: registered before the deadline expires, with a committed date after it.
        if (x.OccurredAt > due)
            return Refuse(s, RefusalKind.NotAllowed, $"the extension was registered at {x.OccurredAt:O}, after the deadline {due:O} ({rules.Article}).");
        if (x.CommittedDueAt <= due)
            return Refuse(s, RefusalKind.Invalid, $"the committed date {x.CommittedDueAt:O} does not extend the deadline {due:O}.");
        return ApplyOutcome.Ok(s with { CommittedDueAt = x.CommittedDueAt, ExtensionCount = s.ExtensionCount + 1 });
    }

    private static ApplyOutcome ExtendForVerification(CaseState s, ExtensionRegistered x, DeadlinePlanner planner)
    {
        // 000 Điều 7.1.a: verification (field trips) may take up to 5 WD from submission, instead of 1 WD to accept.
        if (planner.Profile.Extensions.Verification is not { } rule)
            return Refuse(s, RefusalKind.NotAllowed, $"{planner.Profile.Name}'s regulation has no verification extension.");
        if (s.Stage != CaseStage.Routed)
            return NotAllowed(s, x, $"a verification extension is registered before the agency accepts the case ({rule.Article}).");
        if (s.VerificationDueAt is not null)
            return Refuse(s, RefusalKind.LimitReached, $"the case already has a verification extension ({rule.Article}).");
        var limit = planner.Calendar.Add(s.ReceivedAt, rule.Duration);
        if (x.CommittedDueAt > limit)
            return Refuse(s, RefusalKind.LimitReached, $"the committed date {x.CommittedDueAt:O} is later than {rule.Duration} from submission ({limit:O}, {rule.Article}).");
        return ApplyOutcome.Ok(s with { VerificationDueAt = x.CommittedDueAt });
    }

    private static ApplyOutcome Reschedule(CaseState s, CaseRescheduled r, DeadlinePlanner planner)
    {
        if (planner.Profile.Reschedules is not { } rules)
            return Refuse(s, RefusalKind.NotAllowed, $"{planner.Profile.Name}'s regulation has no reschedules (hẹn lại); use an extension.");
        if (r.AgencyId != s.LeadAgencyId)
            return Refuse(s, RefusalKind.NotAllowed, $"'{r.AgencyId}' is not the agency handling the case ('{s.LeadAgencyId}').");
        if (ProcessingDue(s, planner) is null)
            return NotAllowed(s, r, "a reschedule is made while the agency is handling the case.");
        if (s.RescheduleCount >= rules.Limits.Count)
            return Refuse(s, RefusalKind.LimitReached, $"{planner.Profile.Name} allows {rules.Limits.Count} reschedules and no more ({rules.Article}).");
        // 004 Điều 10.4: "thời hạn xử lý tối đa cho mỗi lần hẹn" — counted from when the appointment is made.
        var limit = planner.Calendar.Add(r.OccurredAt, rules.Limits[s.RescheduleCount]);
        if (r.AppointmentAt > limit)
            return Refuse(s, RefusalKind.LimitReached, $"reschedule {s.RescheduleCount + 1} may set at most {rules.Limits[s.RescheduleCount]} ({limit:O}), not {r.AppointmentAt:O} ({rules.Article}).");
        // 004 Điều 10.2: appointments never push the case past the agency head's deadline (48 WH from the transfer).
        if (planner.Plan(s with { CommittedDueAt = null }).Escalation is { } head && r.AppointmentAt > head.DueAt)
            return Refuse(s, RefusalKind.LimitReached, $"the appointment {r.AppointmentAt:O} is later than the agency head's deadline {head.DueAt:O} ({head.Article}).");
        return ApplyOutcome.Ok(s with { CommittedDueAt = r.AppointmentAt, RescheduleCount = s.RescheduleCount + 1 });
    }

    /// <summary>The processing deadline in force, or null when the case is not being processed.</summary>
    private static DateTimeOffset? ProcessingDue(CaseState s, DeadlinePlanner planner) =>
        planner.Plan(s) is { Current: { Step: SlaStep.Processing } step } deadlines
            ? deadlines.Escalation?.DueAt ?? step.DueAt
            : null;
}
