using Ioc.Dashboard.Components.Pages.Wall.Live;
using Ioc.Dashboard.Components.Pages.Wall.Models;
using Ioc.Dashboard.Kiosk;
using static Ioc.Dashboard.Tests.Wall.WallSamples;

namespace Ioc.Dashboard.Tests.Wall;

/// <summary>The markers every wall circuit shares, and the display settings' panel turns: pure logic.</summary>
public sealed class WallMarkersTests
{
    [Fact]
    public void ChangesSinceAVersionGiveEachCaseOnceInItsLatestState()
    {
        var v1 = WallMarkers.Empty.Reset([Case("a"), Case("b")]);
        var v3 = v1.Apply([Case("a", WallStatus.Overdue), Case("c")], []).Apply([Case("b")], ["c"]);

        var (upserted, removed) = v3.Since(v1.Version)!.Value;

        Assert.Equal(["a:Overdue", "b:OnTime"], upserted.Select(c => $"{c.Id}:{c.Status}").Order());
        Assert.Equal(["c"], removed);
        Assert.Equal(["a", "b"], v3.All.Keys.Order());
        var (none, noneRemoved) = v3.Since(v3.Version)!.Value;
        Assert.Empty(none);
        Assert.Empty(noneRemoved);
    }

    [Fact]
    public void AVersionOlderThanTheLogOrFromBeforeAResetAsksForEverything()
    {
        var start = WallMarkers.Empty.Reset([Case("a")]);
        var markers = start;
        for (var i = 0; i < WallMarkers.LogLength; i++)
        {
            markers = markers.Apply([Case($"n{i}")], []);
        }
        Assert.NotNull(markers.Since(start.Version));

        markers = markers.Apply([Case("last")], []);
        Assert.Null(markers.Since(start.Version));
        Assert.Null(markers.Reset([Case("z")]).Since(markers.Version));
    }

    [Fact]
    public void APlaylistTurnsThroughItsPanelsAndAPanelDisplayKeepsItsOne()
    {
        var playlist = new WallDisplaySettings(WallMode.Playlist, [WallDisplaySettings.Map, WallDisplaySettings.Kpis], 10, MapWindow.AllOpen, true);
        var panel = playlist with { Mode = WallMode.Panel, Panels = [WallDisplaySettings.Agencies] };

        Assert.Equal(["map", "kpis", "map"], Enumerable.Range(0, 3).Select(i => playlist.PanelAt(i)));
        Assert.Equal("agencies", panel.PanelAt(7));
        Assert.Null(WallDisplaySettings.Default.PanelAt(3));
        Assert.Equal(["map", "ticker"], WallDisplaySettings.ParsePanels("map, nonsense,ticker,map"));
    }
}
