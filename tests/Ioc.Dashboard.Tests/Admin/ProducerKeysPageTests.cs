using Ioc.Dashboard.Components.Pages.Admin.ProducerKeys;
using Microsoft.EntityFrameworkCore;

namespace Ioc.Dashboard.Tests.Admin;

[Collection(AdminCollection.Name)]
public sealed class ProducerKeysPageTests(AdminApp app) : AdminPageTest(app)
{
    [Theory]
    [InlineData("", "Bắt buộc nhập.")]
    [InlineData("<script>alert(1)</script>", "Tên hệ thống chỉ gồm")]
    [InlineData("pakn khanh hoa", "Tên hệ thống chỉ gồm")]
    public async Task ABadNameCreatesNoKey(string name, string message)
    {
        var before = await CountAsync();
        var cut = Render<ProducerKeysPage>();
        await TypeAsync(cut, "ioc-producer-name", name);

        await ClickAsync(cut, ".ioc-create");

        Assert.Contains(message, cut.Find(".ioc-create-key").TextContent);
        Assert.Empty(cut.FindAll(".ioc-one-time"));
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task AKeyWithNoScopeIsRefused()
    {
        var cut = Render<ProducerKeysPage>();
        await TypeAsync(cut, "ioc-producer-name", "no-scope.example");
        await cut.Find(".ioc-scope-ingest input").ChangeAsync(new() { Value = false });

        await ClickAsync(cut, ".ioc-create");

        Assert.Contains("Chọn ít nhất một quyền.", cut.Find(".ioc-create-key").TextContent);
    }

    [Fact]
    public async Task ANewKeyIsShownOnceAndCanBeRevoked()
    {
        var cut = Render<ProducerKeysPage>();
        await TypeAsync(cut, "ioc-producer-name", "pakn.khanhhoa.gov.vn");
        await ClickAsync(cut, ".ioc-create");

        var key = cut.Find(".ioc-one-time .ioc-secret").TextContent;
        Assert.StartsWith("ioc_", key);
        var row = $"tr[data-key='{key[..8]}']";
        Assert.Contains("pakn.khanhhoa.gov.vn", cut.Find(row).TextContent);
        Assert.DoesNotContain(key, cut.Find(".ioc-keys").InnerHtml); // the table shows the prefix only

        await TypeAsync(cut, "ioc-reason", "<img src=x onerror=alert(1)>");
        await ClickAsync(cut, $"{row} .ioc-revoke");
        Assert.Contains("Không được chứa ký tự < >", cut.Find(".ioc-admin-error").TextContent);

        await TypeAsync(cut, "ioc-reason", "Hệ thống cũ ngừng hoạt động");
        await ClickAsync(cut, $"{row} .ioc-revoke");
        Assert.Empty(cut.FindAll($"{row} .ioc-revoke"));
        await using var db = App.Db();
        Assert.NotNull((await db.ProducerApiKeys.SingleAsync(k => k.KeyPrefix == key.Substring(0, 8))).RevokedAtUtc);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "producer-key.revoke" && a.Reason == "Hệ thống cũ ngừng hoạt động"));
    }

    private async Task<int> CountAsync()
    {
        await using var db = App.Db();
        return await db.ProducerApiKeys.CountAsync();
    }
}
