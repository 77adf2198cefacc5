using Ioc.Hub.Cases.Events;

namespace Ioc.Hub.Tests.Cases.Events;

/// <summary>One valid event of every contract type, all of case KH-2026-000123 (Khánh Hòa), in March 2026.</summary>
internal static class SampleEvents
{
    public const string CaseId = "KH-2026-000123";

    /// <summary>After every sample's occurredAt, so none of them is "in the future".</summary>
    public static readonly DateTimeOffset Now = At("2026-03-20T09:00:00+07:00");

    public static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static Guid Id(int n) => Guid.Parse($"6f0c9a1e-2b7d-4c3a-9e51-{n:D12}");

    public static CaseReceived Received() => new()
    {
        Id = Id(1), CaseId = CaseId, Sequence = 1, OccurredAt = At("2026-03-02T08:12:30+07:00"), Actor = "portal",
        Code = CaseId, ProfileId = "khanh-hoa", Channel = Channel.Portal, FieldCode = "infrastructure",
        Title = "Đèn đường hỏng trên đường Trần Phú",
        Description = "Ba cột đèn chiếu sáng trước số 72 Trần Phú không sáng từ tối 28/02, đoạn đường rất tối, dễ gây tai nạn.",
        Location = new(12.2431, 109.1962, "kh-nha-trang", "72 Trần Phú, phường Nha Trang"),
        Reporter = new("Nguyễn Văn An", "0900123456", "an.nguyen@example.vn"),
        Attachments = ["https://pakn.khanhhoa.gov.vn/files/2026/03/02/den-duong-1.jpg", "https://pakn.khanhhoa.gov.vn/files/2026/03/02/den-duong-2.jpg"],
    };

    public static IReadOnlyList<CaseEvent> All { get; } =
    [
        Received(),
        new CaseClassified { Id = Id(2), CaseId = CaseId, Sequence = 2, OccurredAt = At("2026-03-02T09:00:00+07:00"), Actor = "tdv.lan", Group = ClassificationGroup.Ours, FieldCode = "electricity" },
        new ClarificationRequested { Id = Id(3), CaseId = CaseId, Sequence = 3, OccurredAt = At("2026-03-02T09:05:00+07:00"), Question = "Đề nghị ông cho biết chính xác số cột đèn bị hỏng." },
        new ClarificationSupplied { Id = Id(4), CaseId = CaseId, Sequence = 4, OccurredAt = At("2026-03-02T10:30:00+07:00"), Text = "Cột số 14, 15 và 16 phía biển." },
        new CaseRejected { Id = Id(5), CaseId = CaseId, Sequence = 5, OccurredAt = At("2026-03-02T10:40:00+07:00"), Reason = RejectionReason.Duplicate, Note = "Trùng với phản ánh KH-2026-000120 của cùng người gửi." },
        new CaseRouted { Id = Id(6), CaseId = CaseId, Sequence = 6, OccurredAt = At("2026-03-02T10:45:00+07:00"), LeadAgencyId = "kh-sxd", CoordinatingAgencyIds = ["kh-ubnd-nha-trang", "kh-pc"] },
        new CaseAccepted { Id = Id(7), CaseId = CaseId, Sequence = 7, OccurredAt = At("2026-03-03T08:00:00+07:00"), AgencyId = "kh-sxd" },
        new CaseReturned { Id = Id(8), CaseId = CaseId, Sequence = 8, OccurredAt = At("2026-03-03T08:10:00+07:00"), AgencyId = "kh-snnmt", Reason = "Chiếu sáng đô thị thuộc thẩm quyền Sở Xây dựng." },
        new ExtensionRegistered { Id = Id(9), CaseId = CaseId, Sequence = 9, OccurredAt = At("2026-03-04T14:00:00+07:00"), AgencyId = "kh-sxd", CommittedDueAt = At("2026-03-11T17:00:00+07:00"), Reason = "Cần khảo sát hiện trường cùng đơn vị điện lực.", Kind = ExtensionKind.Verification },
        new CaseRescheduled { Id = Id(10), CaseId = CaseId, Sequence = 10, OccurredAt = At("2026-03-04T15:00:00+07:00"), AgencyId = "kh-sxd", AppointmentAt = At("2026-03-06T10:00:00+07:00"), Reason = "Hẹn lại để chờ kết quả kiểm tra." },
        new CoordinationRequested { Id = Id(11), CaseId = CaseId, Sequence = 11, OccurredAt = At("2026-03-04T16:00:00+07:00"), AgencyIds = ["kh-pc", "kh-ubnd-nha-trang"] },
        new CoordinationResultSubmitted { Id = Id(12), CaseId = CaseId, Sequence = 12, OccurredAt = At("2026-03-05T11:00:00+07:00"), AgencyId = "kh-pc", Summary = "Đã thay bóng đèn cột 14–16." },
        new ResultSubmitted { Id = Id(13), CaseId = CaseId, Sequence = 13, OccurredAt = At("2026-03-05T15:00:00+07:00"), AgencyId = "kh-sxd", Summary = "Đã khắc phục, ba cột đèn sáng bình thường.", PhotoCount = 2 },
        new ResultSentBack { Id = Id(14), CaseId = CaseId, Sequence = 14, OccurredAt = At("2026-03-05T15:20:00+07:00"), Kind = SendBackKind.FormatFix, Reason = "Thiếu trích yếu theo Mẫu Phụ lục I." },
        new ResultApproved { Id = Id(15), CaseId = CaseId, Sequence = 15, OccurredAt = At("2026-03-05T16:00:00+07:00"), ApproverName = "Trần Thị Bích", Edited = true },
        new ResultPublished { Id = Id(16), CaseId = CaseId, Sequence = 16, OccurredAt = At("2026-03-06T08:30:00+07:00"), Visibility = PublicationVisibility.Private },
        new FollowUpAsked { Id = Id(17), CaseId = CaseId, Sequence = 17, OccurredAt = At("2026-03-06T20:00:00+07:00"), Question = "Cột số 17 vẫn chưa sáng." },
        new FollowUpAnswered { Id = Id(18), CaseId = CaseId, Sequence = 18, OccurredAt = At("2026-03-09T09:00:00+07:00"), Answer = "Đã thay bóng cột 17 sáng 09/3." },
        new CaseRated { Id = Id(19), CaseId = CaseId, Sequence = 19, OccurredAt = At("2026-03-09T19:00:00+07:00"), Rating = "very-satisfied", Comment = "Xử lý nhanh." },
        new CaseReopened { Id = Id(20), CaseId = CaseId, Sequence = 20, OccurredAt = At("2026-03-10T08:00:00+07:00"), Reason = "Người dân đánh giá không hài lòng." },
        new ClosedAtFirstContact { Id = Id(21), CaseId = CaseId, Sequence = 21, OccurredAt = At("2026-03-10T08:05:00+07:00"), Answer = "Tổng đài viên đã hướng dẫn trực tiếp." },
        new ReminderSent { Id = Id(22), CaseId = CaseId, Sequence = 7, OccurredAt = At("2026-03-04T09:00:00+07:00"), ReminderId = Id(122), AgencyId = "kh-sxd", Recipient = RecipientRole.FocalOfficer, Channel = NotificationChannel.Zalo, Forced = true },
        new CaseEscalated { Id = Id(23), CaseId = CaseId, Sequence = 7, OccurredAt = At("2026-03-04T10:00:00+07:00"), AgencyId = "kh-sxd", Level = EscalationLevel.AgencyHead, Reason = "Quá hạn xử lý.", Automatic = true },
        new EmergencyAcknowledged { Id = Id(24), CaseId = CaseId, Sequence = 1, OccurredAt = At("2026-03-02T08:13:00+07:00"), Note = "Đã gọi lại người báo tin." },
        new InternalNoteAdded { Id = Id(25), CaseId = CaseId, Sequence = 0, OccurredAt = At("2026-03-02T08:14:00+07:00"), Note = "Liên quan dự án cải tạo Trần Phú." },
        new RerouteRequested { Id = Id(27), CaseId = CaseId, Sequence = 7, OccurredAt = At("2026-03-04T16:30:00+07:00"), FromAgencyId = "kh-sxd", ToAgencyId = "kh-ubnd-nha-trang", Reason = "Đường nội phường do UBND phường quản lý." },
        new DeadlineStateChanged { Id = Id(26), CaseId = CaseId, Sequence = 7, OccurredAt = At("2026-03-04T16:00:00+07:00"), Step = "processing", Status = SlaStatus.DueSoon, DueAt = At("2026-03-05T17:00:00+07:00") },
    ];

    public static CaseEvent OfType(string typeName) => All.Single(e => e.Type == typeName);

    public static TheoryData<string> TypeNames => [.. CaseEventJson.TypeNames];
}
