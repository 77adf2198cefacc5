namespace Ioc.Dashboard.Components.Pages.Wall.Models;

/// <summary>
/// The deadline state of an open case as the wall shows it. A case whose plan sets no clock at its stage shows as on
/// time: nothing of it can be late yet.
/// </summary>
public enum WallStatus
{
    OnTime,
    DueSoon,
    Overdue,
}
