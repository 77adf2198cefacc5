namespace Ioc.Dashboard.Components.Pages.Wall.Models;

/// <summary>
/// An open emergency the operations center has not acknowledged yet. It leaves the wall's list only when it is
/// acknowledged (from the console) or closed.
/// </summary>
/// <param name="Category">The profile's label of the emergency category (e.g. "Cháy, nổ").</param>
/// <param name="Place">The ward or commune name; never an address.</param>
/// <param name="DueAt">The deadline of the current emergency step (clock time, 24/7); null when the step has none.</param>
public sealed record EmergencyAlert(string CaseId, string Code, string Category, string Place, DateTimeOffset ReceivedAt, DateTimeOffset? DueAt);
