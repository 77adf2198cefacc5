using Ioc.Dashboard.Components.Pages.Admin.Agencies;
using Microsoft.EntityFrameworkCore;

namespace Ioc.Dashboard.Tests.Admin;

[Collection(AdminCollection.Name)]
public sealed class AgenciesPageTests(AdminApp app) : AdminPageTest(app)
{
    [Theory]
    [InlineData("0905123456", true)]      // mobile
    [InlineData("0905 123 456", true)]
    [InlineData("+84 905 123 456", true)]
    [InlineData("0258.3822.123", true)]   // Khánh Hòa landline, area code 258
    [InlineData("024 3825 1234", true)]   // Hà Nội landline
    [InlineData("19001023", true)]        // 000: the hotline 1900 1023
    [InlineData("0123456789", false)]     // 01x prefixes were retired in 2018
    [InlineData("090512345", false)]      // a digit short
    [InlineData("+1 202 555 0100", false)]
    [InlineData("0905-abc-456", false)]
    public void PhoneNumbersFollowTheVietnameseForms(string phone, bool valid) =>
        Assert.Equal(valid, ContactRules.IsVietnamesePhone(phone));

    [Theory]
    [InlineData("ioc-name", "<script>alert(1)</script>", "Không được chứa ký tự < >")]
    [InlineData("ioc-name", "", "Bắt buộc nhập.")]
    [InlineData("ioc-phone", "12345", "Số điện thoại không đúng dạng Việt Nam")]
    [InlineData("ioc-email", "lanhdao@", "Địa chỉ email không hợp lệ")]
    [InlineData("ioc-zalo", "zalo id with spaces", "Zalo ID chỉ gồm")]
    public async Task BadContactsAreRefusedAndNothingChanges(string field, string value, string message)
    {
        var before = await LeaderAsync("kh-sxd");
        var cut = Render<AgenciesPage>();
        await ClickAsync(cut, "tr[data-agency='kh-sxd'] .ioc-edit");

        await cut.Find($".ioc-contact-leader .{field} input").ChangeAsync(new() { Value = value });
        await ClickAsync(cut, ".ioc-agency-editor .ioc-save");

        Assert.Contains(message, cut.Find(".ioc-contact-leader").TextContent);
        var after = await LeaderAsync("kh-sxd");
        Assert.Equal((before.Name, before.Phone, before.Email, before.ZaloUserId), (after.Name, after.Phone, after.Email, after.ZaloUserId));
    }

    [Fact]
    public async Task AChannelNeedsItsAddress()
    {
        var cut = Render<AgenciesPage>();
        await ClickAsync(cut, "tr[data-agency='kh-sxd'] .ioc-edit");
        await cut.Find(".ioc-contact-focalOfficer .ioc-zalo input").ChangeAsync(new() { Value = "" });
        await cut.Find(".ioc-contact-focalOfficer .ioc-channel select").ChangeAsync(new() { Value = "zalo" });

        await ClickAsync(cut, ".ioc-agency-editor .ioc-save");

        Assert.Contains("Kênh này cần số điện thoại, email hoặc Zalo ID tương ứng.", cut.Find(".ioc-contact-focalOfficer").TextContent);
    }

    [Fact]
    public async Task AValidEditIsStoredMarkedAndAudited()
    {
        var cut = Render<AgenciesPage>();
        await ClickAsync(cut, "tr[data-agency='kh-sxd'] .ioc-edit");
        await cut.Find(".ioc-contact-leader .ioc-name input").ChangeAsync(new() { Value = "  Trần Thị Mai  " });
        await cut.Find(".ioc-contact-leader .ioc-phone input").ChangeAsync(new() { Value = "0258 3822 123" });
        await cut.Find(".ioc-contact-leader .ioc-channel select").ChangeAsync(new() { Value = "sms" });

        await ClickAsync(cut, ".ioc-agency-editor .ioc-save");

        Assert.Contains("Đã lưu liên hệ của", cut.Find(".ioc-saved").TextContent);
        await using var db = App.Db();
        var agency = await db.Agencies.AsNoTracking().SingleAsync(a => a.Id == "kh-sxd");
        Assert.Equal(("Trần Thị Mai", "0258 3822 123", "sms"), (agency.Leader.Name, agency.Leader.Phone, agency.Leader.PreferredChannel));
        Assert.Equal(AdminApp.Actor, agency.ContactsEditedBy);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "agency.contacts" && a.Target == "agency:kh-sxd"));
        Assert.Contains("Trần Thị Mai", cut.Find("tr[data-agency='kh-sxd'] .ioc-leader").TextContent);
    }

    private async Task<Ioc.Data.Agencies.Contact> LeaderAsync(string id)
    {
        await using var db = App.Db();
        return (await db.Agencies.AsNoTracking().SingleAsync(a => a.Id == id)).Leader;
    }
}
