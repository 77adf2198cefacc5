namespace Ioc.Dashboard.Components.Pages.Wall.Models;

/// <summary>
/// One open case with a location, as the wall's map shows it. No personal data: no reporter, no description, no
/// address; confidential and state-secret cases never become a <see cref="WallCase"/>.
/// </summary>
/// <param name="Category">The field code (lĩnh vực); <paramref name="FieldLabel"/> is its name.</param>
/// <param name="AdminUnit">The name of the ward or commune; <paramref name="AdminUnitCode"/> links it to <see cref="WallUnit"/>.</param>
/// <param name="DueAt">The deadline of the current step; null while the stage has no clock.</param>
/// <param name="TimeLeftWorking">
/// Time to <paramref name="DueAt"/> at <see cref="WallSnapshot.At"/>, negative when overdue: working time, or clock
/// time on an emergency clock.
/// </param>
public sealed record WallCase(
    string Id,
    string Code,
    double Lat,
    double Lng,
    WallStatus Status,
    bool IsEmergency,
    string Category,
    string FieldLabel,
    string AdminUnitCode,
    string AdminUnit,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? DueAt,
    TimeSpan? TimeLeftWorking);
