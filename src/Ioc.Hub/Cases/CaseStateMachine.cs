using Ioc.Hub.Cases.Events;
using Ioc.Hub.Sla.Deadlines;
using Ioc.Hub.Sla.Profiles;

namespace Ioc.Hub.Cases;

/// <summary>
/// Folds a case's events into its <see cref="CaseState"/>. An event that does not fit the case is refused with the
/// rule it breaks; nothing here throws for bad input, so one bad event never stops the pipeline.
/// </summary>
public sealed partial class CaseStateMachine(ProfileCatalog profiles)
{
    public ApplyOutcome Apply(CaseState? state, CaseEvent e)
    {
        if (state is null)
            return e is CaseReceived received ? Receive(received) : Refuse(null, RefusalKind.UnknownCase, $"{e.Type} for case '{e.CaseId}', which has not been received (its case.received event is missing).");
        if (e.CaseId != state.CaseId)
            return Refuse(state, RefusalKind.Invalid, $"event for case '{e.CaseId}' applied to case '{state.CaseId}'.");
        if (!profiles.TryGet(state.ProfileId, out var planner))
            return Refuse(state, RefusalKind.Invalid, $"unknown profile '{state.ProfileId}'.");

        if (e.IsAnnotation)
        {
            if (e.Sequence > state.LastSequence)
                return Refuse(state, RefusalKind.OutOfOrder, $"{e.Type} observed sequence {e.Sequence} but the case is at {state.LastSequence}.");
            return Annotate(state, e);
        }
        if (e.Sequence <= state.LastSequence)
            return Refuse(state, RefusalKind.Duplicate, $"sequence {e.Sequence} already applied (case is at {state.LastSequence}).");
        if (e.Sequence != state.LastSequence + 1)
            return Refuse(state, RefusalKind.OutOfOrder, $"expected sequence {state.LastSequence + 1}, got {e.Sequence}.");

        var outcome = Transition(state, e, planner);
        return outcome.Applied
            ? ApplyOutcome.Ok(outcome.State! with { LastSequence = e.Sequence, LastEventAt = e.OccurredAt })
            : outcome;
    }

    /// <summary>Replays a case's events in order; stops at the first refusal.</summary>
    public ApplyOutcome Replay(IEnumerable<CaseEvent> events)
    {
        CaseState? state = null;
        foreach (var e in events)
        {
            var outcome = Apply(state, e);
            if (!outcome.Applied)
                return outcome;
            state = outcome.State;
        }
        return state is null ? Refuse(null, RefusalKind.UnknownCase, "no events.") : ApplyOutcome.Ok(state);
    }

    private ApplyOutcome Receive(CaseReceived e)
    {
        if (e.Sequence != 1)
            return Refuse(null, RefusalKind.OutOfOrder, $"case.received must be sequence 1, got {e.Sequence}.");
        if (!profiles.TryGet(e.ProfileId, out var planner))
            return Refuse(null, RefusalKind.Invalid, $"unknown profile '{e.ProfileId}'; known: {string.Join(", ", profiles.Ids)}.");
        var profile = planner.Profile;
        if (e.IsEmergency && !profile.EmergencyCategories.Any(c => c.Code == e.EmergencyCategory))
        {
            return Refuse(null, RefusalKind.Invalid, profile.EmergencyCategories.Count == 0
                ? $"{profile.Name} has no emergency procedure ({profile.Seed}); the case cannot be an emergency."
                : $"emergency category '{e.EmergencyCategory}' is not one of {profile.Name}'s: {string.Join(", ", profile.EmergencyCategories.Select(c => c.Code))}.");
        }

        return ApplyOutcome.Ok(new CaseState
        {
            CaseId = e.CaseId,
            Code = e.Code,
            ProfileId = e.ProfileId,
            ReceivedAt = e.OccurredAt,
            ReceptionStartedAt = e.OccurredAt,
            LastEventAt = e.OccurredAt,
            Channel = e.Channel,
            FieldCode = e.FieldCode,
            Location = e.Location,
            IsEmergency = e.IsEmergency,
            EmergencyCategory = e.EmergencyCategory,
            IsConfidential = e.IsConfidential,
            IsStateSecret = e.IsStateSecret,
        });
    }

    private static ApplyOutcome Annotate(CaseState s, CaseEvent e) => e switch
    {
        ReminderSent r => ApplyOutcome.Ok(s with { LastReminderAt = r.OccurredAt, ReminderCount = s.ReminderCount + 1 }),
        CaseEscalated x => ApplyOutcome.Ok(s with { EscalationLevel = x.Level, EscalatedAt = x.OccurredAt }),
        EmergencyAcknowledged when !s.IsEmergency => Refuse(s, RefusalKind.NotAllowed, "only an emergency case can be acknowledged."),
        EmergencyAcknowledged when s.EmergencyAcknowledgedAt is not null => Refuse(s, RefusalKind.Duplicate, "the emergency was already acknowledged."),
        EmergencyAcknowledged a => ApplyOutcome.Ok(s with { EmergencyAcknowledgedAt = a.OccurredAt }),
        // A re-route request is for the producer to act on; it makes no sense once the case is closed or already there.
        RerouteRequested when !s.IsOpen => Refuse(s, RefusalKind.NotAllowed, "a closed case cannot be re-routed."),
        RerouteRequested r when r.ToAgencyId == s.LeadAgencyId => Refuse(s, RefusalKind.NotAllowed, $"the case is already with '{r.ToAgencyId}'."),
        DeadlineStateChanged d => ApplyOutcome.Ok(s with { LastDeadlineNotice = DeadlineNotice(d.Step, d.Status, d.DueAt) }),
        _ => ApplyOutcome.Ok(s), // notes change nothing the clock needs; the event log keeps them
    };

    /// <summary>The key that makes a due-soon/overdue notice happen once per step deadline.</summary>
    public static string DeadlineNotice(string step, SlaStatus status, DateTimeOffset dueAt) =>
        $"{step}:{status}:{dueAt.UtcTicks}";

    private static ApplyOutcome Refuse(CaseState? s, RefusalKind kind, string reason) => ApplyOutcome.Refuse(s, kind, reason);

    private static ApplyOutcome NotAllowed(CaseState s, CaseEvent e, string why) =>
        Refuse(s, RefusalKind.NotAllowed, $"{e.Type} is not allowed while the case is {s.Stage}: {why}");
}
