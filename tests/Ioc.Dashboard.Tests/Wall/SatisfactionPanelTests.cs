using Ioc.Dashboard.Components.Pages.Wall;
using Ioc.Dashboard.Components.Pages.Wall.Models;
using Ioc.Hub.Sla.Profiles;

namespace Ioc.Dashboard.Tests.Wall;

public sealed class SatisfactionPanelTests : WallComponentTest
{
    private static readonly ProfileCatalog Catalog = ProfileCatalog.LoadDefault();

    [Fact]
    public void TayNinhRatesOnItsOwnScale()
    {
        // 003 Điều 11: Hài lòng / Chấp nhận / Không hài lòng, unlike the other provinces.
        var cut = Render<SatisfactionPanel>(p => p.Add(s => s.Summary, Summary("tay-ninh", [3, 1, 1], [60, 25, 15])));

        Assert.Equal(["Hài lòng", "Chấp nhận", "Không hài lòng"], Labels(cut));
        Assert.Equal(["satisfied", "acceptable", "unsatisfied"], cut.FindAll(".wall-level").Select(r => r.GetAttribute("data-level")));
    }

    [Fact]
    public void KhanhHoaRatesOnTheThreeLevelScale()
    {
        // 000 Điều 11: Rất hài lòng / Hài lòng / Không hài lòng.
        var cut = Render<SatisfactionPanel>(p => p.Add(s => s.Summary, Summary("khanh-hoa", [1, 1, 0], [5, 3, 2])));

        Assert.Equal(["Rất hài lòng", "Hài lòng", "Không hài lòng"], Labels(cut));
    }

    [Fact]
    public void TheSatisfiedShareAndCountsAreShownForTodayAndThirtyDays()
    {
        // Tây Ninh's "Chấp nhận" counts as satisfied: (60 + 25) of 100 over 30 days, (3 + 1) of 5 today.
        var cut = Render<SatisfactionPanel>(p => p.Add(s => s.Summary, Summary("tay-ninh", [3, 1, 1], [60, 25, 15])));

        Assert.Equal("85%", cut.Find(".wall-satisfaction__rate").TextContent);
        Assert.Equal("hài lòng · 30 ngày · 100 đánh giá", cut.Find(".wall-satisfaction__caption > span").TextContent);
        Assert.Equal("Hôm nay: 80% (5 đánh giá)", cut.Find(".wall-satisfaction__today").TextContent);
        Assert.Equal(["60", "25", "15"], cut.FindAll(".wall-level__count").Select(e => e.TextContent));
        Assert.Equal(["hôm nay: 3", "hôm nay: 1", "hôm nay: 1"], cut.FindAll(".wall-level__today").Select(e => e.TextContent));
        Assert.Equal(["--share: 60%", "--share: 25%", "--share: 15%"], cut.FindAll(".wall-level").Select(e => e.GetAttribute("style")));
    }

    [Fact]
    public void TheLowestRatedAgenciesAreListed()
    {
        var summary = Summary("khanh-hoa", [0, 0, 0], [5, 3, 2]) with
        {
            LowestAgencies = [new("kh-syt", "Sở Y tế", 8, 3), new("kh-sxd", "Sở Xây dựng", 10, 6)],
        };

        var cut = Render<SatisfactionPanel>(p => p.Add(s => s.Summary, summary));

        Assert.Equal(["Sở Y tế 37,5% (8)", "Sở Xây dựng 60% (10)"], cut.FindAll(".wall-satisfaction__lowest li").Select(li => string.Join(" ", li.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries))));
    }

    [Fact]
    public void LabelsComeInEnglishFromTheProfile()
    {
        UseEnglish();

        var cut = Render<SatisfactionPanel>(p => p.Add(s => s.Summary, Summary("tay-ninh", [3, 1, 1], [60, 25, 15])));

        Assert.Equal(["Satisfied", "Acceptable", "Unsatisfied"], Labels(cut));
        Assert.Equal("Satisfaction", cut.Find(".wall-panel__title").TextContent);
        Assert.Equal("satisfied · 30 days · 100 ratings", cut.Find(".wall-satisfaction__caption > span").TextContent);
        Assert.Equal("today: 3", cut.Find(".wall-level__today").TextContent);
    }

    [Fact]
    public void AProvinceWhoseRegulationHasNoRatingSaysSo()
    {
        // 001 (Thanh Hóa) sets no satisfaction scale.
        Assert.Empty(Catalog.Get("thanh-hoa").Profile.Satisfaction);

        var cut = Render<SatisfactionPanel>(p => p.Add(s => s.Summary, SatisfactionSummary.Empty));

        Assert.Equal("Quy chế của tỉnh không quy định đánh giá mức độ hài lòng.", cut.Find(".wall-empty").TextContent);
        Assert.Empty(cut.FindAll(".wall-level"));
    }

    private static SatisfactionSummary Summary(string profileId, int[] today, int[] days30) => new(
        [.. Catalog.Get(profileId).Profile.Satisfaction.Select((l, i) => new SatisfactionLevelCount(l.Code, l.Label, l.LabelEn, l.Satisfied, today[i], days30[i]))],
        []);

    private static IEnumerable<string> Labels(IRenderedComponent<SatisfactionPanel> cut) =>
        cut.FindAll(".wall-satisfaction__label").Select(l => l.TextContent);
}
