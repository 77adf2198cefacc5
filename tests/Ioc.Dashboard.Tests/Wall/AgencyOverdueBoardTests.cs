using Ioc.Dashboard.Components.Pages.Wall;
using Ioc.Dashboard.Components.Pages.Wall.Models;

namespace Ioc.Dashboard.Tests.Wall;

public sealed class AgencyOverdueBoardTests : WallComponentTest
{
    private static readonly AgencyCounter[] Agencies =
    [
        new("kh-sxd", "Sở Xây dựng", 3, 1, 20),
        new("kh-syt", "Sở Y tế", 7, 0, 9),
        new("kh-ubnd-nha-trang", "UBND phường Nha Trang", 3, 4, 12),
        new("kh-dien-luc", "Điện lực Khánh Hòa", 0, 2, 1234),
        new(AgencyCounter.OperationsCenterId, "", 1, 0, 5),
        new("kh-quiet", "Sở Tư pháp", 0, 0, 0),
    ];

    [Fact]
    public void AgenciesAreRankedByOverdueThenDueSoonThenOpen()
    {
        var cut = Render<AgencyOverdueBoard>(p => p.Add(b => b.Agencies, Agencies));

        Assert.Equal(["kh-syt", "kh-ubnd-nha-trang", "kh-sxd", "operations-center", "kh-dien-luc"], Rows(cut).Select(r => r.GetAttribute("data-agency")));
        Assert.Equal(["1", "Sở Y tế", "7", "0", "9"], Rows(cut)[0].Children.Select(c => c.TextContent.Trim()));
    }

    [Fact]
    public void OnlyTheTopAgenciesAreListedButTheProvinceTotalCountsThemAll()
    {
        var cut = Render<AgencyOverdueBoard>(p => p.Add(b => b.Agencies, Agencies).Add(b => b.Top, 2));

        Assert.Equal(2, Rows(cut).Count);
        var total = cut.Find(".wall-board__total").Children.Select(c => c.TextContent.Trim()).ToArray();
        // 3+7+3+0+1 overdue, 1+0+4+2 due soon, 20+9+12+1234+5 open: thousands grouped the Vietnamese way.
        Assert.Equal(["", "Toàn tỉnh", "14", "7", "1.280"], total);
    }

    [Fact]
    public void CasesNotRoutedYetAreNamedAsTheOperationsCenters()
    {
        var cut = Render<AgencyOverdueBoard>(p => p.Add(b => b.Agencies, Agencies));

        Assert.Equal("Trung tâm IOC (chưa chuyển)", cut.Find("[data-agency=operations-center] .wall-board__name").TextContent);
    }

    [Fact]
    public void ANumberThatChangedIsMarkedToAnimateOnce()
    {
        var cut = Render<AgencyOverdueBoard>(p => p.Add(b => b.Agencies, Agencies));
        Assert.Empty(cut.FindAll(".wall-num--changed"));

        cut.Render(p => p.Add(b => b.Agencies, [Agencies[0] with { Overdue = 4 }, .. Agencies[1..]]));
        var changed = cut.FindAll(".wall-num--changed").Select(e => (e.ParentElement!.ParentElement!.GetAttribute("data-agency") ?? "total", e.TextContent)).ToList();
        Assert.Equal([("kh-sxd", "4"), ("total", "15")], changed);

        cut.Render(p => p.Add(b => b.Agencies, [Agencies[0] with { Overdue = 4 }, .. Agencies[1..]]));
        Assert.Empty(cut.FindAll(".wall-num--changed"));
    }

    [Fact]
    public void OverdueAndDueSoonHeadingsCarryTheirShapes()
    {
        var cut = Render<AgencyOverdueBoard>(p => p.Add(b => b.Agencies, Agencies));

        var shapes = cut.FindAll(".wall-board__head svg").Select(s => $"{s.GetAttribute("data-shape")} {s.GetAttribute("fill")}");
        Assert.Equal(["square #ff4b4b", "triangle #ffb020"], shapes);
    }

    [Fact]
    public void HeadingsSwitchToEnglish()
    {
        UseEnglish();

        var cut = Render<AgencyOverdueBoard>(p => p.Add(b => b.Agencies, Agencies));

        Assert.Equal("Agencies with most overdue cases", cut.Find(".wall-panel__title").TextContent);
        Assert.Equal(["#", "Agency", "Overdue", "Due soon", "Open"], cut.Find(".wall-board__head").Children.Select(c => c.TextContent.Trim()));
        Assert.Equal("1,280", cut.Find(".wall-board__total .wall-board__open").TextContent);
        Assert.Equal("IOC center (not routed yet)", cut.Find("[data-agency=operations-center] .wall-board__name").TextContent);
    }

    [Fact]
    public void AProvinceWithoutOpenCasesSaysSo()
    {
        var cut = Render<AgencyOverdueBoard>(p => p.Add(b => b.Agencies, []));

        Assert.Equal("Không có phản ánh đang xử lý.", cut.Find(".wall-empty").TextContent);
    }

    private static IReadOnlyList<AngleSharp.Dom.IElement> Rows(IRenderedComponent<AgencyOverdueBoard> cut) => cut.FindAll(".wall-board__agency");
}
