using System.Text.Json;
using Ioc.Dashboard.Components.Pages.Wall.Models;
using Ioc.Hub.Cases.Events;

namespace Ioc.Dashboard.Components.Pages.Wall.Data;

/// <summary>
/// Which stored events the ticker names, and as what. Events that carry free text of their own (classification
/// answers, clarifications, coordination, follow-ups, internal notes) are left out: the wall shows no case text.
/// </summary>
public static class TickerKinds
{
    private static readonly Dictionary<string, TickerKind> ByType = new(StringComparer.Ordinal)
    {
        [CaseReceived.TypeName] = TickerKind.Received,
        [CaseRouted.TypeName] = TickerKind.Routed,
        [CaseAccepted.TypeName] = TickerKind.Accepted,
        [CaseReturned.TypeName] = TickerKind.Returned,
        [ExtensionRegistered.TypeName] = TickerKind.Extended,
        [CaseRescheduled.TypeName] = TickerKind.Extended,
        [ResultSubmitted.TypeName] = TickerKind.ResultSubmitted,
        [ResultApproved.TypeName] = TickerKind.Approved,
        [ResultSentBack.TypeName] = TickerKind.SentBack,
        [ResultPublished.TypeName] = TickerKind.Published,
        [ClosedAtFirstContact.TypeName] = TickerKind.AnsweredAtFirstContact,
        [CaseRejected.TypeName] = TickerKind.Rejected,
        [CaseRated.TypeName] = TickerKind.Rated,
        [CaseReopened.TypeName] = TickerKind.Reopened,
        [ReminderSent.TypeName] = TickerKind.ReminderSent,
        [CaseEscalated.TypeName] = TickerKind.Escalated,
        [DeadlineStateChanged.TypeName] = TickerKind.Overdue,
        [EmergencyAcknowledged.TypeName] = TickerKind.EmergencyAcknowledged,
    };

    /// <summary>The stored type names the ticker reads.</summary>
    public static IReadOnlyCollection<string> Types => ByType.Keys;

    /// <summary>
    /// The kind of one stored event; a deadline transition is due soon or overdue as its payload says
    /// (<paramref name="deadlinePayload"/> is read for that type only).
    /// </summary>
    public static TickerKind? Of(string type, string? deadlinePayload)
    {
        if (!ByType.TryGetValue(type, out var kind))
        {
            return null;
        }

        return type == DeadlineStateChanged.TypeName && IsDueSoon(deadlinePayload) ? TickerKind.DueSoon : kind;
    }

    private static bool IsDueSoon(string? payload)
    {
        try
        {
            return payload is not null && CaseEventJson.Deserialize(payload) is DeadlineStateChanged { Status: SlaStatus.DueSoon };
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
