using Ioc.Dashboard.Components.Pages.Wall.Models;

namespace Ioc.Dashboard.Components.Pages.Wall;

/// <summary>
/// How a state looks everywhere on the wall — map markers, clusters, legend, board headings. Colour-blind safe: the
/// shape carries the meaning (● on time, ▲ due soon, ■ overdue, ★ emergency); the colour only repeats it. The map's
/// JavaScript receives these definitions, so the legend and the markers cannot drift apart.
/// </summary>
/// <param name="Key">The state's name in CSS classes and in the map's JavaScript.</param>
/// <param name="Svg">The shape inside a 24 × 24 viewBox: a constant, never data.</param>
public sealed record StatusGlyph(string Key, string Shape, string Symbol, string Color, string Svg)
{
    public static readonly StatusGlyph OnTime = new("on-time", "circle", "●", "#35c46f", """<circle cx="12" cy="12" r="9"/>""");
    public static readonly StatusGlyph DueSoon = new("due-soon", "triangle", "▲", "#ffb020", """<path d="M12 2.5 22.5 20.5H1.5Z"/>""");
    public static readonly StatusGlyph Overdue = new("overdue", "square", "■", "#ff4b4b", """<rect x="3.5" y="3.5" width="17" height="17"/>""");
    public static readonly StatusGlyph Emergency = new(
        "emergency", "star", "★", "#ff2ee0", """<path d="M12 1.5l3.1 6.6 7.2.9-5.3 5 1.4 7.1L12 17.6l-6.4 3.5 1.4-7.1-5.3-5 7.2-.9z"/>""");

    /// <summary>Legend order: calm to urgent.</summary>
    public static readonly IReadOnlyList<StatusGlyph> All = [OnTime, DueSoon, Overdue, Emergency];

    public static StatusGlyph For(WallStatus status) => status switch
    {
        WallStatus.Overdue => Overdue,
        WallStatus.DueSoon => DueSoon,
        _ => OnTime,
    };

    public static StatusGlyph For(WallCase c) => c.IsEmergency ? Emergency : For(c.Status);
}
