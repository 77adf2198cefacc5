namespace Ioc.Dashboard.Components.Pages.Wall.Models;

/// <summary>
/// One recent event for the ticker: what happened to which case, where and in which field. No personal data and no
/// free text from a case (descriptions, answers, notes and comments never reach the wall).
/// </summary>
/// <param name="Id">The event id, so an item keeps its element while newer ones arrive.</param>
/// <param name="Text">The field and place, e.g. "Hạ tầng kỹ thuật · Phường Nha Trang".</param>
public sealed record TickerItem(string Id, DateTimeOffset At, TickerKind Kind, string CaseCode, string Text);

/// <summary>The events the ticker names; each has a label in the UI resources ("Wall.Ticker.{Kind}").</summary>
public enum TickerKind
{
    Received,
    Routed,
    Accepted,
    Returned,
    Extended,
    ResultSubmitted,
    Approved,
    SentBack,
    Published,
    AnsweredAtFirstContact,
    Rejected,
    Rated,
    Reopened,
    ReminderSent,
    Escalated,
    DueSoon,
    Overdue,
    EmergencyAcknowledged,
}
