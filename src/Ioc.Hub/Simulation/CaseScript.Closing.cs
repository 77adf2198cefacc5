using Ioc.Hub.Cases;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Sla.Calendar;
using Ioc.Hub.Sla.Profiles;

namespace Ioc.Hub.Simulation;

// From the result to the end: approval (send-backs, edit-and-approve), redo, publication, follow-ups, rating, reopening.
internal sealed partial class CaseScript
{
    private const int MaxApproverSendBacks = 2;

    /// <summary>Approval and publication, with the send-backs and redos the profile defines.</summary>
    private void Conclude()
    {
        var sendBacks = 0;
        var redone = false;
        while (true)
        {
            if (State.Stage == CaseStage.ResultSubmitted)
            {
                var pace = PaceOf(SimulationRates.OperationsLate + 0.25 * context.Lateness.LateShare(Lead));
                var at = When(SlaStep.Approval, pace, State.IsEmergency ? SlaDuration.ClockHours(1) : SlaDuration.WorkingDays(0.5m));
                if (sendBacks < MaxApproverSendBacks && random.Chance(SimulationRates.ApproverSendBack))
                {
                    sendBacks++;
                    SendBack(at, SendBackKind.Approver, SlaStep.Processing);
                    continue;
                }
                Emit(new ResultApproved
                {
                    Id = NewId(), CaseId = CaseId, Sequence = NextSequence, OccurredAt = at, Actor = Lead + ".lanhdao",
                    ApproverName = context.Directory.ApproverName(Lead), Edited = random.Chance(SimulationRates.EditAndApprove),
                });
                continue;
            }

            var redoKinds = RedoKinds();
            if (!redone && redoKinds.Count > 0 && random.Chance(SimulationRates.OperationsSendBack))
            {
                redone = true;
                SendBack(When(SlaStep.Publication, Pace.OnTime, SlaDuration.WorkingHours(2)), random.Pick(redoKinds), SlaStep.Redo);
                continue;
            }
            Publish();
            return;
        }
    }

    /// <summary>The operations center's send-backs of an approved answer that the profile gives a redo clock.</summary>
    private List<SendBackKind> RedoKinds()
    {
        var kinds = new List<SendBackKind>(3);
        if (Profile.Redo.FormatFix is not null)
            kinds.Add(SendBackKind.FormatFix);
        if (Profile.Redo.Inaccurate is not null)
            kinds.Add(SendBackKind.Inaccurate);
        if (Profile.Redo.EmptyAnswer is not null)
            kinds.Add(SendBackKind.EmptyAnswer);
        return kinds;
    }

    /// <summary>Sends the result back and has the lead agency submit it again (000 Điều 8, 002 Điều 9, 003 Điều 9, 10.4).</summary>
    private void SendBack(DateTimeOffset at, SendBackKind kind, SlaStep redoStep)
    {
        Emit(new ResultSentBack
        {
            Id = NewId(), CaseId = CaseId, Sequence = NextSequence, OccurredAt = at,
            Actor = kind == SendBackKind.Approver ? Lead + ".lanhdao" : Operator, Kind = kind, Reason = random.Pick(CaseTexts.SendBackReasons),
        });
        var redoAt = When(redoStep, AgencyPace(Lead), SlaDuration.WorkingDays(1));
        Emit(new ResultSubmitted
        {
            Id = NewId(), CaseId = CaseId, Sequence = NextSequence, OccurredAt = redoAt, Actor = Lead, AgencyId = Lead,
            Summary = CaseTexts.Answer(State.FieldCode) + " Đã bổ sung theo yêu cầu.",
            PhotoCount = NeedsPhotos(State.FieldCode) ? random.Next(2, 6) : 0,
        });
    }

    private void Publish()
    {
        var typical = PlanHas(SlaStep.Publication) ? SlaDuration.WorkingDays(0.25m) : SlaDuration.ClockMinutes(30);
        var at = When(SlaStep.Publication, PaceOf(SimulationRates.OperationsLate), typical);
        var byLead = Profile.PlanFor(State.IsEmergency, !State.CoordinatingAgencyIds.IsEmpty)
            .Any(rule => rule.Step == SlaStep.Publication && rule.Holder == StepHolder.LeadAgency);
        Emit(new ResultPublished
        {
            Id = NewId(), CaseId = CaseId, Sequence = NextSequence, OccurredAt = at, Actor = byLead ? Lead : Operator,
            // DOMAIN "Rules common to all five": a confidential case is answered privately, never on a public page.
            Visibility = State.IsConfidential || State.IsStateSecret ? PublicationVisibility.Private : PublicationVisibility.Public,
        });
    }

    /// <summary>Follow-up questions and the rating; in Tây Ninh an unsatisfied rating reopens the case once (003 Điều 10.4).</summary>
    private void AfterPublication(bool firstRound)
    {
        if (firstRound && random.Chance(SimulationRates.FollowUp))
        {
            Emit(new FollowUpAsked
            {
                Id = NewId(), CaseId = CaseId, Sequence = NextSequence, OccurredAt = ReporterWhen(2, 72), Actor = ReporterActor,
                Question = random.Pick(CaseTexts.FollowUpQuestions),
            });
            Emit(new FollowUpAnswered
            {
                Id = NewId(), CaseId = CaseId, Sequence = NextSequence, Actor = Lead,
                OccurredAt = When(SlaStep.FollowUp, AgencyPace(Lead), SlaDuration.WorkingDays(2)),
                Answer = "Đơn vị đã trao đổi trực tiếp và thông tin thêm cho người phản ánh.",
            });
        }

        var scale = Profile.Satisfaction;
        if (scale.Count == 0 || !random.Chance(SimulationRates.Rated))
            return;
        var unsatisfied = firstRound && random.Chance(wasLate ? SimulationRates.UnsatisfiedWhenLate : SimulationRates.UnsatisfiedWhenOnTime);
        var level = PickLevel(scale, unsatisfied);
        Emit(new CaseRated
        {
            Id = NewId(), CaseId = CaseId, Sequence = NextSequence, OccurredAt = ReporterWhen(1, 96), Actor = ReporterActor,
            Rating = level.Code, Comment = random.Chance(0.3) ? random.Pick(CaseTexts.RatingComments) : null,
        });

        // The state machine reopened it (the profile's reopenOnUnsatisfied): the agency reprocesses.
        if (State.Stage == CaseStage.Accepted)
        {
            Process();
            Conclude();
            AfterPublication(firstRound: false);
        }
    }

    /// <summary>An unsatisfied level when asked (and there is one), else a satisfied one, the first the most common.</summary>
    private SatisfactionLevel PickLevel(IReadOnlyList<SatisfactionLevel> scale, bool unsatisfied)
    {
        var wanted = scale.Where(l => l.Satisfied != unsatisfied).ToList();
        if (wanted.Count == 0)
            wanted = [.. scale];
        return random.PickWeighted([.. wanted.Select((level, i) => (level, 1.0 / (i + 1)))]);
    }
}
