namespace Ioc.Dashboard.Components.Pages.Wall.Models;

/// <summary>
/// The headline numbers. "Today" is the Asia/Ho_Chi_Minh calendar day. <paramref name="OnTimeRate"/> (0–1) and
/// <paramref name="MedianHandling"/> (received → resolved, clock time) cover cases resolved in the last 30 days and are
/// null when there are none; a case resolved without a case deadline counts as on time.
/// </summary>
public sealed record WallKpis(int ReceivedToday, int ResolvedToday, int Open, int Overdue, double? OnTimeRate, TimeSpan? MedianHandling)
{
    public static readonly WallKpis Empty = new(0, 0, 0, 0, null, null);
}
