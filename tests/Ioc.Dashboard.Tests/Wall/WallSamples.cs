using Ioc.Dashboard.Components.Pages.Wall.Models;

namespace Ioc.Dashboard.Tests.Wall;

/// <summary>View-model values for component tests. The clock of <see cref="TestServices"/> starts at <see cref="Now"/>.</summary>
internal static class WallSamples
{
    /// <summary>08:00 on Monday 2 March 2026 in Việt Nam.</summary>
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    public static WallCase Case(
        string id,
        WallStatus status = WallStatus.OnTime,
        bool emergency = false,
        TimeSpan? age = null,
        string unit = "kh-nha-trang",
        double lat = 12.24,
        double lng = 109.19,
        TimeSpan? left = null) => new(
            id, $"KH-2026-{id}", lat, lng, status, emergency, "infrastructure", "Hạ tầng kỹ thuật", unit, "Phường Nha Trang",
            Now - (age ?? TimeSpan.FromHours(2)), Now + (left ?? TimeSpan.FromHours(3)), left ?? TimeSpan.FromHours(3));

    public static EmergencyAlert Alert(string id, TimeSpan age, TimeSpan? dueIn, string category = "Cháy, nổ", string place = "Phường Nha Trang") =>
        new(id, $"KH-2026-{id}", category, place, Now - age, dueIn is { } d ? Now + d : null);
}
