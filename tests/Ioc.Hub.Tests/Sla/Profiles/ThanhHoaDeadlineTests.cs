using Ioc.Hub.Cases;
using Ioc.Hub.Sla.Deadlines;
using Ioc.Hub.Sla.Profiles;
using Ioc.Hub.Tests.Cases;
using static Ioc.Hub.Tests.Sla.Profiles.ProvinceTime;

namespace Ioc.Hub.Tests.Sla.Profiles;

/// <summary>Thanh Hóa (seed 001): 2 WD to route, 10 WD for the specialist unit, 1 WD to publish, no approval. Office hours 07:30–11:30, 13:00–17:00.</summary>
public sealed class ThanhHoaDeadlineTests
{
    private static readonly DeadlinePlanner Planner = ProvinceCase.Catalog.Get("thanh-hoa");

    [Theory]
    // 001 Điều 12.1–12.4: classify and route (or reject, ask to clarify, forward) within 02 ngày làm việc of receipt.
    [InlineData(SlaStep.Reception, StepHolder.OperationsCenter, "2026-05-04 08:00", "2026-05-06 08:00")]
    // 001 Điều 12.4: the specialist unit returns its result within 10 ngày làm việc, counted from routing (TH-A1).
    [InlineData(SlaStep.Processing, StepHolder.LeadAgency, "2026-05-06 08:00", "2026-05-20 08:00")]
    // 001 Điều 13.1: the receiving unit publishes within 01 ngày làm việc "kể từ khi có kết quả xử lý".
    [InlineData(SlaStep.Publication, StepHolder.OperationsCenter, "2026-05-20 08:00", "2026-05-21 08:00")]
    public void EachStepIsDueItsDurationAfterTheStepBefore(SlaStep step, StepHolder holder, string startsAt, string dueAt)
    {
        var planned = Planner.Preview(T("2026-05-04 08:00"), emergency: false).Step(step);

        Assert.Equal(holder, planned.Holder);
        Assert.Equal(T(startsAt), planned.StartsAt);
        Assert.Equal(T(dueAt), planned.DueAt);
    }

    [Fact]
    public void ThePlanHasNoApprovalStep()
    {
        // 001 Điều 12–13: the result goes from the specialist unit to the receiving unit for publication; no leader approval.
        Assert.DoesNotContain(Planner.Profile.Normal, r => r.Step == SlaStep.Approval);
        Assert.Equal(T("2026-05-21 08:00"), Planner.PreviewPlan(T("2026-05-04 08:00"), emergency: false).CaseDueAt); // 13 WD
    }

    [Fact]
    public void TheTenWorkingDaysCountFromTheRealRouting()
    {
        // 001 Điều 12.4: "trong thời hạn 10 ngày làm việc, đơn vị chuyên môn trực tiếp xử lý phải chuyển kết quả".
        var c = new ProvinceCase("thanh-hoa");
        c.At(T("2026-05-04 08:00")).Must(c.Received());
        c.At(T("2026-05-05 10:00")).Must(c.Routed());

        Assert.Equal(SlaStep.Processing, c.Deadlines.Current!.Step);
        Assert.Equal(T("2026-05-19 10:00"), c.Deadlines.Current.DueAt);
    }

    [Fact]
    public void AResultGoesStraightToPublicationWithinOneWorkingDay()
    {
        // 001 Điều 13.1: "Trong thời hạn 01 ngày làm việc kể từ khi có kết quả xử lý, bộ phận tiếp nhận … công khai kết quả".
        var c = new ProvinceCase("thanh-hoa");
        c.At(T("2026-05-04 08:00")).Must(c.Received());
        c.At(T("2026-05-05 10:00")).Must(c.Routed());
        var state = c.At(T("2026-05-08 16:00")).Must(c.Result());

        Assert.Equal(CaseStage.Approved, state.Stage);
        Assert.Equal(SlaStep.Publication, c.Deadlines.Current!.Step);
        Assert.Equal(T("2026-05-11 16:00"), c.Deadlines.Current.DueAt);
    }

    [Fact]
    public void TheReporterHasFiveWorkingDaysToClarify()
    {
        // 001 Điều 12.2: "Thời hạn đề tổ chức, cá nhân bổ sung làm rõ … là 05 ngày làm việc; quá thời gian này … không được giải quyết".
        var c = new ProvinceCase("thanh-hoa");
        c.At(T("2026-05-04 09:00")).Must(c.Received());
        c.At(T("2026-05-05 09:00")).Must(c.ClarificationRequested());

        var current = c.Deadlines.Current!;
        Assert.Equal(SlaStep.Clarification, current.Step);
        Assert.Equal(StepHolder.Reporter, current.Holder);
        Assert.Equal(T("2026-05-12 09:00"), current.DueAt);
        Assert.Equal("001 Điều 12.2", current.Article);
    }

    [Fact]
    public void ACoordinatingAgencyHasFiveWorkingDaysFromTheRequestWhileTheLeadsTenAreUnchanged()
    {
        // 001 Điều 12.4: "thời gian xử lý của cơ quan phối hợp là 05 ngày làm việc kể từ ngày nhận được đề nghị phối hợp";
        // the lead's own 10 WD are not extended by the coordination (TH-A5).
        var c = new ProvinceCase("thanh-hoa");
        c.At(T("2026-05-04 08:00")).Must(c.Received());
        c.At(T("2026-05-05 10:00")).Must(c.Routed(ProvinceCase.Lead, "agency-other"));
        c.At(T("2026-05-05 11:00")).Must(c.Accepted());
        Assert.Equal(SlaStep.Processing, c.Deadlines.Current!.Step); // no coordination asked yet: the lead's clock runs

        c.At(T("2026-05-07 09:00")).Must(c.CoordinationRequested("agency-other"));

        var deadlines = c.Deadlines;
        Assert.Equal(SlaStep.Coordination, deadlines.Current!.Step);
        Assert.Equal(StepHolder.CoordinatingAgency, deadlines.Current.Holder);
        Assert.Equal(T("2026-05-14 09:00"), deadlines.Current.DueAt);
        Assert.Equal(T("2026-05-19 10:00"), deadlines.Remaining.Step(SlaStep.Processing).DueAt);
    }

    [Fact]
    public void ACoordinatedPreviewShowsTheLeadsDeadlinesAndLeavesTheCoordinationUnscheduled()
    {
        // 001 Điều 12.4: the coordination clock starts only when the lead asks, which the regulation does not time.
        var preview = Planner.PreviewPlan(T("2026-05-04 08:00"), emergency: false, coordinated: true);

        Assert.Equal([SlaStep.CoordinationRequest, SlaStep.Coordination], preview.Unscheduled.Select(r => r.Step));
        Assert.Equal(T("2026-05-20 08:00"), preview.Steps.Step(SlaStep.Processing).DueAt);
        Assert.Equal(T("2026-05-21 08:00"), preview.CaseDueAt);
    }
}
