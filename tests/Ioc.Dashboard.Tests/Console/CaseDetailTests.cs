using Ioc.Dashboard.Components.Pages.Console;
using Ioc.Dashboard.Components.Pages.Console.Data;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Sla.Profiles;

namespace Ioc.Dashboard.Tests.Console;

public class CaseDetailTests(ConsoleStore store) : ConsoleTest(store)
{
    [Fact]
    public async Task EachStepShowsItsPlannedAndActualTimeAndLatenessInWorkingTime()
    {
        var detail = await Store.Get<CaseDetailReader>().ReadAsync(ConsoleViewer.From(Supervisor), ConsoleStore.Late);

        Assert.NotNull(detail);
        var steps = detail.Steps;
        Assert.Equal([SlaStep.Reception, SlaStep.Acceptance, SlaStep.Processing], steps.Select(s => s.Step));
        // 000 Điều 6.3: reception within 0.5 working day of receipt: 08:00 + 4 working hours = 13:30; routed 14:30, 1 h late.
        Assert.Equal(ConsoleStore.At("2026-03-02T13:30:00+07:00"), steps[0].DueAt);
        Assert.Equal(ConsoleStore.At("2026-03-02T14:30:00+07:00"), steps[0].DoneAt);
        Assert.Equal(TimeSpan.FromHours(1), steps[0].LateBy);
        // 000 Điều 7.1.a: accept within 1 working day of routing (14:30 the next day); accepted at 16:00 the same day.
        Assert.Equal(ConsoleStore.At("2026-03-03T14:30:00+07:00"), steps[1].DueAt);
        Assert.False(steps[1].IsLate);
        // 000 Điều 7.3: process within 5 working days of acceptance: due Monday 09/03 16:00; at Tuesday 09:00 it is
        // 1 h (16:00–17:00) + 1 h 30 (07:30–09:00) = 2 h 30 of working time late, still running.
        Assert.Equal(ConsoleStore.At("2026-03-09T16:00:00+07:00"), steps[2].DueAt);
        Assert.Null(steps[2].DoneAt);
        Assert.Equal(TimeSpan.FromMinutes(150), steps[2].LateBy);
        Assert.Equal(StepHolder.LeadAgency, steps[2].Holder);
    }

    [Fact]
    public void ThePageShowsTheTimelineWithActorAndVietnamTimeAndTheStepLateness()
    {
        SignIn(Supervisor);
        var page = Render<CaseDetailPage>(p => p.Add(x => x.Code, ConsoleStore.Late));
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("li.timeline-entry").Count), TimeSpan.FromSeconds(10));

        var entries = page.FindAll("li.timeline-entry");
        // Newest first, dd/MM/yyyy HH:mm in Asia/Ho_Chi_Minh.
        Assert.Contains("02/03/2026 16:00", entries[0].TextContent);
        Assert.Contains("sxd.canbo", entries[0].TextContent);
        Assert.Contains("Sở Xây dựng", entries[1].TextContent);
        Assert.Contains("02/03/2026 08:00", entries[2].TextContent);
        var late = page.FindAll("tr.step-row").Select(r => r.QuerySelector(".step-late")!.TextContent).ToList();
        Assert.Contains("1 giờ 0 phút", late[0]);
        Assert.Contains("2 giờ 30 phút", late[2]);
        Assert.Contains("pakn.khanhhoa.gov.vn/files/2026/03/02/anh-1.jpg", page.Find(".case-attachments a").TextContent);
        Assert.Single(page.FindAll(".case-map"));
    }

    [Fact]
    public void TheReporterContactIsMaskedAndNeverInThePageInClear()
    {
        SignIn(Supervisor);
        var page = Render<CaseDetailPage>(p => p.Add(x => x.Code, ConsoleStore.Late));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".ioc-contact-masked")), TimeSpan.FromSeconds(10));

        Assert.DoesNotContain("0900234567", page.Markup);
        Assert.DoesNotContain("Lê Thị Hồng", page.Markup);
    }

    [Fact]
    public void AnUnknownCaseCodeShowsTheNotFoundPage()
    {
        SignIn(Supervisor);
        var page = Render<CaseDetailPage>(p => p.Add(x => x.Code, "KH-2026-999999"));

        page.WaitForAssertion(() => Assert.Contains("Không có phản ánh mã “KH-2026-999999”", page.Find(".case-not-found").TextContent), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task AnAgencyUserCannotOpenAnotherAgencysCaseByItsCode()
    {
        var ward = ConsoleViewer.From(AgencyUser("kh-ubnd-nha-trang"));
        var reader = Store.Get<CaseDetailReader>();

        Assert.Null(await reader.ReadAsync(ward, ConsoleStore.Late));
        Assert.NotNull(await reader.ReadAsync(ward, ConsoleStore.VeryLate));

        SignIn(AgencyUser("kh-ubnd-nha-trang"));
        var page = Render<CaseDetailPage>(p => p.Add(x => x.Code, ConsoleStore.Late));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".case-not-found")), TimeSpan.FromSeconds(10));
        Assert.DoesNotContain("Đèn đường hỏng trước", page.Markup);
    }

    [Fact]
    public void AnAgencyUserHasNoSupervisorActions()
    {
        SignIn(AgencyUser("kh-ubnd-nha-trang"));
        var page = Render<CaseDetailPage>(p => p.Add(x => x.Code, ConsoleStore.VeryLate));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("li.timeline-entry")), TimeSpan.FromSeconds(10));

        Assert.Empty(page.FindAll(".case-actions"));
    }
}
