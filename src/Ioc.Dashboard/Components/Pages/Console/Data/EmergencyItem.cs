namespace Ioc.Dashboard.Components.Pages.Console.Data;

/// <summary>An open emergency no one has acknowledged yet (the wall's banner shows the same ones).</summary>
public sealed record EmergencyItem(string CaseId, string Code, string Category, string Place, DateTimeOffset ReceivedAt, DateTimeOffset? DueAt, long LastSequence);
