using Ioc.Dashboard.Components.Pages.Wall;
using Ioc.Dashboard.Components.Pages.Wall.Models;
using static Ioc.Dashboard.Tests.Wall.WallSamples;

namespace Ioc.Dashboard.Tests.Wall;

public sealed class EventTickerTests : WallComponentTest
{
    private static readonly TickerItem[] Items =
    [
        new("e1", Now.AddMinutes(-30), TickerKind.Received, "KH-2026-000001", "Hạ tầng kỹ thuật · Phường Nha Trang"),
        new("e3", Now.AddMinutes(-5), TickerKind.Overdue, "KH-2026-000003", "Môi trường · Xã Cam Lâm"),
        new("e2", Now.AddMinutes(-12), TickerKind.Published, "KH-2026-000002", "Giao thông · Phường Cam Ranh"),
    ];

    [Fact]
    public void TheNewestEventsComeFirst()
    {
        var cut = Render<EventTicker>(p => p.Add(t => t.Items, Items));

        Assert.Equal(
            ["07:55 Quá hạn KH-2026-000003 Môi trường · Xã Cam Lâm", "07:48 Công khai kết quả KH-2026-000002 Giao thông · Phường Cam Ranh",
             "07:30 Tiếp nhận KH-2026-000001 Hạ tầng kỹ thuật · Phường Nha Trang"],
            Lines(cut));
    }

    [Fact]
    public void OnlyTheNewestFewAreShown()
    {
        var cut = Render<EventTicker>(p => p.Add(t => t.Items, Items).Add(t => t.Max, 2));

        Assert.Equal(["Overdue", "Published"], cut.FindAll(".wall-ticker__item").Select(i => i.GetAttribute("data-kind")));
    }

    [Fact]
    public void KindsAreNamedInEnglishWhenSwitched()
    {
        UseEnglish();

        var cut = Render<EventTicker>(p => p.Add(t => t.Items, Items));

        Assert.Equal(["Overdue", "Published", "Received"], cut.FindAll(".wall-ticker__item strong").Select(s => s.TextContent));
        Assert.Equal("Latest", cut.Find(".wall-ticker__title").TextContent);
    }

    [Fact]
    public void EveryKindHasALabelInBothLanguages()
    {
        var kinds = Enum.GetValues<TickerKind>();
        var items = kinds.Select((k, i) => new TickerItem($"e{i}", Now.AddMinutes(-i), k, "KH", "x")).ToArray();

        var vietnamese = Render<EventTicker>(p => p.Add(t => t.Items, items).Add(t => t.Max, kinds.Length)).FindAll("strong").Select(s => s.TextContent).ToList();
        UseEnglish();
        var english = Render<EventTicker>(p => p.Add(t => t.Items, items).Add(t => t.Max, kinds.Length)).FindAll("strong").Select(s => s.TextContent).ToList();

        // A missing resource shows its key; a missing English one falls back to the Vietnamese.
        Assert.DoesNotContain(vietnamese.Concat(english), label => label.StartsWith("Wall.", StringComparison.Ordinal));
        Assert.Equal(kinds.Length, vietnamese.Distinct().Count());
        Assert.All(vietnamese.Zip(english), pair => Assert.NotEqual(pair.First, pair.Second));
    }

    [Fact]
    public void AnEmptyTickerSaysSo()
    {
        var cut = Render<EventTicker>(p => p.Add(t => t.Items, []));

        Assert.Equal("Chưa có sự kiện.", cut.Find(".wall-empty").TextContent);
    }

    private static IEnumerable<string> Lines(IRenderedComponent<EventTicker> cut) => cut.FindAll(".wall-ticker__item").Select(i =>
        string.Join(" ", i.Children.Select(c => c.TextContent)));
}
