# Generates ReminderResource.resx (Vietnamese) and ReminderResource.en.resx from one table, so both keep the same keys in
# the same order. Run: python3 src/Ioc.Dashboard/Resources/reminder-strings.py
import os
from xml.sax.saxutils import escape

S = [
 ("Button.Remind", "Nhắc nhở", "Remind"),
 ("Button.RemindAgency", "Nhắc cơ quan", "Remind agency"),
 ("Button.RemindAll", "Nhắc tất cả cơ quan quá hạn", "Remind every late agency"),
 ("Button.Escalate", "Chuyển thủ trưởng", "Escalate to head"),
 ("Dialog.Title.Case", "Nhắc xử lý phản ánh {0}", "Remind about case {0}"),
 ("Dialog.Title.Agency", "Nhắc {0} về các phản ánh quá hạn", "Remind {0} about its overdue cases"),
 ("Dialog.Title.AllAgencies", "Nhắc tất cả cơ quan có phản ánh quá hạn", "Remind every agency with overdue cases"),
 ("Dialog.Title.Escalation", "Chuyển thủ trưởng giải quyết phản ánh {0}", "Escalate case {0} to the agency head"),
 ("Dialog.Recipients", "Người nhận và kênh", "Recipients and channels"),
 ("Role.focal-officer", "Cán bộ đầu mối", "Focal officer"),
 ("Role.leader", "Lãnh đạo", "Leader"),
 ("Role.head", "Thủ trưởng", "Agency head"),
 ("Role.supervisor", "Trực ban", "Supervisor"),
 ("Channel.sms", "SMS", "SMS"),
 ("Channel.email", "Thư điện tử", "E-mail"),
 ("Channel.zalo", "Zalo OA", "Zalo OA"),
 ("Channel.in-app", "Trong ứng dụng", "In-app"),
 ("Dialog.Preview", "Xem trước", "Preview"),
 ("Dialog.PreviewEmpty", "Chọn ít nhất một người nhận và một kênh.", "Pick at least one recipient and channel."),
 ("Dialog.CustomText", "Nội dung riêng (để trống: dùng mẫu)", "Own text (empty: use the templates)"),
 ("Dialog.Reason", "Lý do", "Reason"),
 ("Dialog.Duplicate", "Đã nhắc lúc {0}, trong khoảng thời gian chống trùng.", "Already reminded at {0}, within the duplicate window."),
 ("Dialog.Force", "Vẫn gửi lại (cần nêu lý do)", "Send again anyway (give a reason)"),
 ("Dialog.Send", "Gửi", "Send"),
 ("Dialog.Cancel", "Hủy", "Cancel"),
 ("Dialog.Sent", "Đã ghi nhận {0} tin nhắn; đang gửi.", "{0} messages recorded; sending."),
 ("Dialog.Skipped", "Bỏ qua {0}: {1}", "Skipped {0}: {1}"),
 ("Dialog.Cases", "{0} phản ánh", "{0} cases"),
 ("Dialog.NoAddress", "Thiếu địa chỉ", "No address"),
 ("History.Title", "Nhắc nhở và chuyển cấp", "Reminders and escalations"),
 ("History.None", "Chưa có nhắc nhở.", "No reminders yet."),
 ("History.Kind.reminder", "Nhắc nhở", "Reminder"),
 ("History.Kind.escalation", "Chuyển thủ trưởng", "Escalation"),
 ("History.Kind.summary", "Báo cáo tháng", "Monthly summary"),
 ("History.Automatic", "tự động", "automatic"),
 ("History.Forced", "Gửi lại: {0}", "Sent again: {0}"),
 ("History.Reason", "Lý do: {0}", "Reason: {0}"),
 ("History.Retry", "Gửi lại tin này", "Retry this message"),
 ("History.Attempts", "{0} lần thử", "{0} attempts"),
 ("History.NextAttempt", "thử lại lúc {0}", "next try {0}"),
 ("Status.Pending", "Chờ gửi", "Pending"),
 ("Status.Sending", "Đang gửi", "Sending"),
 ("Status.Sent", "Đã gửi", "Sent"),
 ("Status.Delivered", "Đã nhận", "Delivered"),
 ("Status.Read", "Đã đọc", "Read"),
 ("Status.Failed", "Lỗi", "Failed"),
 ("Templates.Title", "Mẫu tin nhắn", "Message templates"),
 ("Templates.Intro", "Mẫu tiếng Việt theo loại và kênh. Trường dùng được: {0}", "Vietnamese templates per kind and channel. Placeholders: {0}"),
 ("Templates.Kind", "Loại", "Kind"),
 ("Templates.Channel", "Kênh", "Channel"),
 ("Templates.Subject", "Tiêu đề", "Subject"),
 ("Templates.Body", "Nội dung", "Body"),
 ("Templates.Default", "Mặc định", "Default"),
 ("Templates.Edited", "Đã sửa {0} bởi {1}", "Edited {0} by {1}"),
 ("Templates.Save", "Lưu", "Save"),
 ("Templates.Reset", "Khôi phục mặc định", "Restore default"),
 ("Templates.Saved", "Đã lưu mẫu.", "Template saved."),
 ("Templates.Preview", "Xem trước với dữ liệu mẫu", "Preview with sample data"),
 ("Templates.Length", "{0} ký tự", "{0} characters"),
 ("Kind.case-reminder", "Nhắc một phản ánh", "Case reminder"),
 ("Kind.agency-reminder", "Nhắc cơ quan (danh sách)", "Agency reminder (list)"),
 ("Kind.escalation", "Chuyển thủ trưởng", "Escalation"),
 ("Kind.emergency-alert", "Báo động khẩn chưa xác nhận", "Unacknowledged emergency"),
 ("Kind.monthly-summary", "Báo cáo tháng (000 Điều 17.2)", "Monthly summary (000 Điều 17.2)"),
]

HEAD = '''<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
'''

here = os.path.dirname(os.path.abspath(__file__))
for suffix, column in (("", 1), (".en", 2)):
    with open(os.path.join(here, f"ReminderResource{suffix}.resx"), "w", encoding="utf-8") as f:
        f.write(HEAD)
        for row in S:
            f.write(f'  <data name="{escape(row[0])}" xml:space="preserve"><value>{escape(row[column])}</value></data>\n')
        f.write("</root>\n")
