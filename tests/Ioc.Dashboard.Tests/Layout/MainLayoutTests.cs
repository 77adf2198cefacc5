using System.Globalization;
using Ioc.Dashboard.Components.Layout;
using Ioc.Dashboard.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Ioc.Dashboard.Tests.Layout;

public sealed class MainLayoutTests : ComponentTest
{
    public MainLayoutTests()
    {
        // The layout speaks Vietnamese unless a test switches; CurrentUICulture flows into the synchronous render.
        CultureInfo.CurrentUICulture = new CultureInfo("vi-VN");
        Services.AddSingleton<Ioc.Hub.Live.Feed.ILiveFeed>(new SettableLiveFeed());
    }

    [Theory]
    [InlineData(IocRoles.Wall, "wall")]
    [InlineData(IocRoles.Supervisor, "wall console kpi")]
    [InlineData(IocRoles.Leader, "wall kpi")]
    [InlineData(IocRoles.Agency, "console")]
    [InlineData(IocRoles.Admin, "wall console kpi admin")]
    public void TheNavigationShowsTheAreasTheRoleMayOpen(string role, string areas)
    {
        this.AddTestServices(TestAuthenticationStateProvider.User("demo", role));

        var cut = RenderLayout();

        var links = cut.FindAll("a.mud-nav-link").Select(a => a.GetAttribute("href")).Where(h => h != "").ToArray();
        Assert.Equal(areas.Split(' '), links);
    }

    [Fact]
    public void AUserWithoutARoleSeesOnlyTheHomeLink()
    {
        this.AddTestServices(TestAuthenticationStateProvider.User("nobody"));

        var cut = RenderLayout();

        Assert.Equal([""], cut.FindAll("a.mud-nav-link").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void LabelsAreVietnameseByDefault()
    {
        this.AddTestServices(TestAuthenticationStateProvider.User("demo", IocRoles.Admin));

        var cut = RenderLayout();

        Assert.Equal("Trung tâm IOC — Giám sát phản ánh", cut.Find(".ioc-title").TextContent.Trim());
        Assert.Equal(["Trang chủ", "Màn hình giám sát", "Bảng điều hành", "Chỉ số KPI", "Quản trị"], NavLabels(cut));
    }

    [Fact]
    public void SwitchingToEnglishRendersEnglishLabels()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("en-US");
        this.AddTestServices(TestAuthenticationStateProvider.User("demo", IocRoles.Admin));

        var cut = RenderLayout();

        Assert.Equal("IOC Center — Feedback monitoring", cut.Find(".ioc-title").TextContent.Trim());
        Assert.Equal(["Home", "Wall", "Console", "KPIs", "Administration"], NavLabels(cut));
    }

    [Fact]
    public void TheClockShowsHoChiMinhTimeAsDayMonthYearAndTicks()
    {
        // 17:02:03 UTC on 1 March is already 2 March in Việt Nam (UTC+7).
        var time = this.AddTestServices(TestAuthenticationStateProvider.User("demo", IocRoles.Wall), new DateTimeOffset(2026, 3, 1, 17, 2, 3, TimeSpan.Zero));

        var cut = RenderLayout();
        Assert.Equal("02/03/2026 00:02:03", cut.Find(".ioc-clock").TextContent);

        time.Advance(TimeSpan.FromSeconds(1));
        cut.WaitForAssertion(() => Assert.Equal("02/03/2026 00:02:04", cut.Find(".ioc-clock").TextContent));
    }

    [Fact]
    public void TheUserMenuNamesTheSignedInUser()
    {
        this.AddTestServices(TestAuthenticationStateProvider.User("Nguyễn Văn A", IocRoles.Leader));

        var cut = RenderLayout();

        Assert.Contains("Nguyễn Văn A", cut.Find(".ioc-user-chip").TextContent);
    }

    private IRenderedComponent<MainLayout> RenderLayout() =>
        Render<MainLayout>(p => p.Add(l => l.Body, "<p id='body'>body</p>"));

    private static string[] NavLabels(IRenderedComponent<MainLayout> cut) =>
        cut.FindAll("a.mud-nav-link").Select(a => a.TextContent.Trim()).ToArray();
}
