using Ioc.Hub.Cases.Events;
using Ioc.Hub.Cases.Events.Validation;
using Ioc.Hub.Streaming;

namespace Ioc.Dashboard.Components.Pages.Console.Data;

/// <summary>What became of a supervisor's action: appended (and stored, or still on its way), or refused with the reason.</summary>
public sealed record ActionResult(bool Succeeded, string? ErrorKey, string? Detail = null, Guid? EventId = null)
{
    public static ActionResult Refused(string errorKey, string? detail = null) => new(false, errorKey, detail);
}

/// <summary>
/// The console's writes: IOC annotations appended to the event stream, exactly like the scheduler's (docs/events.md),
/// so the projection stores them and every wall and console sees them. Input is checked here and by the contract's own
/// validator before anything is appended: a refused action writes nothing.
/// </summary>
public sealed class CaseActions(IEventStream stream, CaseEventValidator validator, CaseDetailReader reader, TimeProvider time, ILogger<CaseActions> logger)
{
    /// <summary>How long the page waits for the projection to store its event before showing it as "being recorded".</summary>
    public static readonly TimeSpan StoreWait = TimeSpan.FromSeconds(5);

    /// <summary>Acknowledges an open emergency (000 Điều 10, 002 Điều 8.6); the note is optional.</summary>
    public Task<ActionResult> AcknowledgeAsync(ConsoleViewer viewer, EmergencyItem emergency, string? note, CancellationToken ct = default)
    {
        var text = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (text is { Length: > ConsoleOptions.MaxNoteLength })
            return Task.FromResult(ActionResult.Refused("Action.NoteTooLong"));
        return AppendAsync(viewer, new EmergencyAcknowledged { Id = NewId(), CaseId = emergency.CaseId, Sequence = emergency.LastSequence, OccurredAt = Now(), Actor = viewer.UserName, Note = text }, ct);
    }

    public Task<ActionResult> AddNoteAsync(ConsoleViewer viewer, CaseSummary c, string? note, CancellationToken ct = default)
    {
        if (CheckText(note) is { } refused)
            return Task.FromResult(refused);
        return AppendAsync(viewer, new InternalNoteAdded { Id = NewId(), CaseId = c.Id, Sequence = c.LastSequence, OccurredAt = Now(), Actor = viewer.UserName, Note = note!.Trim() }, ct);
    }

    public Task<ActionResult> RequestRerouteAsync(ConsoleViewer viewer, CaseSummary c, string? toAgencyId, string? reason, IReadOnlyCollection<string> knownAgencies, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(toAgencyId) || !knownAgencies.Contains(toAgencyId))
            return Task.FromResult(ActionResult.Refused("Action.AgencyRequired"));
        if (toAgencyId == c.LeadAgencyId)
            return Task.FromResult(ActionResult.Refused("Action.SameAgency"));
        if (!c.IsOpen)
            return Task.FromResult(ActionResult.Refused("Action.CaseClosed"));
        if (CheckText(reason) is { } refused)
            return Task.FromResult(refused);
        return AppendAsync(viewer, new RerouteRequested
        {
            Id = NewId(), CaseId = c.Id, Sequence = c.LastSequence, OccurredAt = Now(), Actor = viewer.UserName,
            FromAgencyId = c.LeadAgencyId, ToAgencyId = toAgencyId, Reason = reason!.Trim(),
        }, ct);
    }

    /// <summary>Waits until the projection has stored <paramref name="eventId"/>; false when it is still on its way after <see cref="StoreWait"/>.</summary>
    public async Task<bool> WaitStoredAsync(Guid eventId, CancellationToken ct = default)
    {
        var until = time.GetUtcNow() + StoreWait;
        while (!await reader.IsStoredAsync(eventId, ct))
        {
            if (time.GetUtcNow() >= until)
                return false;
            await Task.Delay(TimeSpan.FromMilliseconds(100), time, ct);
        }
        return true;
    }

    private static ActionResult? CheckText(string? text) =>
        string.IsNullOrWhiteSpace(text) ? ActionResult.Refused("Action.TextRequired")
        : text.Trim().Length > ConsoleOptions.MaxNoteLength ? ActionResult.Refused("Action.NoteTooLong")
        : null;

    private async Task<ActionResult> AppendAsync(ConsoleViewer viewer, CaseAnnotation e, CancellationToken ct)
    {
        if (!viewer.CanAct)
            return ActionResult.Refused("Action.NotAllowed");
        var violations = validator.Validate(e);
        if (violations.Count > 0)
            return ActionResult.Refused("Action.Invalid", string.Join("; ", violations.Select(v => v.ToString())));
        try
        {
            var result = (await stream.AppendAsync([e], ct))[0];
            if (!result.Succeeded)
                return ActionResult.Refused("Action.NotSent", result.Error);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "The console could not append {Type} for case {CaseId}", e.Type, e.CaseId);
            return ActionResult.Refused("Action.NotSent", ex.Message);
        }
        logger.LogInformation("{User} appended {Type} {EventId} to case {CaseId}", viewer.UserName, e.Type, e.Id, e.CaseId);
        return new ActionResult(true, null, null, e.Id);
    }

    private DateTimeOffset Now() => time.GetUtcNow().ToOffset(TimeSpan.FromHours(7));

    private static Guid NewId() => Guid.CreateVersion7();
}
