using Ioc.Dashboard.Components.Pages.Wall;
using Ioc.Dashboard.Components.Pages.Wall.Live;
using Ioc.Dashboard.Components.Pages.Wall.Models;
using static Ioc.Dashboard.Tests.Wall.WallSamples;

namespace Ioc.Dashboard.Tests.Wall;

public sealed class WallMapTests : WallComponentTest
{
    private static readonly WallMapSetup Setup = new("geo/khanh-hoa.geojson", "geo/vietnam-34.geojson", 12.05, 109.05, 9, null, null);
    private static readonly WallUnit[] Units = [new("kh-nha-trang", "Phường Nha Trang", 12.247, 109.192), new("kh-cam-ranh", "Phường Cam Ranh", 11.92, 109.15)];

    private readonly BunitJSModuleInterop module;

    public WallMapTests()
    {
        module = JSInterop.SetupModule(WallMapInterop.ModulePath);
        module.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void EachCaseReachesTheMapWithItsStateEmergencyFlagUnitAndReceivedTime()
    {
        Render(Case("a"), Case("b", WallStatus.DueSoon), Case("c", WallStatus.Overdue), Case("d", WallStatus.Overdue, emergency: true, unit: "kh-cam-ranh"));

        var markers = Resets().Single().OrderBy(m => m.Id).ToList();
        Assert.Equal(["a:on-time:False", "b:due-soon:False", "c:overdue:False", "d:overdue:True"], markers.Select(m => $"{m.Id}:{m.Status}:{m.Emergency}"));
        Assert.Equal(12.24, markers[0].Lat);
        Assert.Equal(109.19, markers[0].Lng);
        Assert.Equal("kh-cam-ranh", markers[3].Unit);
        Assert.Equal((WallSamples.Now - TimeSpan.FromHours(2)).ToUnixTimeMilliseconds(), markers[0].Received);
    }

    [Fact]
    public void ALiveUpdateSendsOnlyTheCasesThatChangedAndNeverCreatesTheMapAgain()
    {
        var first = WallMarkers.Empty.Reset([Case("a"), Case("b"), Case("c")]);
        var cut = Render<WallMap>(p => p.Add(m => m.Setup, Setup).Add(m => m.Markers, first));

        cut.Render(p => p.Add(m => m.Markers, first.Apply([Case("b", WallStatus.Overdue), Case("d")], ["c"])));

        Assert.Single(module.Invocations["create"]);
        Assert.Single(Resets());
        Assert.Equal(["b", "d"], Upserts().Single().Select(m => m.Id).Order());
        Assert.Equal(["c"], Removes().Single());
    }

    [Fact]
    public void SeveralUpdatesBetweenTwoRendersAreSentAsOneWithEachCaseInItsLatestState()
    {
        var first = WallMarkers.Empty.Reset([Case("a"), Case("b")]);
        var cut = Render<WallMap>(p => p.Add(m => m.Setup, Setup).Add(m => m.Markers, first));

        var third = first.Apply([Case("a", WallStatus.DueSoon)], []).Apply([Case("a", WallStatus.Overdue), Case("c")], ["b"]).Apply([], ["c"]);
        cut.Render(p => p.Add(m => m.Markers, third));

        Assert.Equal(["a:overdue"], Upserts().Single().Select(m => $"{m.Id}:{m.Status}"));
        Assert.Equal(["b", "c"], Removes().Single().Order());
    }

    [Fact]
    public void ARenderWithTheSameMarkersSendsNothing()
    {
        var markers = WallMarkers.Empty.Reset([Case("a"), Case("b")]);
        var cut = Render<WallMap>(p => p.Add(m => m.Setup, Setup).Add(m => m.Markers, markers));

        cut.Render(p => p.Add(m => m.Markers, markers));

        Assert.Single(Resets());
        Assert.Empty(Upserts());
    }

    [Fact]
    public void AMapThatFellBehindTheLogOrAReloadGetsEverythingAgain()
    {
        var markers = WallMarkers.Empty.Reset([Case("a")]);
        var cut = Render<WallMap>(p => p.Add(m => m.Setup, Setup).Add(m => m.Markers, markers));
        for (var i = 0; i < WallMarkers.LogLength + 1; i++)
        {
            markers = markers.Apply([Case($"n{i}")], []);
        }

        cut.Render(p => p.Add(m => m.Markers, markers));
        Assert.Equal(2, Resets().Count);
        Assert.Equal(WallMarkers.LogLength + 2, Resets().Last().Count);

        cut.Render(p => p.Add(m => m.Markers, markers.Reset([Case("z")])));
        Assert.Equal(["z"], Resets().Last().Select(m => m.Id));
    }

    [Fact]
    public void TheTimeWindowIsAppliedInTheBrowserInHours()
    {
        var cut = Render<WallMap>(p => p.Add(m => m.Setup, Setup).Add(m => m.Window, MapWindow.LastHour));

        cut.Render(p => p.Add(m => m.Window, MapWindow.Last24Hours));
        cut.Render(p => p.Add(m => m.Window, MapWindow.Last24Hours));
        cut.Render(p => p.Add(m => m.Window, MapWindow.AllOpen));

        Assert.Equal([1, 24, 0], module.Invocations["setWindow"].Select(i => (int)i.Arguments[1]!));
    }

    [Fact]
    public void TheLegendShowsEachStateWithItsOwnShapeAndColour()
    {
        var cut = Render();

        var legend = cut.FindAll(".wall-legend__item[data-status]").ToDictionary(i => i.GetAttribute("data-status")!);
        Assert.Equal(["on-time", "due-soon", "overdue", "emergency"], legend.Keys);
        AssertGlyph(legend["on-time"], "circle", "#35c46f", "circle", "Đúng hạn");
        AssertGlyph(legend["due-soon"], "triangle", "#ffb020", "path", "Sắp đến hạn");
        AssertGlyph(legend["overdue"], "square", "#ff4b4b", "rect", "Quá hạn");
        AssertGlyph(legend["emergency"], "star", "#ff2ee0", "path", "Khẩn cấp");
    }

    [Fact]
    public void TheMarkerShapesSentToTheBrowserAreTheLegendsShapes()
    {
        Render(Case("a"));

        var setup = (MapSetup)module.Invocations["create"].Single().Arguments[2]!;
        Assert.Equal(StatusGlyph.All.Select(g => g.Key), setup.Glyphs.Keys);
        Assert.Equal("square", setup.Glyphs["overdue"].Shape);
        Assert.Contains("TaliaCao/Vietnam-Shape-Map", setup.BoundaryCredit);
        Assert.Null(setup.TileUrl);
    }

    [Fact]
    public void TheFirstViewFitsTheMainlandUnitsNotTheOffshoreZone()
    {
        WallUnit[] units = [.. Units, new("kh-truong-sa", "Đặc khu Trường Sa", 8.6447, 111.9203)];

        Render<WallMap>(p => p.Add(m => m.Setup, Setup).Add(m => m.Units, units));

        var setup = (MapSetup)module.Invocations["create"].Single().Arguments[2]!;
        Assert.Equal([[11.92, 109.15], [12.247, 109.192]], setup.Home);
    }

    [Fact]
    public void LabelsSwitchToEnglish()
    {
        UseEnglish();

        var cut = Render(Case("a"), Case("b"));

        Assert.Equal("{0} cases", ((MapSetup)module.Invocations["create"].Single().Arguments[2]!).CountTemplate);
        Assert.Equal(["On time", "Due soon", "Overdue", "Emergency"], cut.FindAll(".wall-legend__item span").Select(s => s.TextContent));
        Assert.Equal(["1 h", "6 h", "24 h", "All open", "Heat", "Overdue rate"], cut.FindAll(".wall-chip").Select(b => b.TextContent.Trim()));
    }

    [Fact]
    public void TheWindowAndLayerButtonsAskTheirOwnerToChange()
    {
        MapWindow? window = null;
        bool? heat = null;
        bool? rates = null;
        var cut = Render<WallMap>(p => p
            .Add(m => m.Setup, Setup)
            .Add(m => m.WindowChanged, w => window = w)
            .Add(m => m.HeatLayerChanged, h => heat = h)
            .Add(m => m.RateLayerChanged, r => rates = r));

        cut.Find("[data-window=Last6Hours]").Click();
        cut.Find("[data-layer=heat]").Click();
        cut.Find("[data-layer=rates]").Click();

        Assert.Equal(MapWindow.Last6Hours, window);
        Assert.True(heat);
        Assert.True(rates);
    }

    [Fact]
    public void LayersAreSwitchedInTheBrowserOnlyWhenTheyChange()
    {
        var cut = Render(Case("a"));
        cut.Render(p => p.Add(m => m.HeatLayer, true));
        cut.Render(p => p.Add(m => m.Markers, WallMarkers.Empty.Reset([Case("a"), Case("b")])));

        Assert.Equal([(false, false), (true, false)], module.Invocations["setLayers"].Select(i => ((bool)i.Arguments[1]!, (bool)i.Arguments[2]!)));
        Assert.Equal("true", cut.Find("[data-layer=heat]").GetAttribute("aria-pressed"));
    }

    [Fact]
    public void TheBrowserGetsEachUnitsCentreForItsOverdueRateCircles()
    {
        Render(Case("a"));

        var setup = (MapSetup)module.Invocations["create"].Single().Arguments[2]!;
        Assert.Equal(["kh-nha-trang:12.247:109.192", "kh-cam-ranh:11.92:109.15"], setup.Units.Select(u => FormattableString.Invariant($"{u.Code}:{u.Lat}:{u.Lng}")));
    }

    [Fact]
    public void AClickedMarkerDescribesTheCaseWithoutPersonalData()
    {
        var late = Case("a", WallStatus.Overdue, left: -TimeSpan.FromMinutes(125));
        var cut = Render(late);

        var lines = cut.Instance.Describe("a");

        // 08:00 in Việt Nam now; received 2 hours earlier, the step was due 2 h 5 min ago.
        Assert.Equal(["KH-2026-a", "Hạ tầng kỹ thuật", "Phường Nha Trang", "■ Quá hạn", "Tiếp nhận: 06:00", "Hạn bước hiện tại: 02/03/2026 05:55", "Quá hạn 2 giờ 5 phút làm việc"], lines);
        Assert.Empty(cut.Instance.Describe("unknown"));
    }

    [Fact]
    public void AnEmergencyCountsDownInClockTime()
    {
        var cut = Render(Case("e", WallStatus.DueSoon, emergency: true, left: TimeSpan.FromMinutes(42)));

        var lines = cut.Instance.Describe("e");

        Assert.Equal("★ Khẩn cấp", lines[3]);
        Assert.Equal("Còn 0 giờ 42 phút", lines[^1]);
    }

    private IRenderedComponent<WallMap> Render(params WallCase[] cases) =>
        Render<WallMap>(p => p.Add(m => m.Setup, Setup).Add(m => m.Units, Units).Add(m => m.Markers, WallMarkers.Empty.Reset(cases)));

    private List<List<MapMarker>> Resets() =>
        module.Invocations["reset"].Select(i => ((IEnumerable<MapMarker>)i.Arguments[1]!).ToList()).ToList();

    private List<List<MapMarker>> Upserts() =>
        module.Invocations["upsert"].Select(i => ((IEnumerable<MapMarker>)i.Arguments[1]!).ToList()).ToList();

    private List<List<string>> Removes() =>
        module.Invocations["remove"].Select(i => ((IEnumerable<string>)i.Arguments[1]!).ToList()).ToList();

    private static void AssertGlyph(AngleSharp.Dom.IElement item, string shape, string colour, string element, string label)
    {
        var svg = item.QuerySelector("svg")!;
        Assert.Equal(shape, svg.GetAttribute("data-shape"));
        Assert.Equal(colour, svg.GetAttribute("fill"));
        Assert.NotNull(svg.QuerySelector(element));
        Assert.Equal(label, item.QuerySelector("span")!.TextContent);
    }
}
