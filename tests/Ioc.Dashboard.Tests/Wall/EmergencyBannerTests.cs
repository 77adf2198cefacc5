using Ioc.Dashboard.Components.Pages.Wall;
using Ioc.Dashboard.Components.Pages.Wall.Models;
using static Ioc.Dashboard.Tests.Wall.WallSamples;

namespace Ioc.Dashboard.Tests.Wall;

public sealed class EmergencyBannerTests : WallComponentTest
{
    private readonly BunitJSModuleInterop chime;

    public EmergencyBannerTests()
    {
        chime = JSInterop.SetupModule(EmergencyBanner.ChimeModulePath);
        chime.Mode = JSRuntimeMode.Loose;
        chime.Setup<bool>("play").SetResult(true);
    }

    [Fact]
    public void WithoutAlertsThereIsNoBanner()
    {
        var cut = Render<EmergencyBanner>(p => p.Add(b => b.Alerts, []));

        Assert.Empty(cut.FindAll(".wall-emergency"));
    }

    [Fact]
    public void TheOldestAlertIsShownFirstAndTheOthersQueueInOrderEachWithItsOwnCountdown()
    {
        EmergencyAlert[] alerts =
        [
            Alert("new", TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(58), "Tai nạn giao thông"),
            Alert("old", TimeSpan.FromMinutes(20), TimeSpan.FromMinutes(40), "Cháy, nổ", "Phường Cam Ranh"),
            Alert("mid", TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(50)),
        ];

        var cut = Render<EmergencyBanner>(p => p.Add(b => b.Alerts, alerts));

        Assert.Equal("old", cut.Find(".wall-emergency").GetAttribute("data-case"));
        Assert.Equal("Cháy, nổ", cut.Find(".wall-emergency__category").TextContent);
        // 08:00 now in Việt Nam, received 20 minutes ago.
        Assert.Equal("Phường Cam Ranh · KH-2026-old · tiếp nhận 07:40:00", cut.Find(".wall-emergency__place").TextContent);
        // 000 Điều 10: each emergency runs its own clock, in clock time.
        Assert.Equal(["mid", "new"], cut.FindAll(".wall-emergency__item").Select(i => i.GetAttribute("data-case")));
        Assert.Equal(["00:50:00", "00:58:00"], cut.FindAll(".wall-emergency__item-time").Select(i => i.TextContent));
        Assert.Equal("Cháy, nổ · Phường Nha Trang", cut.FindAll(".wall-emergency__item-what")[0].TextContent);
        Assert.Empty(cut.FindAll(".wall-emergency__queue"));
    }

    [Fact]
    public void BeyondThreeQueuedAlertsTheRestAreCounted()
    {
        var alerts = Enumerable.Range(1, 5).Select(i => Alert($"e{i}", TimeSpan.FromMinutes(10 * i), TimeSpan.FromMinutes(60 - i))).ToArray();

        var cut = Render<EmergencyBanner>(p => p.Add(b => b.Alerts, alerts));

        Assert.Equal("e5", cut.Find(".wall-emergency").GetAttribute("data-case"));
        Assert.Equal(["e4", "e3", "e2"], cut.FindAll(".wall-emergency__item").Select(i => i.GetAttribute("data-case")));
        Assert.Equal("+1 cảnh báo khác", cut.Find(".wall-emergency__queue").TextContent);
    }

    [Fact]
    public void AQueuedAlertPastItsDeadlineIsMarkedOverdue()
    {
        var cut = Render<EmergencyBanner>(p => p.Add(b => b.Alerts,
            [Alert("a", TimeSpan.FromMinutes(90), TimeSpan.FromMinutes(10)), Alert("b", TimeSpan.FromMinutes(80), TimeSpan.FromMinutes(-5))]));

        var item = cut.Find(".wall-emergency__item");
        Assert.Contains("wall-emergency__item--overdue", item.ClassList);
        Assert.Equal("−00:05:00", item.QuerySelector(".wall-emergency__item-time")!.TextContent);
    }

    [Fact]
    public void ADisplayWithTheChimeOffNeverPlaysIt()
    {
        chime.Setup<bool>("isMuted").SetResult(false);

        Render<EmergencyBanner>(p => p.Add(b => b.Alerts, [Alert("a", TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(55))]).Add(b => b.Chime, false));

        Assert.Empty(chime.Invocations["play"]);
    }

    [Fact]
    public void TheCountdownTicksEachSecondAndSaysOverdueOnceTheDeadlinePasses()
    {
        var cut = Render<EmergencyBanner>(p => p.Add(b => b.Alerts, [Alert("a", TimeSpan.FromMinutes(59), TimeSpan.FromSeconds(2))]));
        Assert.Equal("Còn lại", cut.Find(".wall-emergency__label").TextContent);
        Assert.Equal("00:00:02", cut.Find(".wall-emergency__time").TextContent);
        // Both ways: the countdown and the absolute due date-time.
        Assert.Equal("Hạn 02/03/2026 08:00", cut.Find(".wall-emergency__due").TextContent);

        Time.Advance(TimeSpan.FromSeconds(1));
        cut.WaitForAssertion(() => Assert.Equal("00:00:01", cut.Find(".wall-emergency__time").TextContent));

        Time.Advance(TimeSpan.FromSeconds(3));
        cut.WaitForAssertion(() => Assert.Equal("00:00:02", cut.Find(".wall-emergency__time").TextContent));
        Assert.Equal("Quá hạn", cut.Find(".wall-emergency__label").TextContent);
        Assert.Contains("wall-emergency__countdown--overdue", cut.Find(".wall-emergency__countdown").ClassList);
    }

    [Theory]
    [InlineData(0, "00:00:00")]
    [InlineData(59, "00:00:59")]
    [InlineData(3_600 + 62, "01:01:02")]
    [InlineData(27 * 3_600 + 3 * 60 + 9, "27:03:09")]
    [InlineData(-(5 * 60 + 10), "00:05:10")]
    public void CountdownsAreHoursMinutesSecondsWithoutWrappingAtADay(int seconds, string expected)
    {
        Assert.Equal(expected, WallFormat.Countdown(TimeSpan.FromSeconds(seconds)));
    }

    [Fact]
    public void AnEmergencyStepWithoutDeadlineShowsTheTimeSinceItArrived()
    {
        // 000 Điều 10.3 sets no time limit for the emergency work itself.
        var cut = Render<EmergencyBanner>(p => p.Add(b => b.Alerts, [Alert("a", TimeSpan.FromMinutes(75), null)]));

        Assert.Equal("Đã trôi qua", cut.Find(".wall-emergency__label").TextContent);
        Assert.Equal("01:15:00", cut.Find(".wall-emergency__time").TextContent);
        Assert.Empty(cut.FindAll(".wall-emergency__due"));
    }

    [Fact]
    public void TheBannerStaysUntilItsAlertLeavesTheList()
    {
        var cut = Render<EmergencyBanner>(p => p.Add(b => b.Alerts, [Alert("a", TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(55))]));
        Time.Advance(TimeSpan.FromHours(3));
        cut.WaitForAssertion(() => Assert.Equal("Quá hạn", cut.Find(".wall-emergency__label").TextContent));

        cut.Render(p => p.Add(b => b.Alerts, []));

        Assert.Empty(cut.FindAll(".wall-emergency"));
    }

    [Fact]
    public void ANewAlertChimesOnce()
    {
        chime.Setup<bool>("isMuted").SetResult(false);
        var a = Alert("a", TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(55));
        var cut = Render<EmergencyBanner>(p => p.Add(b => b.Alerts, [a]));
        Assert.Single(chime.Invocations["play"]);

        cut.Render(p => p.Add(b => b.Alerts, [a]));
        Assert.Single(chime.Invocations["play"]);

        cut.Render(p => p.Add(b => b.Alerts, [a, Alert("b", TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(59))]));
        Assert.Equal(2, chime.Invocations["play"].Count);
    }

    [Fact]
    public void AMutedWallStaysSilentAndTheToggleUnmutesIt()
    {
        chime.Setup<bool>("isMuted").SetResult(true);
        chime.Setup<bool>("setMuted", _ => true).SetResult(true);

        var cut = Render<EmergencyBanner>(p => p.Add(b => b.Alerts, [Alert("a", TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(55))]));
        Assert.Empty(chime.Invocations["play"]);
        Assert.Equal("false", cut.Find(".wall-emergency__sound").GetAttribute("aria-pressed"));

        cut.Find(".wall-emergency__sound").Click();

        Assert.Equal([false], chime.Invocations["setMuted"].Select(i => (bool)i.Arguments[0]!));
        Assert.Equal("true", cut.Find(".wall-emergency__sound").GetAttribute("aria-pressed"));
    }

    [Fact]
    public void LabelsSwitchToEnglish()
    {
        UseEnglish();
        chime.Setup<bool>("isMuted").SetResult(false);

        var cut = Render<EmergencyBanner>(p => p.Add(b => b.Alerts,
            [Alert("a", TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(55)), Alert("b", TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(59))]));

        Assert.Equal("EMERGENCY", cut.Find(".wall-emergency__badge span").TextContent);
        Assert.Equal("Time left", cut.Find(".wall-emergency__label").TextContent);
        Assert.Equal(["b"], cut.FindAll(".wall-emergency__item").Select(i => i.GetAttribute("data-case")));
    }
}
