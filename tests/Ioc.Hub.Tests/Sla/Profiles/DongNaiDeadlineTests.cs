using Ioc.Hub.Cases.Events;
using Ioc.Hub.Sla.Deadlines;
using Ioc.Hub.Sla.Profiles;
using Ioc.Hub.Tests.Cases;
using static Ioc.Hub.Tests.Sla.Profiles.ProvinceTime;

namespace Ioc.Hub.Tests.Sla.Profiles;

/// <summary>Đồng Nai (seed 004): focal officer 8 WH, then the agency head up to 48 WH from the transfer. Office hours 07:00–11:30, 13:00–16:30.</summary>
public sealed class DongNaiDeadlineTests
{
    private static readonly DeadlinePlanner Planner = ProvinceCase.Catalog.Get("dong-nai");

    /// <summary>Transferred Mon 04/05 09:00: focal officer due Tue 05/05 09:00, head due Tue 12/05 09:00.</summary>
    private static ProvinceCase Transferred()
    {
        var c = new ProvinceCase("dong-nai");
        c.At(T("2026-05-04 08:50")).Must(c.Received());
        c.At(T("2026-05-04 09:00")).Must(c.Routed());
        return c;
    }

    [Fact]
    public void ThePreviewShowsTheFocalOfficerThenTheAgencyHead()
    {
        // 004 Điều 10.1: 08 giờ làm việc for the focal officer; Điều 10.2: the head "không quá 48 giờ làm việc (kể từ khi nhận được nội dung từ Tổng đài viên)".
        var steps = Planner.Preview(T("2026-05-04 08:30"), emergency: false);

        Assert.Equal(T("2026-05-04 09:00"), steps.Step(SlaStep.Reception).DueAt);
        Assert.Equal(T("2026-05-05 09:00"), steps.Step(SlaStep.Processing, StepHolder.FocalOfficer).DueAt);
        Assert.Equal(T("2026-05-12 09:00"), steps.Step(SlaStep.Processing, StepHolder.AgencyHead).DueAt);
    }

    [Fact]
    public void TheFocalOfficerHoldsTheCaseForEightWorkingHoursFromTheTransfer()
    {
        // 004 Điều 10.1: "08 giờ làm việc kể từ thời điểm nhận được phản ánh, kiến nghị chuyển tới từ Tổng đài viên".
        var evaluation = Transferred().EvaluateAt(T("2026-05-05 09:00"));

        Assert.Equal(StepHolder.FocalOfficer, evaluation.Holder);
        Assert.False(evaluation.Escalated);
        Assert.Equal(T("2026-05-05 09:00"), evaluation.StepDueAt);
        Assert.NotEqual(SlaStatus.Overdue, evaluation.Status);
    }

    [Fact]
    public void AfterEightWorkingHoursTheCasePassesToTheAgencyHead()
    {
        // 004 Điều 9.1.b: "Sau 08 giờ làm việc thông tin ghi nhận sẽ được tiếp tục chuyển đến Thủ trưởng của đơn vị".
        var c = Transferred();

        var evaluation = c.EvaluateAt(T("2026-05-05 09:01"));

        Assert.True(evaluation.Escalated);
        Assert.Equal(StepHolder.AgencyHead, evaluation.Holder);
        Assert.Equal(T("2026-05-12 09:00"), evaluation.StepDueAt);
        Assert.Equal(SlaStatus.OnTime, evaluation.Status);
        Assert.Equal("004 Điều 10.2; 9.1.b", c.Deadlines.Escalation!.Article);
    }

    [Fact]
    public void TheCaseIsOverdueOnlyAfterFortyEightWorkingHoursFromTheTransfer()
    {
        // 004 Điều 10.2: after 48 WH from the transfer (DN-A1: the 48 include the first 8) it is "trễ hạn (đang chờ xử lý)".
        var c = Transferred();

        Assert.Equal(SlaStatus.DueSoon, c.EvaluateAt(T("2026-05-12 09:00")).Status);
        var late = c.EvaluateAt(T("2026-05-12 09:01"));
        Assert.Equal(SlaStatus.Overdue, late.Status);
        Assert.Equal(StepHolder.AgencyHead, late.Holder);
        Assert.Equal(TimeSpan.FromMinutes(1), late.LateBy);
        Assert.Equal(T("2026-05-12 09:00"), c.Deadlines.CaseDueAt);
    }

    [Fact]
    public void AnAppointmentReplacesTheFocalOfficersDeadline()
    {
        // 004 Điều 10.4: "phải hẹn lại người dân … thời hạn xử lý tối đa cho mỗi lần hẹn"; the appointment is the new deadline.
        var c = Transferred();

        c.At(T("2026-05-04 15:00")).Must(c.Rescheduled(T("2026-05-06 15:00")));

        Assert.Equal(T("2026-05-06 15:00"), c.Deadlines.Current!.DueAt);
        Assert.Null(c.Deadlines.Escalation);
    }

    [Fact]
    public void TheFocalOfficersAnswerEndsTheClockBecausePublicationHasNoDeadline()
    {
        // 004 Điều 10.1: the focal officer answers the reporter; Điều 12 sets no time to publish, and there is no approval step.
        var c = Transferred();

        var state = c.At(T("2026-05-04 16:00")).Must(c.Result());

        Assert.Equal(Ioc.Hub.Cases.CaseStage.Approved, state.Stage);
        Assert.Null(c.Deadlines.Current);
    }
}
