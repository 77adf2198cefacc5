using Ioc.Dashboard.Components.Pages.Console;
using Ioc.Data.CaseQueries;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Ioc.Dashboard.Tests.Console;

public class CaseListPageTests(ConsoleStore store) : ConsoleTest(store)
{
    [Theory]
    [InlineData("console/cases", new[] { ConsoleStore.Confidential, ConsoleStore.Fire, ConsoleStore.Late, ConsoleStore.VeryLate })]
    [InlineData("console/cases?agency=kh-sxd&state=overdue", new[] { ConsoleStore.Late })]
    [InlineData("console/cases?state=overdue", new[] { ConsoleStore.Late, ConsoleStore.VeryLate })]
    [InlineData("console/cases?emergency=true", new[] { ConsoleStore.Fire })]
    [InlineData("console/cases?from=2026-03-10&to=2026-03-10", new[] { ConsoleStore.Confidential, ConsoleStore.Fire })]
    [InlineData("console/cases?q=kh-2026-000102", new[] { ConsoleStore.VeryLate })]
    [InlineData("console/cases?unit=kh-bac-nha-trang", new string[0])]
    public void TheQueryStringFiltersTheList(string address, string[] codes)
    {
        SignIn(Supervisor);
        Services.GetRequiredService<NavigationManager>().NavigateTo(address);
        var page = Render<ConsoleCasesPage>();

        page.WaitForAssertion(() => Assert.Equal(codes.Order(), page.FindAll("td.case-code a").Select(a => a.TextContent).Order()), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void AFilterThatCannotBeReadIsNamedAndIgnored()
    {
        SignIn(Supervisor);
        Services.GetRequiredService<NavigationManager>().NavigateTo("console/cases?state=late&from=10/03/2026");
        var page = Render<ConsoleCasesPage>();

        page.WaitForAssertion(() => Assert.Equal(4, page.FindAll("td.case-code a").Count), TimeSpan.FromSeconds(10));
        Assert.Contains("state, from", page.Find(".invalid-filters").TextContent);
    }

    [Fact]
    public void AnAgencyUserListsOnlyItsOwnCasesWhateverTheAgencyInTheAddress()
    {
        SignIn(AgencyUser("kh-ubnd-nha-trang"));
        Services.GetRequiredService<NavigationManager>().NavigateTo("console/cases?agency=kh-sxd");
        var page = Render<ConsoleCasesPage>();

        page.WaitForAssertion(() => Assert.Contains("Không có phản ánh nào", page.Markup), TimeSpan.FromSeconds(10));
        Assert.Empty(page.FindAll("td.case-code a"));
    }

    [Fact]
    public void TheQueryStringRoundTrips()
    {
        var parsed = CaseListQueryString.Parse("kh-sxd", "dueSoon", "processing", "environment", "portal", "kh-nha-trang", "true", "2026-03-01", "2026-03-31", " đèn ");

        Assert.Empty(parsed.Invalid);
        Assert.Equal(CaseListState.DueSoon, parsed.Filter.State);
        Assert.Equal("đèn", parsed.Filter.Query);
        var query = CaseListQueryString.ToQuery(parsed.Filter);
        Assert.Equal(["kh-sxd", "dueSoon", "processing", "environment", "portal", "kh-nha-trang", "true", "2026-03-01", "2026-03-31", "đèn"],
            new[] { "agency", "state", "step", "field", "channel", "unit", "emergency", "from", "to", "q" }.Select(k => (string?)query[k]));
    }
}
