using Ioc.Hub.Cases.Events;
using Ioc.Hub.Sla.Deadlines;
using Ioc.Hub.Sla.Profiles;
using Ioc.Hub.Tests.Cases;
using static Ioc.Hub.Tests.Sla.Profiles.ProvinceTime;

namespace Ioc.Hub.Tests.Sla.Profiles;

/// <summary>Sóc Trăng (seed 002): Phụ lục II single-agency and coordinated plans, emergencies, redo, follow-up. Office hours 07:00–11:30, 13:00–16:30.</summary>
public sealed class SocTrangDeadlineTests
{
    private static readonly DeadlinePlanner Planner = ProvinceCase.Catalog.Get("soc-trang");

    [Theory]
    // 002 Điều 7.3; Phụ lục II Bước 1: the IOC routes within 04 giờ (working hours per the appendix) of the report's arrival (ST-A2).
    [InlineData(SlaStep.Reception, StepHolder.OperationsCenter, "2026-05-04 08:00", "2026-05-04 13:30")]
    // 002 Điều 8.1; Phụ lục II Bước 2: the agency's 06 WD "kể từ ngày tiếp nhận" = its receipt, of which 05 ngày to process (ST-A3).
    [InlineData(SlaStep.Processing, StepHolder.LeadAgency, "2026-05-04 13:30", "2026-05-11 13:30")]
    // 002 Điều 8.4; Phụ lục II Bước 4: the leader approves within 01 ngày làm việc.
    [InlineData(SlaStep.Approval, StepHolder.Approver, "2026-05-11 13:30", "2026-05-12 13:30")]
    // 002 Điều 9.2; Phụ lục II Bước 5: the IOC publishes within 04 giờ làm việc of approval.
    [InlineData(SlaStep.Publication, StepHolder.OperationsCenter, "2026-05-12 13:30", "2026-05-13 08:00")]
    public void EachSingleAgencyStepIsDueItsDurationAfterTheStepBefore(SlaStep step, StepHolder holder, string startsAt, string dueAt)
    {
        var planned = Planner.Preview(T("2026-05-04 08:00"), emergency: false).Step(step);

        Assert.Equal(holder, planned.Holder);
        Assert.Equal(T(startsAt), planned.StartsAt);
        Assert.Equal(T(dueAt), planned.DueAt);
    }

    [Theory]
    // 002 Điều 8.2 Bước 1; Phụ lục II Bước 3: the lead forwards to the coordinating agencies within 01 ngày làm việc.
    [InlineData(SlaStep.CoordinationRequest, StepHolder.LeadAgency, "2026-05-05 13:30")]
    // 002 Điều 8.2 Bước 2; Phụ lục II Bước 3: the coordinating agency answers within 04 ngày làm việc (03 + 01 approval).
    [InlineData(SlaStep.Coordination, StepHolder.CoordinatingAgency, "2026-05-11 13:30")]
    // 002 Điều 8.2 Bước 3; Phụ lục II Bước 3: the lead consolidates within 01 ngày (then 01 ngày approval: 02 in all).
    [InlineData(SlaStep.Processing, StepHolder.LeadAgency, "2026-05-12 13:30")]
    [InlineData(SlaStep.Approval, StepHolder.Approver, "2026-05-13 13:30")]
    [InlineData(SlaStep.Publication, StepHolder.OperationsCenter, "2026-05-14 08:00")]
    public void EachCoordinatedStepFollowsPhuLucIIBuoc3(SlaStep step, StepHolder holder, string dueAt)
    {
        var planned = Planner.Preview(T("2026-05-04 08:00"), emergency: false, coordinated: true).Step(step);

        Assert.Equal(holder, planned.Holder);
        Assert.Equal(T(dueAt), planned.DueAt);
    }

    [Fact]
    public void ProcessingCountsFromTheAgencysReceiptNotFromTheReport()
    {
        // 002 Điều 8.1: "Tối đa không quá 06 ngày làm việc, kể từ ngày tiếp nhận" read as the agency's receipt (ST-A3): 5 + 1 approval.
        var c = new ProvinceCase("soc-trang");
        c.At(T("2026-05-04 08:00")).Must(c.Received());
        c.At(T("2026-05-05 15:00")).Must(c.Routed());

        Assert.Equal(T("2026-05-12 15:00"), c.Deadlines.Current!.DueAt);
        c.At(T("2026-05-08 10:00")).Must(c.Result());
        Assert.Equal(SlaStep.Approval, c.Deadlines.Current!.Step);
        Assert.Equal(T("2026-05-11 10:00"), c.Deadlines.Current.DueAt);
    }

    [Fact]
    public void TheLeadsTwoDaysCountFromTheLastCoordinatingAnswer()
    {
        // 002 Điều 8.2 Bước 2–3: each coordinating agency has 04 WD from the request; the lead's 02 WD (01 + 01 approval)
        // start "kể từ ngày nhận được kết quả trả lời của cơ quan phối hợp" — the last one when there are several (ST-A4).
        var c = new ProvinceCase("soc-trang");
        c.At(T("2026-05-04 08:00")).Must(c.Received());
        c.At(T("2026-05-04 10:00")).Must(c.Routed(ProvinceCase.Lead, "agency-a", "agency-b"));
        c.At(T("2026-05-04 11:00")).Must(c.Accepted());
        c.At(T("2026-05-04 14:00")).Must(c.CoordinationRequested("agency-a", "agency-b"));
        Assert.Equal(T("2026-05-08 14:00"), c.Deadlines.Current!.DueAt);

        c.At(T("2026-05-06 09:00")).Must(c.CoordinationResult("agency-a"));
        Assert.Equal(SlaStep.Coordination, c.Deadlines.Current!.Step);
        c.At(T("2026-05-07 15:00")).Must(c.CoordinationResult("agency-b"));

        Assert.Equal(SlaStep.Processing, c.Deadlines.Current!.Step);
        Assert.Equal(T("2026-05-08 15:00"), c.Deadlines.Current.DueAt);
    }

    [Fact]
    public void AnEmptyAnswerSentBackByTheIocHasFourWorkingHours()
    {
        // 002 Điều 9.4: "không có nội dung trả lời … Trung tâm IOC sẽ trả lại cho lãnh đạo đơn vị. Thời gian trả lại không quá 04 giờ làm việc".
        var c = new ProvinceCase("soc-trang");
        c.At(T("2026-05-04 08:00")).Must(c.Received());
        c.At(T("2026-05-04 10:00")).Must(c.Routed());
        c.At(T("2026-05-08 09:00")).Must(c.Result());
        c.At(T("2026-05-08 10:00")).Must(c.Approved());
        c.At(T("2026-05-11 10:00")).Must(c.SentBack(SendBackKind.EmptyAnswer));

        var current = c.Deadlines.Current!;
        Assert.Equal(SlaStep.Redo, current.Step);
        Assert.Equal(T("2026-05-11 15:30"), current.DueAt);
        Assert.Equal("002 Điều 9.4", current.Article);
    }

    [Fact]
    public void AFollowUpQuestionIsAnsweredWithinTwoWorkingDays()
    {
        // 002 Điều 10.2: "làm rõ thông tin có phản hồi … trong 02 ngày làm việc kể từ ngày phản hồi".
        var c = new ProvinceCase("soc-trang");
        c.At(T("2026-05-04 08:00")).Must(c.Received());
        c.At(T("2026-05-04 10:00")).Must(c.Routed());
        c.At(T("2026-05-06 09:00")).Must(c.Result());
        c.At(T("2026-05-06 10:00")).Must(c.Approved());
        c.At(T("2026-05-06 13:00")).Must(c.Published());
        Assert.Null(c.Deadlines.Current);

        c.At(T("2026-05-08 15:00")).Must(c.FollowUpAsked());

        Assert.Equal(SlaStep.FollowUp, c.Deadlines.Current!.Step);
        Assert.Equal(T("2026-05-12 15:00"), c.Deadlines.Current.DueAt);
    }

    [Fact]
    public void AnEmergencyCallIsTransferredWithinFifteenClockMinutesDayOrNight()
    {
        // 002 Điều 8.6 Bước 1: "khi tiếp nhận phản ánh phải chuyển tiếp cuộc gọi" (no number; 15 minutes is the product's reading of "at once").
        var preview = Planner.PreviewPlan(T("2026-05-05 22:00"), emergency: true);

        var reception = Assert.Single(preview.Steps);
        Assert.Equal(T("2026-05-05 22:15"), reception.DueAt);
        Assert.True(reception.ClockTime);
        // 002 Điều 8.6 Bước 2: "theo quy định chuyên ngành" — no time limit, so the rest waits for the result.
        Assert.Equal([SlaStep.Processing, SlaStep.Approval, SlaStep.Publication], preview.Unscheduled.Select(r => r.Step));
        Assert.Null(preview.CaseDueAt);
    }

    [Fact]
    public void AnEmergencyResultIsApprovedWithinOneWorkingDay()
    {
        // 002 Điều 8.4: "Thời gian phê duyệt … trong các trường hợp tối đa không quá 01 ngày làm việc" — emergencies included.
        var c = new ProvinceCase("soc-trang");
        c.At(T("2026-05-05 22:00")).Must(c.Received(emergency: true, category: "natural-disaster"));
        c.At(T("2026-05-05 22:05")).Must(c.Routed());
        Assert.Null(c.Deadlines.Current);

        c.At(T("2026-05-06 03:00")).Must(c.Result());

        Assert.Equal(SlaStep.Approval, c.Deadlines.Current!.Step);
        Assert.Equal(T("2026-05-06 16:30"), c.Deadlines.Current.DueAt); // the whole of Wednesday
        Assert.Equal(T("2026-05-07 11:00"), c.Deadlines.CaseDueAt); // 002 Điều 9.2: + 04 giờ làm việc
    }
}
