using Ioc.Hub.Cases.Events;

namespace Ioc.Hub.Benchmarks.Streaming;

/// <summary>
/// The life of one ordinary case as it crosses the stream: reception with a full description and reporter, then the
/// shorter steps and one deadline annotation, shaped like the examples of docs/events.md.
/// </summary>
internal static class RealisticEvents
{
    public const int PerCase = 8;

    private static readonly string[] Fields = ["infrastructure", "environment", "urban-order", "transport", "health"];

    public static IEnumerable<CaseEvent> Case(int number)
    {
        var caseId = $"KH-2026-{number:D6}";
        var at = new DateTimeOffset(2026, 3, 2, 7, 48, 12, TimeSpan.FromHours(7)).AddMinutes(number % 10_000);
        var seq = 0L;
        T Next<T>(T e) where T : CaseEvent => e with { Sequence = ++seq, OccurredAt = at.AddHours(seq * 3) };

        yield return Next(new CaseReceived
        {
            Id = Guid.NewGuid(), CaseId = caseId, Sequence = 1, OccurredAt = at, Actor = "pakn.khanhhoa.gov.vn",
            Code = caseId, ProfileId = "khanh-hoa", Channel = (Channel)(number % 9), FieldCode = Fields[number % Fields.Length],
            Title = "Ngập nước kéo dài tại hẻm 12 Nguyễn Thiện Thuật",
            Description = "Sau mỗi trận mưa, hẻm 12 Nguyễn Thiện Thuật ngập sâu khoảng 30 cm, nước rút chậm hơn 6 giờ do cống "
                + "thoát nước bị tắc. Người dân đi lại khó khăn, xe máy chết máy, trẻ em đi học phải lội nước. Đề nghị cơ quan "
                + "chức năng kiểm tra, nạo vét cống và có phương án chống ngập lâu dài cho khu vực.",
            Location = new GeoLocation(12.2396 + number % 100 * 0.001, 109.1943, "kh-nha-trang", "Hẻm 12 Nguyễn Thiện Thuật, phường Nha Trang"),
            Reporter = new ReporterContact("Lê Thị Hồng", "0900234567", "hong.le@example.vn"),
            Attachments = [$"https://pakn.khanhhoa.gov.vn/files/2026/03/02/{caseId}-1.jpg", $"https://pakn.khanhhoa.gov.vn/files/2026/03/02/{caseId}-2.jpg"],
        });
        yield return Next(new CaseClassified { Id = Guid.NewGuid(), CaseId = caseId, Sequence = 0, OccurredAt = at, Actor = "ioc.tiepnhan01", Group = ClassificationGroup.Ours });
        yield return Next(new CaseRouted
        {
            Id = Guid.NewGuid(), CaseId = caseId, Sequence = 0, OccurredAt = at, Actor = "ioc.tiepnhan01",
            LeadAgencyId = "kh-sxd", CoordinatingAgencyIds = ["kh-ubnd-nha-trang"],
        });
        yield return Next(new CaseAccepted { Id = Guid.NewGuid(), CaseId = caseId, Sequence = 0, OccurredAt = at, Actor = "kh-sxd.vanthu", AgencyId = "kh-sxd" });
        yield return new DeadlineStateChanged
        {
            Id = Guid.NewGuid(), CaseId = caseId, Sequence = seq, OccurredAt = at.AddDays(3), Actor = "ioc.scheduler",
            Step = "processing", Status = SlaStatus.DueSoon, DueAt = at.AddDays(5),
        };
        yield return Next(new ResultSubmitted
        {
            Id = Guid.NewGuid(), CaseId = caseId, Sequence = 0, OccurredAt = at, Actor = "kh-sxd.chuyenvien02", AgencyId = "kh-sxd",
            Summary = "Sở Xây dựng phối hợp UBND thành phố Nha Trang đã kiểm tra hiện trường, nạo vét 45 m cống thoát nước hẻm 12, "
                + "khơi thông hố ga. Việc cải tạo tuyến cống được đưa vào kế hoạch duy tu năm 2026.",
            PhotoCount = 3,
        });
        yield return Next(new ResultApproved { Id = Guid.NewGuid(), CaseId = caseId, Sequence = 0, OccurredAt = at, Actor = "kh-sxd.lanhdao", ApproverName = "Trần Văn Bình" });
        yield return Next(new ResultPublished { Id = Guid.NewGuid(), CaseId = caseId, Sequence = 0, OccurredAt = at, Actor = "ioc.bientap" });
    }

    /// <summary>The first <paramref name="count"/> events of consecutive cases.</summary>
    public static IEnumerable<CaseEvent> Take(int count) =>
        Enumerable.Range(0, (count + PerCase - 1) / PerCase).SelectMany(Case).Take(count);
}
