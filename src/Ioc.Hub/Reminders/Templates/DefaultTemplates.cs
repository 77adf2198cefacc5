using Ioc.Data.Notifications;

namespace Ioc.Hub.Reminders.Templates;

/// <summary>
/// The built-in Vietnamese templates, used for every kind and channel an administrator has not edited. SMS texts stay
/// short (Vietnamese with diacritics is sent as UCS-2: 70 characters a segment); e-mail and Zalo carry the full list.
/// </summary>
public static class DefaultTemplates
{
    public sealed record Text(string? Subject, string Body);

    private const string Sms = NotificationChannels.Sms;
    private const string Email = NotificationChannels.Email;
    private const string Zalo = NotificationChannels.Zalo;
    private const string InApp = NotificationChannels.InApp;

    private static readonly Dictionary<(string Kind, string Channel), Text> Texts = new()
    {
        [(TemplateKinds.CaseReminder, Sms)] = new(null,
            "IOC {province}: PAKN {case_code} giao {agency} đã quá hạn {overdue_by} (hạn {deadline}). Đề nghị xử lý, cập nhật kết quả."),
        [(TemplateKinds.CaseReminder, Email)] = new("[IOC {province}] Nhắc xử lý phản ánh {case_code}",
            "Kính gửi {recipient},\n\nPhản ánh, kiến nghị {case_code} giao {agency} ở bước {step}, hạn {deadline}, hiện đã quá hạn {overdue_by}.\n"
            + "Đề nghị đơn vị khẩn trương xử lý và cập nhật kết quả trên hệ thống.\n\nTrung tâm Giám sát, điều hành {province}"),
        [(TemplateKinds.CaseReminder, Zalo)] = new(null,
            "Kính gửi {recipient}: phản ánh {case_code} giao {agency} (bước {step}) hạn {deadline}, đã quá hạn {overdue_by}. Đề nghị xử lý, cập nhật kết quả."),
        [(TemplateKinds.CaseReminder, InApp)] = new(null,
            "Phản ánh {case_code}: hạn {deadline}, quá hạn {overdue_by}. Đề nghị xử lý, cập nhật kết quả."),

        [(TemplateKinds.AgencyReminder, Sms)] = new(null,
            "IOC {province}: {agency} có {count} PAKN quá hạn. Đề nghị xử lý, cập nhật kết quả trên hệ thống."),
        [(TemplateKinds.AgencyReminder, Email)] = new("[IOC {province}] {agency}: {count} phản ánh quá hạn",
            "Kính gửi {recipient},\n\n{agency} hiện có {count} phản ánh, kiến nghị quá hạn xử lý:\n{list}\n\n"
            + "Đề nghị đơn vị khẩn trương xử lý và cập nhật kết quả trên hệ thống.\n\nTrung tâm Giám sát, điều hành {province}"),
        [(TemplateKinds.AgencyReminder, Zalo)] = new(null,
            "Kính gửi {recipient}: {agency} có {count} phản ánh quá hạn:\n{list}\nĐề nghị xử lý, cập nhật kết quả."),
        [(TemplateKinds.AgencyReminder, InApp)] = new(null,
            "{agency} có {count} phản ánh quá hạn:\n{list}"),

        [(TemplateKinds.Escalation, Sms)] = new(null,
            "IOC {province}: PAKN {case_code} chuyển Thủ trưởng {agency} giải quyết, hạn {deadline}. {reason}"),
        [(TemplateKinds.Escalation, Email)] = new("[IOC {province}] Chuyển Thủ trưởng giải quyết phản ánh {case_code}",
            "Kính gửi {recipient},\n\nPhản ánh, kiến nghị {case_code} giao {agency} chưa được phản hồi đúng hạn và được chuyển đến Thủ trưởng đơn vị giải quyết, hạn {deadline}.\n"
            + "Lý do: {reason}\n\nTrung tâm Giám sát, điều hành {province}"),
        [(TemplateKinds.Escalation, Zalo)] = new(null,
            "Kính gửi {recipient}: phản ánh {case_code} giao {agency} được chuyển Thủ trưởng giải quyết, hạn {deadline}. Lý do: {reason}"),
        [(TemplateKinds.Escalation, InApp)] = new(null,
            "Phản ánh {case_code} chuyển Thủ trưởng giải quyết, hạn {deadline}. {reason}"),

        [(TemplateKinds.EmergencyAlert, Sms)] = new(null,
            "IOC {province}: PAKN khẩn {case_code} ({agency}) chưa được xác nhận sau {overdue_by}. Đề nghị xác nhận ngay."),
        [(TemplateKinds.EmergencyAlert, Email)] = new("[IOC {province}] Phản ánh khẩn {case_code} chưa được xác nhận",
            "Phản ánh khẩn {case_code} giao {agency} chưa được xác nhận sau {overdue_by}. Đề nghị trực ban xác nhận và xử lý ngay."),
        [(TemplateKinds.EmergencyAlert, Zalo)] = new(null,
            "Phản ánh khẩn {case_code} ({agency}) chưa được xác nhận sau {overdue_by}."),
        [(TemplateKinds.EmergencyAlert, InApp)] = new(null,
            "Phản ánh khẩn {case_code} chưa được xác nhận sau {overdue_by}."),

        [(TemplateKinds.MonthlySummary, Sms)] = new(null,
            "IOC {province}: tháng {month}, {agency} có {count} PAKN quá hạn. Chi tiết đã gửi qua thư điện tử."),
        [(TemplateKinds.MonthlySummary, Email)] = new("[IOC {province}] Báo cáo tháng {month}: phản ánh quá hạn của {agency}",
            "Kính gửi {recipient},\n\nThực hiện Điều 17.2 Quy chế, Trung tâm gửi báo cáo tổng hợp các phản ánh, kiến nghị xử lý quá hạn, chưa dứt điểm của {agency} tháng {month}: {count} trường hợp.\n{list}\n\n"
            + "Đề nghị lãnh đạo đơn vị chỉ đạo giải quyết.\n\nTrung tâm Giám sát, điều hành {province}"),
        [(TemplateKinds.MonthlySummary, Zalo)] = new(null,
            "Báo cáo tháng {month}: {agency} có {count} phản ánh quá hạn, chưa dứt điểm:\n{list}"),
        [(TemplateKinds.MonthlySummary, InApp)] = new(null,
            "Báo cáo tháng {month}: {count} phản ánh quá hạn, chưa dứt điểm:\n{list}"),
    };

    public static IReadOnlyList<string> Channels { get; } = [Sms, Email, Zalo, InApp];

    public static Text For(string kind, string channel) =>
        Texts.TryGetValue((kind, channel), out var text) ? text : throw new ArgumentException($"No template for {kind}/{channel}.");
}
