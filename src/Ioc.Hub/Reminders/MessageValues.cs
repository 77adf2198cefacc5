using System.Globalization;
using Ioc.Data.Cases;
using Ioc.Hub.Sla.Calendar;

namespace Ioc.Hub.Reminders;

/// <summary>The values templates are filled with, formatted for Vietnamese readers (dd/MM/yyyy HH:mm, Asia/Ho_Chi_Minh).</summary>
internal static class MessageValues
{
    public static string Local(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), WorkingCalendar.VietnamTime)
            .ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Clock time since the deadline ("2 ngày 3 giờ", "45 phút"); what a reader feels, not the working-time count.</summary>
    public static string Since(DateTime? dueUtc, DateTime nowUtc)
    {
        if (dueUtc is not { } due || nowUtc <= due)
            return "0 phút";
        return Span(nowUtc - due);
    }

    public static string Span(TimeSpan span)
    {
        var parts = new List<string>(2);
        if (span.Days > 0)
            parts.Add($"{span.Days} ngày");
        if (span.Hours > 0)
            parts.Add($"{span.Hours} giờ");
        if (span.Days == 0 && span.Minutes > 0)
            parts.Add($"{span.Minutes} phút");
        return parts.Count == 0 ? "1 phút" : string.Join(' ', parts);
    }

    public static string Step(string? step) => step switch
    {
        "reception" => "tiếp nhận, phân loại",
        "clarification" => "bổ sung thông tin",
        "acceptance" => "nhận xử lý",
        "coordination-request" => "đề nghị phối hợp",
        "processing" => "xử lý",
        "coordination" => "phối hợp",
        "approval" => "phê duyệt",
        "publication" => "công khai",
        "follow-up" => "trả lời bổ sung",
        "redo" => "xử lý lại",
        null => "",
        _ => step,
    };

    /// <summary>One line per case for {list}, at most <paramref name="max"/> lines then a count of the rest.</summary>
    public static string List(IReadOnlyList<CaseRecord> cases, int max)
    {
        var lines = cases.Take(max).Select(c => c.StepDueAtUtc is { } due ? $"- {c.Code} (hạn {Local(due)})" : $"- {c.Code}").ToList();
        if (cases.Count > max)
            lines.Add($"… và {cases.Count - max} phản ánh khác");
        return string.Join('\n', lines);
    }
}
