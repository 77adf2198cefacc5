using Ioc.Hub.Cases.Events;
using Ioc.Hub.Sla.Deadlines;
using Ioc.Hub.Sla.Profiles;

namespace Ioc.Hub.Cases;

// The lifecycle transitions, one method per event type. Each refusal says which rule it enforces.
public sealed partial class CaseStateMachine
{
    private static ApplyOutcome Transition(CaseState s, CaseEvent e, DeadlinePlanner planner)
    {
        var profile = planner.Profile;
        if (e is CaseReceived)
            return Refuse(s, RefusalKind.Duplicate, $"case '{s.CaseId}' was already received.");
        if (s.Stage is CaseStage.Rejected)
            return NotAllowed(s, e, "the case was rejected and is closed.");
        if (s.Stage is CaseStage.ClosedAtFirstContact)
            return NotAllowed(s, e, "the operator answered the case at first contact and it is closed.");

        return e switch
        {
            CaseClassified c => Classify(s, c),
            ClarificationRequested r => s.Stage == CaseStage.Received
                ? ApplyOutcome.Ok(s with { Stage = CaseStage.AwaitingClarification, ClarificationRequestedAt = r.OccurredAt })
                : NotAllowed(s, e, "clarification is asked before the case is routed."),
            ClarificationSupplied c => s.Stage == CaseStage.AwaitingClarification
                ? ApplyOutcome.Ok(s with { Stage = CaseStage.Received, ReceptionStartedAt = c.OccurredAt, ClarificationRequestedAt = null })
                : NotAllowed(s, e, "no clarification was requested."),
            CaseRejected r => Reject(s, r),
            CaseRouted r => Route(s, r),
            CaseAccepted a => Accept(s, a),
            CaseReturned r => Return(s, r),
            ExtensionRegistered x => Extend(s, x, planner),
            CaseRescheduled r => Reschedule(s, r, planner),
            CoordinationRequested c => RequestCoordination(s, c),
            CoordinationResultSubmitted c => CoordinationResult(s, c),
            ResultSubmitted r => SubmitResult(s, r, profile),
            ResultSentBack b => SendBack(s, b),
            ResultApproved a => s.Stage == CaseStage.ResultSubmitted
                ? ApplyOutcome.Ok(s with { Stage = CaseStage.Approved, ApprovedAt = a.OccurredAt })
                : NotAllowed(s, e, "there is no result waiting for approval."),
            ResultPublished p => Publish(s, p),
            FollowUpAsked f => s.Stage == CaseStage.Published
                ? ApplyOutcome.Ok(s with { FollowUpAskedAt = f.OccurredAt })
                : NotAllowed(s, e, "follow-up questions come after the answer is published."),
            FollowUpAnswered => s.FollowUpAskedAt is not null
                ? ApplyOutcome.Ok(s with { FollowUpAskedAt = null })
                : NotAllowed(s, e, "no follow-up question is waiting for an answer."),
            CaseRated r => Rate(s, r, profile),
            CaseReopened r => s.Stage == CaseStage.Published
                ? ApplyOutcome.Ok(Reopen(s, r.OccurredAt))
                : NotAllowed(s, e, "only a published case can be reopened."),
            ClosedAtFirstContact c => CloseAtFirstContact(s, c, profile),
            _ => Refuse(s, RefusalKind.Invalid, $"no transition for {e.Type}."),
        };
    }

    private static ApplyOutcome Classify(CaseState s, CaseClassified c) => s.Stage == CaseStage.Received
        ? ApplyOutcome.Ok(s with { Classification = c.Group, FieldCode = c.FieldCode ?? s.FieldCode })
        : NotAllowed(s, c, "classification happens before routing (001 Điều 11).");

    private static ApplyOutcome Reject(CaseState s, CaseRejected r)
    {
        // Rejection is the operations center's decision before the work is done (000 Điều 12, 003 Điều 7).
        if (s.Stage is not (CaseStage.Received or CaseStage.AwaitingClarification or CaseStage.Routed or CaseStage.Accepted))
            return NotAllowed(s, r, "a case with a result can no longer be rejected.");
        return ApplyOutcome.Ok(s with { Stage = CaseStage.Rejected, RejectedAt = r.OccurredAt, RejectionReason = r.Reason, ClosedAt = r.OccurredAt });
    }

    private static ApplyOutcome Route(CaseState s, CaseRouted r)
    {
        if (s.Stage is not (CaseStage.Received or CaseStage.Routed or CaseStage.Accepted))
            return NotAllowed(s, r, "a case is routed before its result is submitted.");
        if (s.Classification is ClassificationGroup.Invalid or ClassificationGroup.Unclear)
            return NotAllowed(s, r, $"the case is classified {s.Classification} and must be rejected or clarified first (001 Điều 11).");
        if (r.CoordinatingAgencyIds.Contains(r.LeadAgencyId))
            return Refuse(s, RefusalKind.Invalid, $"lead agency '{r.LeadAgencyId}' is also listed as coordinating.");
        return ApplyOutcome.Ok(s with
        {
            Stage = CaseStage.Routed,
            LeadAgencyId = r.LeadAgencyId,
            CoordinatingAgencyIds = [.. r.CoordinatingAgencyIds],
            RoutedAt = r.OccurredAt,
            RouteCount = s.RouteCount + 1,
            // A new lead starts its own clocks: the previous lead's acceptance and extensions no longer apply.
            AcceptedAt = null,
            VerificationDueAt = null,
            CommittedDueAt = null,
            CoordinationRequestedAt = null,
            PendingCoordination = [],
            CoordinationCompletedAt = null,
        });
    }

    private static ApplyOutcome Accept(CaseState s, CaseAccepted a)
    {
        if (s.Stage != CaseStage.Routed)
            return NotAllowed(s, a, "only a routed case waiting for its lead agency can be accepted.");
        if (a.AgencyId != s.LeadAgencyId)
            return Refuse(s, RefusalKind.NotAllowed, $"'{a.AgencyId}' is not the lead agency ('{s.LeadAgencyId}').");
        return ApplyOutcome.Ok(s with { Stage = CaseStage.Accepted, AcceptedAt = a.OccurredAt });
    }

    private static ApplyOutcome Return(CaseState s, CaseReturned r)
    {
        // 000 Điều 7.1.a, 002 Điều 8.1, 003 Điều 8: the lead returns a case outside its jurisdiction instead of accepting it.
        if (s.Stage is not (CaseStage.Routed or CaseStage.Accepted))
            return NotAllowed(s, r, "only the lead agency holding the case can return it.");
        if (r.AgencyId != s.LeadAgencyId)
            return Refuse(s, RefusalKind.NotAllowed, $"'{r.AgencyId}' is not the lead agency ('{s.LeadAgencyId}').");
        return ApplyOutcome.Ok(s with
        {
            Stage = CaseStage.Received,
            ReceptionStartedAt = r.OccurredAt,
            ReturnCount = s.ReturnCount + 1,
            LeadAgencyId = null,
            CoordinatingAgencyIds = [],
            AcceptedAt = null,
            VerificationDueAt = null,
            CommittedDueAt = null,
        });
    }

    private static ApplyOutcome RequestCoordination(CaseState s, CoordinationRequested c)
    {
        if (s.Stage != CaseStage.Accepted)
            return NotAllowed(s, c, "the lead agency asks for coordination after accepting the case (002 Điều 8.2).");
        var unknown = c.AgencyIds.Where(id => !s.CoordinatingAgencyIds.Contains(id)).ToList();
        if (unknown.Count > 0)
            return Refuse(s, RefusalKind.Invalid, $"{string.Join(", ", unknown)} not among the coordinating agencies named at routing ({string.Join(", ", s.CoordinatingAgencyIds)}).");
        return ApplyOutcome.Ok(s with
        {
            CoordinationRequestedAt = c.OccurredAt,
            PendingCoordination = [.. s.PendingCoordination.Union(c.AgencyIds)],
            CoordinationCompletedAt = null,
        });
    }

    private static ApplyOutcome CoordinationResult(CaseState s, CoordinationResultSubmitted c)
    {
        if (!s.PendingCoordination.Contains(c.AgencyId))
            return NotAllowed(s, c, $"'{c.AgencyId}' has no pending coordination request.");
        var pending = s.PendingCoordination.Remove(c.AgencyId);
        return ApplyOutcome.Ok(s with
        {
            PendingCoordination = pending,
            CoordinationCompletedAt = pending.IsEmpty ? c.OccurredAt : null,
        });
    }

    private static ApplyOutcome SubmitResult(CaseState s, ResultSubmitted r, SlaProfile profile)
    {
        // A plan without an acceptance step (001, 004) lets the routed agency answer directly.
        var plan = profile.PlanFor(s.IsEmergency, s.CoordinatingAgencyIds.Length > 0);
        var implicitAcceptance = s.Stage == CaseStage.Routed && plan.All(step => step.Step != SlaStep.Acceptance);
        if (s.Stage is not (CaseStage.Accepted or CaseStage.SentBack) && !implicitAcceptance)
            return NotAllowed(s, r, s.Stage == CaseStage.Routed ? "the lead agency has not accepted the case." : "no agency is handling the case.");
        if (r.AgencyId != s.LeadAgencyId)
            return Refuse(s, RefusalKind.NotAllowed, $"'{r.AgencyId}' is not the lead agency ('{s.LeadAgencyId}'): only the lead answers.");
        if (!s.PendingCoordination.IsEmpty)
            return NotAllowed(s, r, $"the lead waits for the coordinating agencies {string.Join(", ", s.PendingCoordination)} (002 Điều 8.2).");
        var hasApproval = plan.Any(step => step.Step == SlaStep.Approval);
        return ApplyOutcome.Ok(s with
        {
            // Without an approval step (001, 004) the result goes straight to publication.
            Stage = hasApproval ? CaseStage.ResultSubmitted : CaseStage.Approved,
            AcceptedAt = s.AcceptedAt ?? s.RoutedAt,
            ResultSubmittedAt = r.OccurredAt,
            ApprovedAt = hasApproval ? null : r.OccurredAt,
            PhotoCount = r.PhotoCount,
            SentBackAt = null,
            SentBackKind = null,
        });
    }

    private static ApplyOutcome SendBack(CaseState s, ResultSentBack b)
    {
        // The approver sends back a submitted result (000 Điều 8, 003 Điều 9); the operations center sends back an
        // approved one that is empty, badly formatted or inaccurate (002 Điều 9, 003 Điều 10.4).
        var allowed = b.Kind == SendBackKind.Approver
            ? s.Stage == CaseStage.ResultSubmitted
            : s.Stage is CaseStage.Approved or CaseStage.ResultSubmitted;
        if (!allowed)
            return NotAllowed(s, b, b.Kind == SendBackKind.Approver ? "the approver can only send back a result waiting for approval." : "there is no result to send back.");
        return ApplyOutcome.Ok(s with
        {
            Stage = CaseStage.SentBack,
            SentBackAt = b.OccurredAt,
            SentBackKind = b.Kind,
            SendBackCount = s.SendBackCount + 1,
            ResultSubmittedAt = null,
            ApprovedAt = null,
        });
    }

    private static ApplyOutcome Publish(CaseState s, ResultPublished p)
    {
        if (s.Stage != CaseStage.Approved)
            return NotAllowed(s, p, "only an approved result is published.");
        // DOMAIN "Rules common to all five": state secrets are never published; confidential cases never shown publicly.
        if (p.Visibility == PublicationVisibility.Public && (s.IsStateSecret || s.IsConfidential))
            return Refuse(s, RefusalKind.NotAllowed, $"a {(s.IsStateSecret ? "state-secret" : "confidential")} case is never published publicly; publish it privately.");
        return ApplyOutcome.Ok(s with { Stage = CaseStage.Published, PublishedAt = p.OccurredAt, Visibility = p.Visibility, ClosedAt = p.OccurredAt });
    }

    private static ApplyOutcome Rate(CaseState s, CaseRated r, SlaProfile profile)
    {
        if (s.Stage != CaseStage.Published)
            return NotAllowed(s, r, "a case is rated after its answer is published.");
        if (profile.Satisfaction.Count == 0)
            return Refuse(s, RefusalKind.Invalid, $"{profile.Name}'s regulation defines no satisfaction scale ({profile.Seed}).");
        if (profile.FindRating(r.Rating) is not { } level)
            return Refuse(s, RefusalKind.Invalid, $"rating '{r.Rating}' is not on {profile.Name}'s scale: {string.Join(", ", profile.Satisfaction.Select(l => $"{l.Code} ({l.Label})"))}.");
        var rated = s with { Rating = level.Code, RatedAt = r.OccurredAt };
        // 003 Điều 10.4: "Không hài lòng" sends the case back to the coordinator and the agency to reprocess.
        return ApplyOutcome.Ok(!level.Satisfied && profile.ReopenOnUnsatisfied ? Reopen(rated, r.OccurredAt) : rated);
    }

    private static CaseState Reopen(CaseState s, DateTimeOffset at) => s with
    {
        Stage = CaseStage.Accepted,
        AcceptedAt = at,
        ReopenedAt = at,
        ReopenCount = s.ReopenCount + 1,
        ResultSubmittedAt = null,
        ApprovedAt = null,
        PublishedAt = null,
        ClosedAt = null,
        CommittedDueAt = null,
        FollowUpAskedAt = null,
    };

    private static ApplyOutcome CloseAtFirstContact(CaseState s, ClosedAtFirstContact c, SlaProfile profile)
    {
        if (!profile.FirstContactResolution)
            return Refuse(s, RefusalKind.Invalid, $"{profile.Name}'s regulation has no first-contact answer by the operator.");
        if (s.Stage != CaseStage.Received)
            return NotAllowed(s, c, "the operator answers at first contact, before transferring the call (004 Điều 9).");
        return ApplyOutcome.Ok(s with { Stage = CaseStage.ClosedAtFirstContact, ClosedAt = c.OccurredAt });
    }
}
