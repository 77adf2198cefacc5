using System.Globalization;

namespace Ioc.Hub.Cases.Events.Validation;

/// <summary>
/// A coarse "is this in Vietnam" test that catches swapped or zeroed coordinates. The mainland box alone would reject
/// Khánh Hòa's Trường Sa special zone and the Hoàng Sa archipelago, so each archipelago has a box of its own.
/// </summary>
internal static class VietnamBounds
{
    private static readonly (double South, double North, double West, double East)[] Boxes =
    [
        (8, 24, 102, 110),        // mainland and near-shore islands (Phú Quốc, Côn Đảo, Thổ Chu)
        (15.5, 17.5, 111, 113),   // Hoàng Sa
        (6, 12, 111.5, 117.5),    // Trường Sa (Khánh Hòa)
    ];

    public static string Description { get; } = string.Join(", ", Boxes.Select(b =>
        string.Create(CultureInfo.InvariantCulture, $"{b.South}–{b.North} N × {b.West}–{b.East} E")));

    public static bool Contains(double latitude, double longitude) =>
        Boxes.Any(b => latitude >= b.South && latitude <= b.North && longitude >= b.West && longitude <= b.East);
}
