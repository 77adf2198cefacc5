using Ioc.Data.Cases;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Sla.Profiles;

namespace Ioc.Hub.Projection;

/// <summary>The rows one batch writes: log entries, case snapshots and reporters. Every instant leaves as UTC.</summary>
internal static class StoreRows
{
    public static EventRecord Event(ParsedEntry entry, DateTime recordedAtUtc)
    {
        var e = entry.Event;
        var (occurredUtc, offsetMinutes) = EventRecord.Split(e.OccurredAt);
        return new EventRecord
        {
            EventId = e.Id,
            CaseId = e.CaseId,
            Sequence = e.Sequence,
            Type = e.Type,
            OccurredAtUtc = occurredUtc,
            OccurredOffsetMinutes = offsetMinutes,
            RecordedAtUtc = recordedAtUtc,
            StreamPosition = entry.Position,
            // The producer's own text: the log keeps exactly what was said, and a replay reads the same bytes.
            PayloadJson = entry.Json,
        };
    }

    public static CaseReporter Reporter(CaseReceived received) => new()
    {
        CaseId = received.CaseId,
        Name = received.Reporter.Name,
        Phone = received.Reporter.Phone,
        Email = received.Reporter.Email,
        IdNumber = received.Reporter.IdNumber,
        Address = received.Reporter.Address,
    };

    /// <summary>The snapshot row of a case after its last event of the batch, its SLA columns read at <paramref name="now"/>.</summary>
    public static CaseRecord Case(ProjectedCase c, string description, string? position, DateTimeOffset now, ProfileCatalog catalog)
    {
        var s = c.State;
        var clock = CaseClock.Read(c, now, catalog);
        var evaluation = clock.Evaluation;
        return new CaseRecord
        {
            Id = s.CaseId,
            Code = s.Code,
            ProfileId = s.ProfileId,
            Channel = SnapshotNames.Channel(s.Channel),
            FieldCode = s.FieldCode,
            AdminUnitCode = s.Location.AdminUnitCode,
            Latitude = s.Location.Latitude,
            Longitude = s.Location.Longitude,
            Description = description,
            IsEmergency = s.IsEmergency,
            EmergencyCategory = s.EmergencyCategory,
            IsConfidential = s.IsConfidential,
            IsStateSecret = s.IsStateSecret,
            ReceivedAtUtc = s.ReceivedAt.UtcDateTime,
            Stage = SnapshotNames.Stage(s.Stage),
            CurrentStep = evaluation.Step is { } step ? SnapshotNames.Step(step) : null,
            Holder = clock.Holder,
            LeadAgencyId = s.LeadAgencyId,
            StepDueAtUtc = evaluation.StepDueAt?.UtcDateTime,
            CaseDueAtUtc = c.CaseDueAt?.UtcDateTime,
            SlaStatus = clock.Status,
            // Working minutes (clock minutes on an emergency clock); 0 for a deadline passed after office hours.
            LateByMinutes = evaluation.HasClock && evaluation.Status == SlaStatus.Overdue ? (int)evaluation.LateBy.TotalMinutes : null,
            ResolvedAtUtc = s.ResolvedAt?.UtcDateTime,
            ClosedAtUtc = s.ClosedAt?.UtcDateTime,
            Rating = s.Rating,
            ExtensionCount = s.ExtensionCount,
            RescheduleCount = s.RescheduleCount,
            ReopenCount = s.ReopenCount,
            LastSequence = s.LastSequence,
            LastEventAtUtc = s.LastEventAt.UtcDateTime,
            UpdatedAtUtc = now.UtcDateTime,
            StreamPosition = position,
            StateJson = CaseStateJson.Serialize(s),
        };
    }
}
