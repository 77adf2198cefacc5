using Ioc.Dashboard.Components.Pages.Admin;

namespace Ioc.Dashboard.Tests.Admin;

[Collection(AdminCollection.Name)]
public sealed class AdminIndexTests(AdminApp app) : AdminPageTest(app)
{
    [Fact]
    public void TheIndexLinksEveryAdminPageIncludingThoseBuiltElsewhere()
    {
        var cut = Render<AdminIndex>();

        var links = cut.FindAll(".ioc-admin-card a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["admin/users", "admin/agencies", "admin/kiosk", "admin/producer-keys", "admin/calendar", "admin/profiles",
            "admin/templates", "admin/dead-letters", "admin/audit"], links);
        Assert.Contains("Người dùng và vai trò", cut.Markup);
        Assert.DoesNotContain("Admin.", cut.Markup); // every label and description has its Vietnamese string
    }
}
