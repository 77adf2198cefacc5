using Ioc.Hub.Cases.Events;
using Ioc.Hub.Sla.Deadlines;
using Ioc.Hub.Sla.Profiles;
using Ioc.Hub.Tests.Cases;
using static Ioc.Hub.Tests.Sla.Profiles.ProvinceTime;

namespace Ioc.Hub.Tests.Sla.Profiles;

/// <summary>Tây Ninh (seed 003): 4 WH reception, 6 WD processing from acceptance, approval, publication, redo clocks. Office hours 07:00–11:30, 13:00–16:30.</summary>
public sealed class TayNinhDeadlineTests
{
    private static readonly DeadlinePlanner Planner = ProvinceCase.Catalog.Get("tay-ninh");

    [Theory]
    // 003 Điều 7.2: "trong vòng 04 giờ làm việc ngay sau khi có thông tin phản ánh, kiến nghị".
    [InlineData(SlaStep.Reception, StepHolder.OperationsCenter, "2026-05-04 08:00", "2026-05-04 13:30")]
    // 003 Điều 8.2.b: return within 01 ngày làm việc; the same day is the deadline to accept (TN-A1, derived).
    [InlineData(SlaStep.Acceptance, StepHolder.LeadAgency, "2026-05-04 13:30", "2026-05-05 13:30")]
    // 003 Điều 8.2.a: "tối đa không quá 06 ngày làm việc (trừ thứ Bảy, Chủ nhật và ngày lễ, tết)" from acceptance.
    [InlineData(SlaStep.Processing, StepHolder.LeadAgency, "2026-05-05 13:30", "2026-05-13 13:30")]
    // 003 Điều 9.2: approval "trong vòng 01 ngày làm việc … ngay sau khi có kết quả xử lý".
    [InlineData(SlaStep.Approval, StepHolder.Approver, "2026-05-13 13:30", "2026-05-14 13:30")]
    // 003 Điều 10.1–10.2: the coordinator publishes "trong vòng 04 giờ làm việc ngay sau khi kết quả … được phê duyệt".
    [InlineData(SlaStep.Publication, StepHolder.OperationsCenter, "2026-05-14 13:30", "2026-05-15 08:00")]
    public void EachStepIsDueItsDurationAfterTheStepBefore(SlaStep step, StepHolder holder, string startsAt, string dueAt)
    {
        var planned = Planner.Preview(T("2026-05-04 08:00"), emergency: false).Step(step);

        Assert.Equal(holder, planned.Holder);
        Assert.Equal(T(startsAt), planned.StartsAt);
        Assert.Equal(T(dueAt), planned.DueAt);
    }

    [Fact]
    public void TheSixWorkingDaysCountFromTheAgencysAcceptance()
    {
        // 003 Điều 8.2.a: "kể từ ngày đơn vị xử lý tiếp nhận xử lý đúng thẩm quyền".
        var c = new ProvinceCase("tay-ninh");
        c.ReceivedAndAccepted(T("2026-05-04 08:00"), T("2026-05-04 10:00"), T("2026-05-06 16:00"));

        Assert.Equal(SlaStep.Processing, c.Deadlines.Current!.Step);
        Assert.Equal(T("2026-05-14 16:00"), c.Deadlines.Current.DueAt);
    }

    [Theory]
    // 003 Điều 10.4 indent 1: a result not in the Phụ lục 1 form is fixed "trong vòng 30 phút" (clock, TN-A3/TN-A4).
    [InlineData(SendBackKind.FormatFix, "2026-05-12 16:40")]
    // 003 Điều 10.4 indent 2: an inaccurate result or one missing photos is fixed "trong vòng 01 giờ đồng hồ".
    [InlineData(SendBackKind.Inaccurate, "2026-05-12 17:10")]
    public void ARedoRunsOnTheClockEvenPastOfficeHours(SendBackKind kind, string dueAt)
    {
        var c = ApprovedCase();

        c.At(T("2026-05-12 16:10")).Must(c.SentBack(kind));

        var current = c.Deadlines.Current!;
        Assert.Equal(SlaStep.Redo, current.Step);
        Assert.Equal(StepHolder.LeadAgency, current.Holder);
        Assert.True(current.ClockTime);
        Assert.Equal(T(dueAt), current.DueAt);
        Assert.Equal("003 Điều 10.4", current.Article);
    }

    [Fact]
    public void ALateRedoIsCountedAgainstTheAgencyInClockMinutes()
    {
        // 003 Điều 10.4: "thời gian sẽ được tính trễ cho đơn vị xử lý nếu cập nhật kết quả xử lý chậm".
        var c = ApprovedCase();
        c.At(T("2026-05-12 16:10")).Must(c.SentBack(SendBackKind.Inaccurate));

        var evaluation = c.EvaluateAt(T("2026-05-12 17:25"));

        Assert.Equal(SlaStatus.Overdue, evaluation.Status);
        Assert.Equal(StepHolder.LeadAgency, evaluation.Holder);
        Assert.Equal(TimeSpan.FromMinutes(15), evaluation.LateBy);
    }

    [Fact]
    public void AReopenedCaseGetsANewProcessingClockFromTheUnsatisfiedRating()
    {
        // 003 Điều 10.4 indent 3: "Không hài lòng" → reprocess; no clock is written, 06 WD by analogy with 8.2.a (TN-A5).
        var c = ApprovedCase();
        c.At(T("2026-05-13 09:00")).Must(c.Published());
        c.At(T("2026-05-15 09:00")).Must(c.Rated("unsatisfied"));

        Assert.Equal(SlaStep.Processing, c.Deadlines.Current!.Step);
        Assert.Equal(T("2026-05-25 09:00"), c.Deadlines.Current.DueAt);
    }

    private static ProvinceCase ApprovedCase()
    {
        var c = new ProvinceCase("tay-ninh");
        c.ReceivedAndAccepted(T("2026-05-04 08:00"), T("2026-05-04 10:00"), T("2026-05-04 14:00"));
        c.At(T("2026-05-11 15:00")).Must(c.Result());
        c.At(T("2026-05-12 15:00")).Must(c.Approved());
        return c;
    }
}
