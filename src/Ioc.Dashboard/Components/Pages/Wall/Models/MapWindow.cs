namespace Ioc.Dashboard.Components.Pages.Wall.Models;

/// <summary>Which open cases the map shows, by when they were received.</summary>
public enum MapWindow
{
    LastHour,
    Last6Hours,
    Last24Hours,
    AllOpen,
}

public static class MapWindows
{
    public static readonly IReadOnlyList<MapWindow> All = Enum.GetValues<MapWindow>();

    public static bool Includes(this MapWindow window, DateTimeOffset receivedAt, DateTimeOffset now) => window switch
    {
        MapWindow.LastHour => receivedAt > now.AddHours(-1),
        MapWindow.Last6Hours => receivedAt > now.AddHours(-6),
        MapWindow.Last24Hours => receivedAt > now.AddHours(-24),
        _ => true,
    };

    /// <summary>The window's length in hours; 0 for every open case (what the map's browser module takes).</summary>
    public static int Hours(this MapWindow window) => window switch
    {
        MapWindow.LastHour => 1,
        MapWindow.Last6Hours => 6,
        MapWindow.Last24Hours => 24,
        _ => 0,
    };
}
