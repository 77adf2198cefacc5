using Ioc.Dashboard.Components.Pages.Admin.Calendar;
using Ioc.Hub.Sla.Profiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ioc.Dashboard.Tests.Admin;

/// <summary>The calendar page on the fake clock's year, 2026 (official schedule: Công văn 12729/VPCP-KGVX).</summary>
[Collection(AdminCollection.Name)]
public sealed class CalendarPageTests(AdminApp app) : AdminPageTest(app)
{
    [Fact]
    public void TheYearShowsTheShippedDaysOffAndMakeUpDays()
    {
        var cut = Render<CalendarPage>();

        // DOMAIN "Working time": make-up working Saturday 10/01/2026 for Friday 02/01.
        Assert.Contains("Làm bù", cut.Find("tr[data-date='2026-01-10']").TextContent);
        Assert.Contains("Thứ Bảy", cut.Find("tr[data-date='2026-01-10']").TextContent);
        Assert.Contains("Lịch công bố", cut.Find("tr[data-date='2026-04-30']").TextContent);
    }

    [Theory]
    [InlineData("10/06/2026", "", "Nhập tên ngày.")]
    [InlineData("10/06/26", "Nghỉ", "Ngày phải có dạng dd/MM/yyyy.")]
    [InlineData("10/06/2027", "Nghỉ", "không thuộc năm 2026")]
    [InlineData("30/04/2026", "Nghỉ", "30/04/2026 đã là ngày nghỉ.")]
    [InlineData("10/06/2026", "<script>alert(1)</script>", "Tên không được chứa ký tự < >")]
    public async Task ABadHolidayIsRefusedNextToItsField(string date, string name, string message)
    {
        var cut = Render<CalendarPage>();
        await TypeAsync(cut, "ioc-first", date);
        await TypeAsync(cut, "ioc-holiday-name", name);

        await ClickAsync(cut, ".ioc-add-holiday-button");

        Assert.Contains(message, cut.Find(".ioc-add-holiday").TextContent);
        await using var db = App.Db();
        Assert.False(await db.CalendarOverrides.AnyAsync(o => o.Name == name));
    }

    [Fact]
    public async Task AMakeUpDayMustBeAWeekendDay()
    {
        var cut = Render<CalendarPage>();
        await TypeAsync(cut, "ioc-makeup-date", "10/06/2026");
        await TypeAsync(cut, "ioc-makeup-name", "Làm bù");

        await ClickAsync(cut, ".ioc-add-makeup-button");

        Assert.Contains("10/06/2026 không phải thứ Bảy hay Chủ nhật", cut.Find(".ioc-add-makeup").TextContent);
    }

    [Fact]
    public async Task AnAddedHolidayIsListedAppliesToTheEngineAndCanBeRemoved()
    {
        var catalog = App.Services.GetRequiredService<ProfileCatalog>();
        var cut = Render<CalendarPage>();
        await TypeAsync(cut, "ioc-first", "15/06/2026");
        await TypeAsync(cut, "ioc-last", "16/06/2026");
        await TypeAsync(cut, "ioc-holiday-name", "Nghỉ nghiệm");

        await ClickAsync(cut, ".ioc-add-holiday-button");

        Assert.Contains("Nghỉ nghiệm", cut.Find("tr[data-date='2026-06-15']").TextContent);
        Assert.Contains("Quản trị: quantri@ioc.local", cut.Find("tr[data-date='2026-06-16']").TextContent);
        // 003 Điều 8.2: working days exclude holidays; the engine's calendar says so at once.
        Assert.False(catalog.Get("khanh-hoa").Calendar.IsWorkingDay(new DateOnly(2026, 6, 15)));

        await ClickAsync(cut, "tr[data-date='2026-06-15'] .ioc-remove");

        Assert.Empty(cut.FindAll("tr[data-date='2026-06-15']"));
        Assert.True(catalog.Get("khanh-hoa").Calendar.IsWorkingDay(new DateOnly(2026, 6, 15)));
    }
}
