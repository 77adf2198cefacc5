using System.ComponentModel.DataAnnotations;

namespace Ioc.Dashboard.Components.Pages.Console.Data;

/// <summary>The supervisor console (<c>Ioc:Console</c>, docs/console.md).</summary>
public sealed class ConsoleOptions
{
    public const string SectionName = "Ioc:Console";

    /// <summary>The province profile the console works on. Empty: the wall's (<c>Ioc:Wall:ProfileId</c>).</summary>
    public string? ProfileId { get; set; }

    /// <summary>Shortest time between two reads of the store caused by live updates (the board).</summary>
    [Range(1, 60)]
    public int RefreshSeconds { get; set; } = 2;

    /// <summary>A case answered less than this many minutes after it was received is flagged for review.</summary>
    [Range(1, 1440)]
    public int ClosedQuicklyMinutes { get; set; } = 30;

    /// <summary>How far back the integrity queue looks, by the instant the case was answered.</summary>
    [Range(1, 366)]
    public int ReviewWindowDays { get; set; } = 30;

    /// <summary>
    /// Fields whose results must show the work in photos: 003 Điều 8.3 asks for "hình ảnh đã xử lý (đối với những vấn
    /// đề phản ánh cần hình ảnh)" without listing them; these are the on-site fields of the reference data.
    /// </summary>
    [MinLength(1)]
    public string[] PhotoFields { get; set; } = ["infrastructure", "environment", "urban-order", "traffic", "construction", "electricity", "water"];

    /// <summary>Longest note or reason a supervisor may write (the event contract's note limit, docs/events.md).</summary>
    public const int MaxNoteLength = 2000;
}
