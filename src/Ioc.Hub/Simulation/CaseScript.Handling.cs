using Ioc.Hub.Cases;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Sla.Calendar;
using Ioc.Hub.Sla.Profiles;

namespace Ioc.Hub.Simulation;

// Handling by the lead agency: acceptance, verification, coordination, extensions, appointments and the result.
internal sealed partial class CaseScript
{
    private static readonly (int Count, double Weight)[] RescheduleCounts = [(1, 60), (2, 30), (3, 10)];

    private string Lead => State.LeadAgencyId ?? throw new InvalidOperationException("The case has no lead agency.");

    /// <summary>False when the agency's verification ends the case.</summary>
    private bool Handle()
    {
        if (!State.IsEmergency && Profile.Extensions.Verification is { } verification && PlanHas(SlaStep.Acceptance)
            && random.Chance(SimulationRates.Verification))
        {
            RegisterVerification(verification);
        }

        if (PlanHas(SlaStep.Acceptance) || !State.CoordinatingAgencyIds.IsEmpty)
        {
            var typical = State.IsEmergency ? SlaDuration.ClockMinutes(30) : SlaDuration.WorkingDays(0.5m);
            var at = When(SlaStep.Acceptance, AgencyPace(Lead), typical);
            Track(SlaStep.Acceptance, at);
            Emit(new CaseAccepted { Id = NewId(), CaseId = CaseId, Sequence = NextSequence, OccurredAt = at, Actor = Lead, AgencyId = Lead });
        }

        // 000 Điều 12: verification that fails, or an edit the reporter never makes, ends the case after routing.
        if (!State.IsEmergency && random.Chance(SimulationRates.Rejection * (1 - SimulationRates.RejectionAtReception)))
        {
            Reject(When(SlaStep.Processing, Pace.OnTime, SlaDuration.WorkingDays(2)),
                random.Chance(0.7) ? RejectionReason.VerificationFailed : RejectionReason.EditNotMade);
            return false;
        }

        if (!State.CoordinatingAgencyIds.IsEmpty)
            Coordinate();
        Process();
        return true;
    }

    /// <summary>000 Điều 7.1.a: a field trip may take up to 5 WD from submission instead of 1 WD to accept.</summary>
    private void RegisterVerification(TimedRule rule)
    {
        if (DueOf(SlaStep.Acceptance) is not { } acceptDue)
            return;
        var limit = Calendar.Add(State.ReceivedAt, rule.Duration);
        var last = State.LastEventAt;
        if (limit <= acceptDue.AddHours(1) || acceptDue <= last.AddMinutes(10))
            return;
        var at = Settle(Add(last, Calendar.WorkingTimeBetween(last, acceptDue) * random.Between(0.2, 0.8), clock: false));
        var committed = FloorToMinute(Add(acceptDue, Calendar.WorkingTimeBetween(acceptDue, limit) * random.Between(0.5, 1.0), clock: false));
        if (at >= acceptDue || committed <= at || committed > limit)
            return;
        Emit(new ExtensionRegistered
        {
            Id = NewId(), CaseId = CaseId, Sequence = NextSequence, OccurredAt = at, Actor = Lead, AgencyId = Lead,
            CommittedDueAt = committed, Reason = "Cần xác minh, kiểm tra thực tế tại hiện trường.", Kind = ExtensionKind.Verification,
        });
    }

    /// <summary>002 Điều 8.2: the lead asks its coordinating agencies, each answers (or declines) in its own time.</summary>
    private void Coordinate()
    {
        var agencies = State.CoordinatingAgencyIds;
        Emit(new CoordinationRequested
        {
            Id = NewId(), CaseId = CaseId, Sequence = NextSequence, Actor = Lead, AgencyIds = [.. agencies],
            OccurredAt = When(SlaStep.CoordinationRequest, AgencyPace(Lead), SlaDuration.WorkingDays(0.5m)),
        });
        var answers = agencies
            .Select(id => (Id: id, At: When(SlaStep.Coordination, AgencyPace(id), SlaDuration.WorkingDays(3))))
            .OrderBy(a => a.At)
            .ToList();
        foreach (var (id, at) in answers)
        {
            var declined = random.Chance(0.1);
            Emit(new CoordinationResultSubmitted
            {
                Id = NewId(), CaseId = CaseId, Sequence = NextSequence, OccurredAt = Settle(at), Actor = id, AgencyId = id,
                Summary = declined ? "Nội dung không thuộc chức năng của đơn vị, đề nghị cơ quan chủ trì xem xét." : "Đơn vị đã có ý kiến chuyên môn gửi cơ quan chủ trì.",
                Returned = declined,
            });
        }
    }

    /// <summary>The lead's work up to its result, with an extension or appointments where the profile allows them.</summary>
    private void Process()
    {
        var pace = AgencyPace(Lead);
        if (!State.IsEmergency && CanExtend() && random.Chance(pace == Pace.Late ? SimulationRates.ExtensionWhenLate : SimulationRates.ExtensionOtherwise)
            && Extend())
        {
            pace = PaceOf(0.15);
            if (CanExtend() && random.Chance(0.2) && Extend())
                pace = PaceOf(0.1);
        }
        if (!State.IsEmergency && Profile.Reschedules is { } rules && random.Chance(SimulationRates.Reschedule) && Reschedule(rules))
            pace = PaceOf(0.1);
        SubmitResult(pace);
    }

    private void SubmitResult(Pace pace)
    {
        var typical = State.IsEmergency ? SlaDuration.ClockHours((decimal)Math.Round(random.Between(1, 6), 2)) : SlaDuration.WorkingDays(3);
        var at = When(SlaStep.Processing, pace, typical);
        var late = Track(SlaStep.Processing, at);
        Emit(new ResultSubmitted
        {
            Id = NewId(), CaseId = CaseId, Sequence = NextSequence, OccurredAt = at, Actor = Lead, AgencyId = Lead,
            Summary = CaseTexts.Answer(State.FieldCode),
            PhotoCount = NeedsPhotos(State.FieldCode) ? random.Next(1, 5) : 0,
            // 003 Điều 8, 001 Điều 12: a late agency states why.
            LateReason = late ? random.Pick(CaseTexts.LateReasons) : null,
        });
    }

    private bool CanExtend() =>
        Profile.Extensions.MaxCount is not 0 && (Profile.Extensions.MaxCount is not { } max || State.ExtensionCount < max)
        && DueOf(SlaStep.Processing) is not null;

    /// <summary>002 Điều 8.3: registered before the deadline, with a committed date after it.</summary>
    private bool Extend()
    {
        var last = State.LastEventAt;
        if (DueOf(SlaStep.Processing) is not { } due || due <= last.AddMinutes(10))
            return false;
        var at = Settle(Compress(last, Add(last, Calendar.WorkingTimeBetween(last, due) * random.Between(0.6, 0.95), clock: false), clock: false));
        if (at >= due)
            return false;
        Emit(new ExtensionRegistered
        {
            Id = NewId(), CaseId = CaseId, Sequence = NextSequence, OccurredAt = at, Actor = Lead, AgencyId = Lead,
            CommittedDueAt = FloorToMinute(Calendar.AddWorkingDays(due, random.Next(1, 6))),
            Reason = random.Pick(CaseTexts.ExtensionReasons),
        });
        return true;
    }

    /// <summary>004 Điều 10.4: up to three appointments, the n-th at most its limit ahead, never past the head's deadline.</summary>
    private bool Reschedule(RescheduleRules rules)
    {
        var count = Math.Min(rules.Limits.Count, random.PickWeighted(RescheduleCounts));
        var made = false;
        for (var i = 0; i < count && State.RescheduleCount < rules.Limits.Count; i++)
        {
            var last = State.LastEventAt;
            if (Deadlines is not { Current: { Step: SlaStep.Processing } current } deadlines)
                break;
            // The focal officer sets the appointment within the first deadline when still possible (004 Điều 9.1.b).
            var due = current.DueAt > last.AddMinutes(10) ? current.DueAt : deadlines.Escalation?.DueAt ?? current.DueAt;
            var at = due > last.AddMinutes(10)
                ? Settle(Compress(last, Add(last, Calendar.WorkingTimeBetween(last, due) * random.Between(0.3, 0.8), clock: false), clock: false))
                : Settle(last);
            var limit = Calendar.Add(at, rules.Limits[State.RescheduleCount]);
            if (Planner.Plan(State with { CommittedDueAt = null }).Escalation is { } head && head.DueAt < limit)
                limit = head.DueAt;
            var appointment = FloorToMinute(Add(at, Calendar.WorkingTimeBetween(at, limit) * random.Between(0.5, 1.0), clock: false));
            if (appointment <= at.AddMinutes(15))
                break;
            Emit(new CaseRescheduled
            {
                Id = NewId(), CaseId = CaseId, Sequence = NextSequence, OccurredAt = at, Actor = Lead, AgencyId = Lead,
                AppointmentAt = appointment, Reason = "Hẹn lại thời gian trả lời do cần thêm thời gian xác minh.",
            });
            made = true;
        }
        return made;
    }

    /// <summary>Notes whether the step ends past its deadline; true when it does.</summary>
    private bool Track(SlaStep step, DateTimeOffset at)
    {
        var late = DueOf(step) is { } due && at > due;
        wasLate |= late;
        return late;
    }

    private static bool NeedsPhotos(string field) => field is "infrastructure" or "environment" or "urban-order" or "traffic"
        or "construction" or "water" or "electricity" or "fire-rescue";
}
