using Ioc.Dashboard.Components.Pages.Wall;
using Ioc.Dashboard.Components.Pages.Wall.Models;
using static Ioc.Dashboard.Tests.Wall.WallSamples;

namespace Ioc.Dashboard.Tests.Wall;

public sealed class ClockAndConnectionTests : WallComponentTest
{
    [Fact]
    public void TheClockShowsHoChiMinhTimeTheDayAndTheLastUpdateAndTicks()
    {
        var cut = Render<WallClock>(p => p.Add(c => c.LastUpdate, Now.AddSeconds(-3)));

        Assert.Equal("08:00:00", cut.Find(".wall-clock__time").TextContent);
        Assert.Equal("Thứ Hai, 02/03/2026", cut.Find(".wall-clock__date").TextContent);
        Assert.Equal("Cập nhật lúc 07:59:57", cut.Find(".wall-clock__updated").TextContent);

        Time.Advance(TimeSpan.FromSeconds(1));
        cut.WaitForAssertion(() => Assert.Equal("08:00:01", cut.Find(".wall-clock__time").TextContent));
    }

    [Fact]
    public void TheDayIsNamedInEnglishWhenSwitched()
    {
        UseEnglish();

        var cut = Render<WallClock>(p => p.Add(c => c.LastUpdate, null));

        Assert.Equal("Monday, 02/03/2026", cut.Find(".wall-clock__date").TextContent);
        Assert.Equal("No data yet", cut.Find(".wall-clock__updated").TextContent);
    }

    [Theory]
    [InlineData(WallConnection.Live, false, "live", "Trực tiếp", "circle")]
    [InlineData(WallConnection.Stale, true, "stale", "Dữ liệu cũ từ 07:58:30", "triangle")]
    [InlineData(WallConnection.Stale, false, "stale", "Dữ liệu cũ", "triangle")]
    [InlineData(WallConnection.Offline, true, "offline", "Mất kết nối từ 07:58:30", "square")]
    [InlineData(WallConnection.Offline, false, "offline", "Mất kết nối", "square")]
    public void TheConnectionBadgeSaysHowFreshTheDataIs(WallConnection state, bool known, string key, string text, string shape)
    {
        var cut = Render<ConnectionBadge>(p => p.Add(c => c.Status, new ConnectionStatus(state, known ? Now.AddSeconds(-90) : null)));

        Assert.Equal(key, cut.Find(".wall-connection").GetAttribute("data-state"));
        Assert.Equal(text, cut.Find(".wall-connection span").TextContent);
        Assert.Equal(shape, cut.Find(".wall-connection svg").GetAttribute("data-shape"));
    }

    [Fact]
    public void TheConnectionBadgeSpeaksEnglishWhenSwitched()
    {
        UseEnglish();

        var cut = Render<ConnectionBadge>(p => p.Add(c => c.Status, new ConnectionStatus(WallConnection.Stale, Now.AddSeconds(-90))));

        Assert.Equal("Stale since 07:58:30", cut.Find(".wall-connection span").TextContent);
    }
}
