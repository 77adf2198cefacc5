using Ioc.Dashboard.Components.Pages.Wall.Models;

namespace Ioc.Dashboard.Kiosk;

public enum WallMode
{
    /// <summary>The whole wall: header, KPIs, map, board, satisfaction, ticker.</summary>
    All,
    /// <summary>One panel full screen.</summary>
    Panel,
    /// <summary>Panels one after the other, each for <see cref="WallDisplaySettings.RotateSeconds"/>.</summary>
    Playlist,
}

/// <summary>
/// How one display shows the wall (stored with its kiosk token). The emergency banner, the clock and the connection
/// badge are on screen in every mode: an alert never waits for its panel's turn.
/// </summary>
public sealed record WallDisplaySettings(WallMode Mode, IReadOnlyList<string> Panels, int RotateSeconds, MapWindow Window, bool Chime)
{
    public const string Map = "map";
    public const string Agencies = "agencies";
    public const string Kpis = "kpis";
    public const string Satisfaction = "satisfaction";
    public const string Ticker = "ticker";

    public static readonly IReadOnlyList<string> AllPanels = [Map, Agencies, Kpis, Satisfaction, Ticker];

    public const int MinRotateSeconds = 5;
    public const int MaxRotateSeconds = 3600;

    public static WallDisplaySettings Default { get; } = new(WallMode.All, [], 30, MapWindow.AllOpen, true);

    /// <summary>The panel shown at <paramref name="tick"/> (counting rotations); null in <see cref="WallMode.All"/>.</summary>
    public string? PanelAt(long tick) => Mode switch
    {
        WallMode.Panel => Panels.FirstOrDefault() ?? Map,
        WallMode.Playlist when Panels.Count > 0 => Panels[(int)(tick % Panels.Count)],
        WallMode.Playlist => AllPanels[(int)(tick % AllPanels.Count)],
        _ => null,
    };

    /// <summary>Panel keys from a comma-separated list; unknown keys are dropped (the admin form only offers known ones).</summary>
    public static IReadOnlyList<string> ParsePanels(string? text) =>
        [.. (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(AllPanels.Contains).Distinct()];
}
