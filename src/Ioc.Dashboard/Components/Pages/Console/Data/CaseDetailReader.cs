using System.Text.Json;
using Ioc.Data;
using Ioc.Data.Cases;
using Ioc.Hub.Cases;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Projection.Rebuild;
using Ioc.Hub.Sla.Deadlines;
using Ioc.Hub.Sla.Profiles;
using Microsoft.EntityFrameworkCore;

namespace Ioc.Dashboard.Components.Pages.Console.Data;

/// <summary>
/// Reads one case for its page: the stored row, and its event log replayed through the state machine and the
/// deadline planner, so each step's planned deadline, actual end and lateness are the SLA engine's own numbers.
/// </summary>
public sealed class CaseDetailReader(IDbContextFactory<IocDbContext> contexts, ProfileCatalog catalog, TimeProvider time)
{
    /// <summary>The case the viewer may see by its code; null when there is none (or not for this viewer).</summary>
    public async Task<CaseDetail?> ReadAsync(ConsoleViewer viewer, string code, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 64)
            return null;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var row = await viewer.Visible(db.Cases.AsNoTracking()).Include(c => c.Reporter).FirstOrDefaultAsync(c => c.Code == code, ct);
        if (row is null || !catalog.TryGet(row.ProfileId, out var planner))
            return null;
        var names = await ConsoleNames.LoadAsync(db, row.ProfileId, ct);
        var stored = await db.Events.AsNoTracking().Where(e => e.CaseId == row.Id).OrderBy(e => e.Sequence).ToListAsync(ct);
        var events = EventLogReader.Merge(stored).Select(Parse).Where(e => e is not null).Select(e => e!).ToList();

        var now = time.GetUtcNow();
        var steps = Steps(events, planner, new CaseStateMachine(catalog), now, out var state);
        var received = events.OfType<CaseReceived>().FirstOrDefault();
        var evaluation = DeadlineEvaluator.Evaluate(state is null ? CaseDeadlines.Closed : planner.Plan(state), now, planner.Calendar);
        var summary = new CaseSummary(
            row.Id, row.Code, row.ProfileId, row.Channel, names.Field(row.FieldCode), names.Unit(row.AdminUnitCode),
            received?.Location.Address, received?.Title, row.Description, row.Latitude, row.Longitude, row.IsEmergency,
            planner.Profile.EmergencyCategories.FirstOrDefault(c => c.Code == row.EmergencyCategory)?.Label ?? row.EmergencyCategory,
            row.IsConfidential, Instant(row.ReceivedAtUtc), row.Stage, row.SlaStatus, row.LeadAgencyId, names.Agency(row.LeadAgencyId),
            row.Holder is null ? "" : names.Agency(row.Holder), evaluation.StepDueAt ?? Instant(row.StepDueAtUtc), Instant(row.CaseDueAtUtc),
            evaluation.Status == SlaStatus.Overdue ? evaluation.LateBy : null,
            state?.EmergencyAcknowledgedAt, row.ClosedAtUtc is null, row.LastSequence);
        var reporter = row.Reporter is { AnonymisedAtUtc: null } r ? MaskedContact.Of(r.Name, r.Phone, r.Email) : new MaskedContact(null, null, null);
        return new CaseDetail(summary, reporter, received?.Attachments ?? [], [.. events.Select(e => Entry(e, names))], steps);
    }

    /// <summary>Whether an event with this id is in the store yet (the console waits for its own writes).</summary>
    public async Task<bool> IsStoredAsync(Guid eventId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Events.AnyAsync(e => e.EventId == eventId, ct);
    }

    /// <summary>
    /// Replays the case and cuts its life into steps: a step ends when an event moves the case to another step (or
    /// restarts it), and its lateness is the engine's evaluation at that instant — or now, for the running step.
    /// </summary>
    internal static List<StepRow> Steps(IReadOnlyList<CaseEvent> events, DeadlinePlanner planner, CaseStateMachine machine, DateTimeOffset now, out CaseState? state)
    {
        var rows = new List<StepRow>();
        state = null;
        CaseDeadlines? running = null;
        foreach (var e in events)
        {
            var outcome = machine.Apply(state, e);
            if (!outcome.Applied)
                continue;
            state = outcome.State!;
            var deadlines = planner.Plan(state);
            var next = deadlines.Current;
            if (running?.Current is { } current && (next is null || next.Step != current.Step || next.StartsAt != current.StartsAt))
            {
                rows.Add(Row(running, e.OccurredAt, e.OccurredAt, planner));
                running = null;
            }
            if (next is not null)
                running = deadlines; // the latest plan of the step: an extension moves its deadline
        }
        if (running is not null)
            rows.Add(Row(running, null, now, planner));
        return rows;
    }

    private static StepRow Row(CaseDeadlines deadlines, DateTimeOffset? doneAt, DateTimeOffset at, DeadlinePlanner planner)
    {
        var step = deadlines.Current!;
        var evaluation = DeadlineEvaluator.Evaluate(deadlines, at, planner.Calendar);
        return new StepRow(step.Step, evaluation.Holder ?? step.Holder, step.StartsAt, evaluation.StepDueAt ?? step.DueAt, doneAt,
            evaluation.Status == SlaStatus.Overdue ? evaluation.LateBy : TimeSpan.Zero, step.ClockTime,
            evaluation.Escalated && deadlines.Escalation is { } escalation ? escalation.Article : step.Article);
    }

    private static TimelineEntry Entry(CaseEvent e, ConsoleNames names)
    {
        var (agency, text) = e switch
        {
            CaseReceived r => (null, r.Title),
            ClarificationRequested c => (null, c.Question),
            ClarificationSupplied c => (null, c.Text),
            CaseRejected r => (null, r.Note),
            CaseRouted r => (names.Agency(r.LeadAgencyId), r.Reason),
            CaseAccepted a => (names.Agency(a.AgencyId), null),
            CaseReturned r => (names.Agency(r.AgencyId), r.Reason),
            ExtensionRegistered x => (names.Agency(x.AgencyId), x.Reason),
            CaseRescheduled x => (names.Agency(x.AgencyId), x.Reason),
            CoordinationRequested c => (string.Join(", ", c.AgencyIds.Select(names.Agency)), null),
            CoordinationResultSubmitted c => (names.Agency(c.AgencyId), c.Summary),
            ResultSubmitted r => (names.Agency(r.AgencyId), r.Summary),
            ResultSentBack b => ((string?)null, b.Reason),
            ResultApproved a => (a.ApproverName, null),
            FollowUpAsked f => (null, f.Question),
            FollowUpAnswered f => (null, f.Answer),
            CaseRated r => (r.Rating, r.Comment),
            CaseReopened r => (null, r.Reason),
            ClosedAtFirstContact c => (null, c.Answer),
            ReminderSent r => (names.Agency(r.AgencyId), null),
            CaseEscalated x => (names.Agency(x.AgencyId), x.Reason),
            EmergencyAcknowledged a => (null, a.Note),
            InternalNoteAdded n => (null, n.Note),
            RerouteRequested r => (names.Agency(r.ToAgencyId), r.Reason),
            DeadlineStateChanged d => (d.Step, null),
            _ => (null, null),
        };
        return new TimelineEntry(e.Id, e.OccurredAt, e.Type, e.Actor, agency, text, e.IsAnnotation);
    }

    private static CaseEvent? Parse(EventRecord record)
    {
        try
        {
            return CaseEventJson.Deserialize(record.PayloadJson);
        }
        catch (JsonException)
        {
            return null; // the projection stored only events it read; a row it cannot read now is left out, not fatal
        }
    }

    private static DateTimeOffset Instant(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));

    private static DateTimeOffset? Instant(DateTime? utc) => utc is { } u ? Instant(u) : null;
}
