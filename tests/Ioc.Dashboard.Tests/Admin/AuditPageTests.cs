using Ioc.Dashboard.Components.Pages.Admin.Audit;
using Ioc.Data.Audit;

namespace Ioc.Dashboard.Tests.Admin;

[Collection(AdminCollection.Name)]
public sealed class AuditPageTests(AdminApp app) : AdminPageTest(app)
{
    [Fact]
    public async Task FiltersUseVietnamDaysAndDetailsAreText()
    {
        await using (var db = App.Db())
        {
            // 17:30 UTC on 01/01/2020 is 00:30 on 02/01/2020 in Việt Nam: it belongs to the 2nd.
            db.AuditEntries.Add(Entry(new DateTime(2020, 1, 1, 17, 30, 0, DateTimeKind.Utc), "case:KH-2020-000001", "<script>alert(1)</script>"));
            db.AuditEntries.Add(Entry(new DateTime(2020, 1, 1, 16, 30, 0, DateTimeKind.Utc), "case:KH-2020-000002", "the 1st"));
            await db.SaveChangesAsync();
        }
        var cut = Render<AuditLogPage>();
        await TypeAsync(cut, "ioc-filter-from", "02/01/2020");
        await TypeAsync(cut, "ioc-filter-to", "02/01/2020");

        await ClickAsync(cut, ".ioc-filter-button");

        var entry = Assert.Single(cut.FindAll(".ioc-audit-entry"));
        Assert.Contains("02/01/2020 00:30", entry.TextContent);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", entry.InnerHtml);
        Assert.Empty(cut.FindAll(".ioc-audit script"));
    }

    [Fact]
    public async Task ACaseCodeFindsItsEntriesPageByPage()
    {
        await using (var db = App.Db())
        {
            for (var i = 0; i < AuditSearch.PageSize + 5; i++)
                db.AuditEntries.Add(Entry(new DateTime(2021, 5, 1, 2, i, 0, DateTimeKind.Utc), "case:KH-2021-000777", $"reveal {i}"));
            await db.SaveChangesAsync();
        }
        var cut = Render<AuditLogPage>();
        await TypeAsync(cut, "ioc-filter-case", "KH-2021-000777");
        await ClickAsync(cut, ".ioc-filter-button");

        Assert.Equal(AuditSearch.PageSize, cut.FindAll(".ioc-audit-entry").Count);
        Assert.Contains("30 mục · trang 1/2", cut.Find(".ioc-audit-count").TextContent);
        await ClickAsync(cut, ".ioc-next");
        Assert.Equal(5, cut.FindAll(".ioc-audit-entry").Count);
        Assert.Contains("reveal 0", cut.Find(".ioc-audit").TextContent); // newest first: the oldest is last
    }

    [Theory]
    [InlineData("ioc-filter-from", "2020-01-02", "Ngày phải có dạng dd/MM/yyyy.")]
    [InlineData("ioc-filter-case", "<script>alert(1)</script><script>alert(1)</script><script>alert(1)</script><script>alert(1)</script>x", "Tối đa 100 ký tự.")]
    public async Task BadFiltersAreToldNotSearched(string field, string value, string message)
    {
        var cut = Render<AuditLogPage>();
        await TypeAsync(cut, field, value);
        await ClickAsync(cut, ".ioc-filter-button");
        Assert.Contains(message, cut.Find(".ioc-audit-filter").TextContent);
    }

    private static AuditEntry Entry(DateTime at, string target, string details) =>
        new() { AtUtc = at, UserName = "giamsat@ioc.local", Action = "reporter.reveal", Target = target, Details = details };
}
