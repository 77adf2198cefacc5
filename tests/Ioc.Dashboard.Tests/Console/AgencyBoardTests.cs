using Ioc.Dashboard.Components.Pages.Console;
using Ioc.Dashboard.Components.Pages.Console.Data;
using Ioc.Hub.Sla.Profiles;

namespace Ioc.Dashboard.Tests.Console;

public class AgencyBoardTests(ConsoleStore store) : ConsoleTest(store)
{
    [Fact]
    public async Task CountsOpenDueSoonOverdueAndOverdueBeyondThreeWorkingDaysPerAgency()
    {
        var board = await Store.Get<AgencyBoardReader>().ReadAsync(ConsoleViewer.From(Supervisor), new AgencyBoardFilter());

        var sxd = board.Agencies.Single(a => a.AgencyId == "kh-sxd");
        var ward = board.Agencies.Single(a => a.AgencyId == "kh-ubnd-nha-trang");
        // Sở Xây dựng: the late case (000 Điều 7.3: 5 working days from acceptance, passed by 2 h 30) and the confidential one.
        Assert.Equal((2, 1, 0), (sxd.Open, sxd.Overdue, sxd.OverdueOver3WorkingDays));
        // Accepted 23/02 09:30: due 02/03 09:30, six working days before now: beyond three.
        Assert.Equal((1, 1, 1), (ward.Open, ward.Overdue, ward.OverdueOver3WorkingDays));
        Assert.Equal(4, board.Province.Open);
        Assert.Equal(58, board.Agencies.Count);
    }

    [Fact]
    public void TheBoardSortsByOverdueFirstAndByAnyColumnOnClick()
    {
        SignIn(Supervisor);
        var page = Render<ConsolePage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("tr.agency-row")), TimeSpan.FromSeconds(10));

        // Overdue first: the two agencies with an overdue case lead, the 56 others follow with none.
        var overdue = page.FindAll("tr.agency-row td.overdue").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["1", "1"], overdue.Take(2));
        Assert.All(overdue.Skip(2), o => Assert.Equal("0", o));

        page.FindAll("th .mud-table-sort-label").Single(l => l.TextContent.Contains("Cơ quan")).Click();
        var names = page.FindAll("tr.agency-row td.agency-name").Select(td => td.TextContent.Trim()).ToList();
        // Vietnamese order whatever the thread's culture (a < ă < â, so "Bảo" before "Bắc").
        Assert.Equal(names.Order(StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false)).ToList(), names);
    }

    [Fact]
    public async Task FiltersByLevelFieldUnitAndStepHolder()
    {
        var reader = Store.Get<AgencyBoardReader>();
        var viewer = ConsoleViewer.From(Supervisor);

        var communes = await reader.ReadAsync(viewer, new AgencyBoardFilter(Level: "commune"));
        var environment = await reader.ReadAsync(viewer, new AgencyBoardFilter(Field: "environment"));
        var approvers = await reader.ReadAsync(viewer, new AgencyBoardFilter(Holder: StepHolder.Approver));
        var agencies = await reader.ReadAsync(viewer, new AgencyBoardFilter(Holder: StepHolder.LeadAgency, Unit: "kh-nha-trang"));

        Assert.All(communes.Agencies, a => Assert.Equal("commune", a.Level));
        Assert.Equal(1, communes.Province.Overdue);
        Assert.Equal(0, environment.Province.Open);
        Assert.Equal(0, approvers.Province.Open);
        // Acceptance (the confidential case) and processing (the two late ones) are held by the lead agency (000 Phụ lục II).
        Assert.Equal(3, agencies.Province.Open);
    }

    [Fact]
    public void AnAgencyUserSeesItsOwnRowOnlyAndNoEmergencyQueue()
    {
        SignIn(AgencyUser("kh-ubnd-nha-trang"));
        var page = Render<ConsolePage>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("tr.agency-row")), TimeSpan.FromSeconds(10));

        Assert.Contains("Nha Trang", page.Find("tr.agency-row td.agency-name").TextContent);
        Assert.Empty(page.FindAll(".emergency-queue"));
    }

    [Fact]
    public void ASupervisorSeesTheUnacknowledgedEmergencyOnTheBoard()
    {
        SignIn(Supervisor);
        var page = Render<ConsolePage>();

        page.WaitForAssertion(() => Assert.Contains(ConsoleStore.Fire, page.Find(".emergency-queue").TextContent), TimeSpan.FromSeconds(10));
        Assert.Contains("Hỏa hoạn", page.Find(".emergency-queue").TextContent);
    }
}
