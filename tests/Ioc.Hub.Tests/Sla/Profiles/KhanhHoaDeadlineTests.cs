using Ioc.Hub.Sla.Deadlines;
using Ioc.Hub.Sla.Profiles;
using Ioc.Hub.Tests.Cases;
using static Ioc.Hub.Tests.Sla.Profiles.ProvinceTime;

namespace Ioc.Hub.Tests.Sla.Profiles;

/// <summary>Khánh Hòa (seed 000): Phụ lục II steps, the emergency procedure, clarification. Office hours 07:30–11:30, 13:00–17:00.</summary>
public sealed class KhanhHoaDeadlineTests
{
    private static readonly DeadlinePlanner Planner = ProvinceCase.Catalog.Get("khanh-hoa");

    [Theory]
    // 000 Điều 6.3; Phụ lục II Bước 1: receive, classify and route within 0,5 ngày làm việc of submission.
    [InlineData(SlaStep.Reception, StepHolder.OperationsCenter, "2026-05-04 08:00", "2026-05-04 13:30")]
    // 000 Điều 7.1.a; Phụ lục II Bước 2: accept or return within 01 ngày làm việc of routing.
    [InlineData(SlaStep.Acceptance, StepHolder.LeadAgency, "2026-05-04 13:30", "2026-05-05 13:30")]
    // 000 Điều 7.3; Phụ lục II Bước 3: process within 05 ngày làm việc of acceptance.
    [InlineData(SlaStep.Processing, StepHolder.LeadAgency, "2026-05-05 13:30", "2026-05-12 13:30")]
    // 000 Điều 8.3; Phụ lục II Bước 4: the leader approves within 0,25 ngày làm việc of the result.
    [InlineData(SlaStep.Approval, StepHolder.Approver, "2026-05-12 13:30", "2026-05-12 15:30")]
    // 000 Điều 9.2–9.3; Phụ lục II Bước 5: the agency itself publishes within 0,25 ngày làm việc of approval.
    [InlineData(SlaStep.Publication, StepHolder.LeadAgency, "2026-05-12 15:30", "2026-05-13 08:00")]
    public void EachPhuLucIIStepIsDueItsDurationAfterTheStepBefore(SlaStep step, StepHolder holder, string startsAt, string dueAt)
    {
        var planned = Planner.Preview(T("2026-05-04 08:00"), emergency: false).Step(step);

        Assert.Equal(holder, planned.Holder);
        Assert.Equal(T(startsAt), planned.StartsAt);
        Assert.Equal(T(dueAt), planned.DueAt);
    }

    [Fact]
    public void TheCaseIsDueSevenWorkingDaysAfterSubmissionAsPhuLucIIPrints()
    {
        // 000 Phụ lục II: "Tổng thời gian thực hiện: 07 ngày làm việc" = 0,5 + 1 + 5 + 0,25 + 0,25.
        var received = T("2026-05-04 08:00");
        var preview = Planner.PreviewPlan(received, emergency: false);

        Assert.Equal(T("2026-05-13 08:00"), preview.CaseDueAt);
        Assert.Equal(TimeSpan.FromHours(56), Planner.Calendar.WorkingTimeBetween(received, preview.CaseDueAt!.Value));
        Assert.Empty(preview.Unscheduled);
    }

    [Fact]
    public void AcceptanceCountsFromTheRealRoutingInstant()
    {
        // 000 Điều 7.1.a: "trong vòng 01 ngày làm việc kể từ lúc phản ánh, kiến nghị được phân phối".
        var c = new ProvinceCase("khanh-hoa");
        c.At(T("2026-05-04 08:00")).Must(c.Received());
        c.At(T("2026-05-04 16:00")).Must(c.Routed());

        Assert.Equal(SlaStep.Acceptance, c.Deadlines.Current!.Step);
        Assert.Equal(T("2026-05-05 16:00"), c.Deadlines.Current.DueAt);
    }

    [Fact]
    public void ProcessingCountsFromTheRealAcceptance()
    {
        // 000 Điều 7.3: "tối đa không quá 05 ngày làm việc ngay sau khi cơ quan xử lý tiếp nhận xử lý".
        var c = new ProvinceCase("khanh-hoa");
        c.ReceivedAndAccepted(T("2026-05-04 08:00"), T("2026-05-04 09:00"), T("2026-05-05 09:00"));

        Assert.Equal(SlaStep.Processing, c.Deadlines.Current!.Step);
        Assert.Equal(T("2026-05-12 09:00"), c.Deadlines.Current.DueAt);
        Assert.Equal(T("2026-05-12 14:30"), c.Deadlines.CaseDueAt); // + 0,25 + 0,25 ngày
    }

    [Fact]
    public void EmergencyReceptionAndConfirmationAreClockHoursThroughTheNight()
    {
        // 000 Điều 10.1: Bước 1 "chậm nhất trong vòng 01 giờ"; Điều 10.3: confirm "chậm nhất trong vòng 01 giờ ngay sau khi nhận phân phối".
        var preview = Planner.PreviewPlan(T("2026-05-05 22:00"), emergency: true);

        Assert.Equal(T("2026-05-05 23:00"), preview.Steps.Step(SlaStep.Reception).DueAt);
        Assert.Equal(T("2026-05-06 00:00"), preview.Steps.Step(SlaStep.Acceptance).DueAt);
        Assert.All(preview.Steps, s => Assert.True(s.ClockTime));
    }

    [Fact]
    public void TheEmergencyWorkItselfHasNoDeadlineSoTheCaseTotalIsUnknownAtReception()
    {
        // 000 Điều 10.3: "cử ngay lực lượng xử lý" gives no time; approval and publication count from the result.
        var preview = Planner.PreviewPlan(T("2026-05-05 22:00"), emergency: true);

        Assert.Null(preview.CaseDueAt);
        Assert.Equal([SlaStep.Processing, SlaStep.Approval, SlaStep.Publication], preview.Unscheduled.Select(r => r.Step));
    }

    [Fact]
    public void AnEmergencyRunsNoClockWhileTheAgencyWorks()
    {
        // 000 Điều 10.3: no time limit between the dispatch and the result.
        var c = new ProvinceCase("khanh-hoa");
        c.At(T("2026-05-05 22:00")).Must(c.Received(emergency: true, category: "fire"));
        c.At(T("2026-05-05 22:20")).Must(c.Routed());
        c.At(T("2026-05-05 22:40")).Must(c.Accepted());

        Assert.Null(c.Deadlines.Current);
        Assert.False(c.EvaluateAt(T("2026-05-20 08:00")).HasClock);
    }

    [Fact]
    public void AnEmergencyResultFoundAtNightIsApprovedWithinOneWorkingHourOfTheNextOpening()
    {
        // 000 Điều 10.4: "chậm nhất trong vòng 01 giờ làm việc ngay sau khi có kết quả" (working hour, not clock hour);
        // 000 Điều 10.5 → Điều 9.3: publication within 0,25 ngày làm việc of approval.
        var c = new ProvinceCase("khanh-hoa");
        c.At(T("2026-05-05 22:00")).Must(c.Received(emergency: true, category: "fire"));
        c.At(T("2026-05-05 22:20")).Must(c.Routed());
        c.At(T("2026-05-05 22:40")).Must(c.Accepted());
        c.At(T("2026-05-06 23:30")).Must(c.Result());

        Assert.Equal(SlaStep.Approval, c.Deadlines.Current!.Step);
        Assert.Equal(T("2026-05-07 08:30"), c.Deadlines.Current.DueAt);
        Assert.Equal(T("2026-05-07 10:30"), c.Deadlines.CaseDueAt);
    }

    [Fact]
    public void TheReporterHasTwoWorkingDaysToClarify()
    {
        // 000 Điều 12.4 (and 12.3): rejected "nếu sau 02 ngày vẫn không chỉnh sửa"; bare "ngày" read as working days (KH-A4).
        var c = new ProvinceCase("khanh-hoa");
        c.At(T("2026-05-04 09:00")).Must(c.Received());
        c.At(T("2026-05-04 10:00")).Must(c.ClarificationRequested());

        var current = c.Deadlines.Current!;
        Assert.Equal(SlaStep.Clarification, current.Step);
        Assert.Equal(StepHolder.Reporter, current.Holder);
        Assert.Equal(T("2026-05-06 10:00"), current.DueAt);
        Assert.Equal("000 Điều 12.4", current.Article);
    }

    [Fact]
    public void ASendBackByTheApproverKeepsTheProcessingDeadline()
    {
        // 000 Điều 8.1.a: the leader sends the result back to the handler; no new clock is written (KH-A2).
        var c = new ProvinceCase("khanh-hoa");
        c.ReceivedAndAccepted(T("2026-05-04 08:00"), T("2026-05-04 09:00"), T("2026-05-05 09:00"));
        c.At(T("2026-05-11 10:00")).Must(c.Result());
        c.At(T("2026-05-11 11:00")).Must(c.SentBack(Ioc.Hub.Cases.Events.SendBackKind.Approver));

        Assert.Equal(SlaStep.Processing, c.Deadlines.Current!.Step);
        Assert.Equal(T("2026-05-12 09:00"), c.Deadlines.Current.DueAt);
    }
}
