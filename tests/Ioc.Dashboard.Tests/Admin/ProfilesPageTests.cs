using Ioc.Dashboard.Components.Pages.Admin.Profiles;

namespace Ioc.Dashboard.Tests.Admin;

[Collection(AdminCollection.Name)]
public sealed class ProfilesPageTests(AdminApp app) : AdminPageTest(app)
{
    [Fact]
    public void EveryProfileIsShownValidWithItsRulesAndArticles()
    {
        var cut = Render<ProfilesPage>();

        Assert.Equal(["dong-nai", "khanh-hoa", "soc-trang", "tay-ninh", "thanh-hoa"],
            cut.FindAll(".ioc-profile-check").Select(e => e.GetAttribute("data-profile")));
        Assert.Equal(5, cut.FindAll(".ioc-valid").Count);
        // 002 Điều 8.3: one extension only; 003 Điều 12.1: 30 days of retention.
        Assert.Contains("002 Điều 8.3", cut.Find(".ioc-profile-rules[data-profile='soc-trang']").TextContent);
        Assert.Contains("30 ngày", cut.Find(".ioc-profile-rules[data-profile='tay-ninh']").TextContent);
    }
}
