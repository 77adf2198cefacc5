using System.Globalization;
using Ioc.Dashboard.Components.Layout;
using Ioc.Dashboard.Security;
using Ioc.Hub.Live.Feed;
using Microsoft.Extensions.DependencyInjection;

namespace Ioc.Dashboard.Tests.Layout;

/// <summary>The shell's connection indicator (issue 4: "a visible connection-state indicator fed by the live feed").</summary>
public sealed class LiveStatusTests : ComponentTest
{
    private readonly SettableLiveFeed feed = new();

    public LiveStatusTests()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("vi-VN");
        Services.AddSingleton<ILiveFeed>(feed);
    }

    [Fact]
    public void ALiveFeedShowsLiveWithACircle()
    {
        this.AddTestServices(TestAuthenticationStateProvider.User("demo", IocRoles.Supervisor));

        var cut = Render<LiveStatus>();

        Assert.Equal("live", cut.Find(".ioc-live").GetAttribute("data-state"));
        Assert.Equal("● Trực tiếp", Normalise(cut.Find(".ioc-live").TextContent));
    }

    [Fact]
    public void ACutTurnsItStaleWithTheVietnamTimeWithinASecond()
    {
        var time = this.AddTestServices(TestAuthenticationStateProvider.User("demo", IocRoles.Supervisor));
        var cut = Render<LiveStatus>();

        // 02:00:05 UTC is 09:00:05 in Việt Nam.
        feed.Connection = new(LiveConnectionState.Stale, new DateTimeOffset(2026, 3, 2, 2, 0, 5, TimeSpan.Zero));
        time.Advance(TimeSpan.FromSeconds(1));

        cut.WaitForAssertion(() => Assert.Equal("▲ Dữ liệu cũ từ 09:00:05", Normalise(cut.Find(".ioc-live").TextContent)));
        Assert.Equal("stale", cut.Find(".ioc-live").GetAttribute("data-state"));
    }

    [Fact]
    public void NoStateYetShowsOfflineWithASquare()
    {
        feed.Connection = LiveConnection.Offline;
        this.AddTestServices(TestAuthenticationStateProvider.User("demo", IocRoles.Wall));

        var cut = Render<LiveStatus>();

        Assert.Equal("■ Mất kết nối", Normalise(cut.Find(".ioc-live").TextContent));
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
