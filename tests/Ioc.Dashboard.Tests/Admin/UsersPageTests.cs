using Ioc.Dashboard.Components.Pages.Admin.Users;
using Ioc.Dashboard.Security;
using Microsoft.EntityFrameworkCore;

namespace Ioc.Dashboard.Tests.Admin;

[Collection(AdminCollection.Name)]
public sealed class UsersPageTests(AdminApp app) : AdminPageTest(app)
{
    [Fact]
    public async Task AnEmptyFormIsRefusedFieldByFieldAndCreatesNothing()
    {
        var before = await CountUsersAsync();
        var cut = Render<UsersPage>();

        await ClickAsync(cut, ".ioc-create");

        Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(cut.Find(".ioc-create-user").TextContent, "Bắt buộc nhập."));
        Assert.Equal(before, await CountUsersAsync());
    }

    [Theory]
    [InlineData("nv.script", "<script>alert(1)</script>", "nv.script@ioc.local", "Không được chứa ký tự < >")]
    [InlineData("nv<b>", "Nguyễn Văn A", "nv.b@ioc.local", "Tên đăng nhập chỉ gồm")]
    [InlineData("nv.email", "Nguyễn Văn A", "not-an-email", "Địa chỉ email không hợp lệ")]
    [InlineData("nv.long", "Nguyễn Văn A", "nv.long@ioc.local", "Tối đa 200 ký tự", 201)]
    public async Task BadInputIsRefusedWithAClearMessageAndNothingIsStored(string userName, string displayName, string email, string message, int repeat = 0)
    {
        var before = await CountUsersAsync();
        var cut = Render<UsersPage>();
        await TypeAsync(cut, "ioc-user-name", userName);
        await TypeAsync(cut, "ioc-display-name", repeat > 0 ? new string('a', repeat) : displayName);
        await TypeAsync(cut, "ioc-email", email);

        await ClickAsync(cut, ".ioc-create");

        Assert.Contains(message, cut.Find(".ioc-create-user").TextContent);
        Assert.Empty(cut.FindAll(".ioc-one-time"));
        Assert.Equal(before, await CountUsersAsync());
    }

    [Fact]
    public async Task AnAgencyAccountNeedsAnAgency()
    {
        var cut = Render<UsersPage>();
        await TypeAsync(cut, "ioc-user-name", "nv.donvi");
        await TypeAsync(cut, "ioc-display-name", "Nguyễn Văn Đơn Vị");
        await TypeAsync(cut, "ioc-email", "nv.donvi@ioc.local");
        await SelectAsync(cut, "ioc-create-user .ioc-role", IocRoles.Agency);

        await ClickAsync(cut, ".ioc-create");
        Assert.Contains("Cán bộ đơn vị phải thuộc một đơn vị.", cut.Markup);
        Assert.Null(await App.UserAsync("nv.donvi"));

        await SelectAsync(cut, "ioc-create-user .ioc-agency", "kh-sxd");
        await ClickAsync(cut, ".ioc-create");
        var user = await App.UserAsync("nv.donvi");
        Assert.NotNull(user);
        Assert.Equal("kh-sxd", user.AgencyId);
        Assert.Equal([IocRoles.Agency], await App.RolesAsync(user));
        // The generated password is shown once and meets Identity's policy (12+ characters, digit, upper and lower case).
        var password = cut.Find(".ioc-one-time .ioc-secret").TextContent;
        Assert.Matches("^(?=.*[0-9])(?=.*[a-z])(?=.*[A-Z]).{12,}$", password);
        await using var db = App.Db();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "user.create" && a.Target == "user:nv.donvi" && a.UserName == AdminApp.Actor));
    }

    [Fact]
    public async Task AnAdministratorCannotDemoteOrLockThemselves()
    {
        var cut = Render<UsersPage>();
        await TypeAsync(cut, "ioc-search", AdminApp.Actor);
        await ClickAsync(cut, ".ioc-search-button");
        var own = $"tr[data-user='{AdminApp.Actor}']";

        await cut.Find($"{own} .ioc-row-role select").ChangeAsync(new() { Value = IocRoles.Supervisor });
        await ClickAsync(cut, $"{own} .ioc-save-role");
        Assert.Contains("Bạn không thể tự bỏ vai trò quản trị của mình.", cut.Find(".ioc-admin-error").TextContent);

        await ClickAsync(cut, $"{own} .ioc-lock");
        Assert.Contains("Bạn không thể tự khóa tài khoản của mình.", cut.Find(".ioc-admin-error").TextContent);

        var me = await App.UserAsync(AdminApp.Actor);
        Assert.Equal([IocRoles.Admin], await App.RolesAsync(me!));
        Assert.Null(me!.LockoutEnd);
    }

    [Fact]
    public async Task LockingAnotherAccountIsAuditedAndShown()
    {
        var other = await App.CreateUserAsync("giamsat.khoa@ioc.local", "Giamsat-2026-Khoa", IocRoles.Supervisor);
        var cut = Render<UsersPage>();
        var row = $"tr[data-user='{other.UserName}']";

        await ClickAsync(cut, $"{row} .ioc-lock");

        Assert.Contains("Đã khóa", cut.Find(row).TextContent);
        Assert.True((await App.UserAsync(other.UserName!))!.LockoutEnd > DateTimeOffset.UtcNow.AddYears(10));
        await using var db = App.Db();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "user.lock" && a.Target == $"user:{other.UserName}"));

        await ClickAsync(cut, $"{row} .ioc-reset");
        Assert.Contains(other.UserName!, cut.Find(".ioc-one-time").TextContent);
    }

    [Fact]
    public async Task AStoredDisplayNameWithMarkupIsRenderedAsText()
    {
        // Accounts can come from elsewhere (a script, an older version): whatever is stored is shown as text.
        await App.CreateUserAsync("markup.user@ioc.local", "Markup-2026-User", IocRoles.Leader);
        await App.WithUsersAsync(async users =>
        {
            var user = (await users.FindByNameAsync("markup.user@ioc.local"))!;
            user.DisplayName = "<script>alert(1)</script>";
            return await users.UpdateAsync(user);
        });

        var cut = Render<UsersPage>();

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", cut.Find($"tr[data-user='markup.user@ioc.local']").InnerHtml);
        Assert.Empty(cut.FindAll("tr script"));
    }

    private async Task<int> CountUsersAsync()
    {
        await using var db = App.Db();
        return await db.Users.CountAsync();
    }
}
