using System.Text;
using System.Text.RegularExpressions;
using Ioc.Data.Notifications;

namespace Ioc.Hub.Reminders.Templates;

/// <summary>Fills and checks templates: <c>{name}</c> is a placeholder, <c>{{</c> and <c>}}</c> are literal braces.</summary>
public static partial class TemplateText
{
    /// <summary>Longest message body on any channel (the outbox column holds more; gateways do not).</summary>
    public const int MaxBodyLength = 4000;

    public const int MaxSubjectLength = 300;

    [GeneratedRegex(@"\{\{|\}\}|\{([^{}]*)\}")]
    private static partial Regex Token();

    /// <summary>Replaces each placeholder with its value (empty when the value is missing); values are inserted as they are.</summary>
    public static string Fill(string template, IReadOnlyDictionary<string, string> values) =>
        Token().Replace(template, m => m.Value switch
        {
            "{{" => "{",
            "}}" => "}",
            _ => values.TryGetValue(m.Groups[1].Value, out var value) ? value : "",
        });

    /// <summary>Problems of a template an administrator wants to save, in the administrator's words (Vietnamese).</summary>
    public static IReadOnlyList<string> Check(string channel, string? subject, string? body, int smsMaxLength)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(body))
        {
            problems.Add("Nội dung không được để trống.");
            return problems;
        }
        if (body.Length > MaxBodyLength)
            problems.Add($"Nội dung dài {body.Length} ký tự, tối đa {MaxBodyLength}.");
        if (channel == NotificationChannels.Email && string.IsNullOrWhiteSpace(subject))
            problems.Add("Thư điện tử cần tiêu đề.");
        if (subject is { Length: > MaxSubjectLength })
            problems.Add($"Tiêu đề dài {subject.Length} ký tự, tối đa {MaxSubjectLength}.");
        foreach (var name in UnknownPlaceholders(subject ?? "").Concat(UnknownPlaceholders(body)).Distinct())
            problems.Add($"Không có trường {{{name}}}; các trường dùng được: {string.Join(", ", Placeholders.All.Select(p => $"{{{p}}}"))}.");
        if (HasUnbalancedBrace(body) || HasUnbalancedBrace(subject ?? ""))
            problems.Add("Dấu ngoặc { } không khớp; viết {{ hoặc }} để in dấu ngoặc.");
        if (channel == NotificationChannels.Sms && SampleLength(body) is var length && length > smsMaxLength)
            problems.Add($"Tin nhắn SMS dài khoảng {length} ký tự với dữ liệu mẫu, tối đa {smsMaxLength}.");
        return problems;
    }

    /// <summary>Problems of a finished message (a supervisor's edited text), before anything is queued.</summary>
    public static string? CheckMessage(string channel, string body, int smsMaxLength)
    {
        if (string.IsNullOrWhiteSpace(body))
            return "Nội dung tin nhắn trống.";
        if (body.Length > MaxBodyLength)
            return $"Nội dung dài {body.Length} ký tự, tối đa {MaxBodyLength}.";
        if (channel == NotificationChannels.Sms && body.Length > smsMaxLength)
            return $"Tin nhắn SMS dài {body.Length} ký tự, tối đa {smsMaxLength}.";
        return null;
    }

    public static IEnumerable<string> UnknownPlaceholders(string template) =>
        Token().Matches(template).Where(m => m.Groups[1].Success).Select(m => m.Groups[1].Value)
            .Where(name => !Placeholders.All.Contains(name, StringComparer.Ordinal));

    /// <summary>The template filled with typical values, as an administrator previews it.</summary>
    public static string Sample(string template) => Fill(template, SampleValues);

    public static IReadOnlyDictionary<string, string> SampleValues { get; } = new Dictionary<string, string>
    {
        [Placeholders.CaseCode] = "PAKN-2026-000123",
        [Placeholders.Agency] = "UBND phường Nha Trang",
        [Placeholders.Recipient] = "Nguyễn Văn An",
        [Placeholders.Deadline] = "20/11/2026 16:30",
        [Placeholders.OverdueBy] = "1 ngày 3 giờ",
        [Placeholders.Step] = "xử lý",
        [Placeholders.Count] = "3",
        [Placeholders.List] = "- PAKN-2026-000123 (hạn 20/11/2026 16:30)\n- PAKN-2026-000124 (hạn 21/11/2026 11:00)\n- PAKN-2026-000131 (hạn 21/11/2026 16:30)",
        [Placeholders.Province] = "Khánh Hòa",
        [Placeholders.Month] = "10/2026",
        [Placeholders.Reason] = "Quá 8 giờ làm việc chưa phản hồi.",
    };

    private static int SampleLength(string body) => Sample(body).Length;

    private static bool HasUnbalancedBrace(string template)
    {
        var rest = new StringBuilder(Token().Replace(template, ""));
        return rest.ToString().IndexOfAny(['{', '}']) >= 0;
    }
}
