using Ioc.Dashboard.Components.Pages.Wall;
using Ioc.Dashboard.Components.Pages.Wall.Models;

namespace Ioc.Dashboard.Tests.Wall;

public sealed class KpiTilesTests : WallComponentTest
{
    private static readonly WallKpis Kpis = new(1234, 987, 2045, 312, 0.9237, TimeSpan.FromHours(61));

    [Fact]
    public void NumbersAreWrittenTheVietnameseWay()
    {
        var cut = Render<KpiTiles>(p => p.Add(k => k.Kpis, Kpis));

        Assert.Equal(
            ["received-today 1.234 Tiếp nhận hôm nay", "resolved-today 987 Giải quyết hôm nay", "open 2.045 Đang xử lý", "overdue 312 Quá hạn",
             "on-time-rate 92,4% Đúng hạn (30 ngày)", "median-handling 2,5 ngày Xử lý trung vị (30 ngày)"],
            Tiles(cut));
    }

    [Fact]
    public void NumbersAndLabelsSwitchToEnglish()
    {
        UseEnglish();

        var cut = Render<KpiTiles>(p => p.Add(k => k.Kpis, Kpis));

        Assert.Equal(
            ["received-today 1,234 Received today", "resolved-today 987 Resolved today", "open 2,045 Open", "overdue 312 Overdue",
             "on-time-rate 92.4% On time (30 days)", "median-handling 2.5 days Median handling (30 days)"],
            Tiles(cut));
    }

    [Theory]
    [InlineData(42, "42 phút")]
    [InlineData(5 * 60 + 12, "5,2 giờ")]
    [InlineData(47 * 60, "47 giờ")]
    [InlineData(3 * 24 * 60 + 144, "3,1 ngày")]
    public void HandlingTimeIsMinutesHoursOrDays(int minutes, string expected)
    {
        var cut = Render<KpiTiles>(p => p.Add(k => k.Kpis, Kpis with { MedianHandling = TimeSpan.FromMinutes(minutes) }));

        Assert.Equal(expected, cut.Find("[data-kpi=median-handling] .wall-kpi__value").TextContent);
    }

    [Fact]
    public void RatesWithoutResolvedCasesAreUnknownNotZero()
    {
        var cut = Render<KpiTiles>(p => p.Add(k => k.Kpis, WallKpis.Empty));

        Assert.Equal("—", cut.Find("[data-kpi=on-time-rate] .wall-kpi__value").TextContent);
        Assert.Equal("—", cut.Find("[data-kpi=median-handling] .wall-kpi__value").TextContent);
        Assert.Equal("0", cut.Find("[data-kpi=open] .wall-kpi__value").TextContent);
    }

    [Fact]
    public void TheOverdueTileCarriesTheOverdueShape()
    {
        var cut = Render<KpiTiles>(p => p.Add(k => k.Kpis, Kpis));

        var glyph = cut.Find("[data-kpi=overdue] svg");
        Assert.Equal("square", glyph.GetAttribute("data-shape"));
        Assert.Equal("#ff4b4b", glyph.GetAttribute("fill"));
    }

    private static IEnumerable<string> Tiles(IRenderedComponent<KpiTiles> cut) => cut.FindAll(".wall-kpi").Select(t =>
        $"{t.GetAttribute("data-kpi")} {t.QuerySelector(".wall-kpi__value")!.TextContent.Trim()} {t.QuerySelector(".wall-kpi__label")!.TextContent}");
}
