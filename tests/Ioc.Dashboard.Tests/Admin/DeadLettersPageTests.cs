using System.Globalization;
using Ioc.Dashboard.Components.Pages.Admin;
using Ioc.Dashboard.Security;
using Ioc.Data;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.DeadLetters;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ioc.Dashboard.Tests.Admin;

/// <summary>/admin/dead-letters over the real dead-letter service: lists, shows the raw entry as text, replays, discards with a reason.</summary>
public sealed class DeadLettersPageTests : ComponentTest
{
    private static readonly DateTimeOffset Occurred = new(2026, 5, 4, 8, 0, 0, TimeSpan.FromHours(7));
    private readonly DeadLetterStore store = new();

    public DeadLettersPageTests()
    {
        CultureInfo.CurrentCulture = new CultureInfo("vi-VN");
        CultureInfo.CurrentUICulture = new CultureInfo("vi-VN");
    }

    [Fact]
    public void ThePageIsForAdministratorsOnly()
    {
        var authorize = Assert.Single(typeof(DeadLetters).GetCustomAttributes(typeof(AuthorizeAttribute), inherit: true).Cast<AuthorizeAttribute>());
        Assert.Equal(IocPolicies.Admin, authorize.Policy);
        Assert.Equal([IocRoles.Admin], IocPolicies.Roles[IocPolicies.Admin]);
    }

    [Fact]
    public async Task ListsTheReasonAndShowsTheRawEntryAsTextNeverAsMarkup()
    {
        var letters = await store.DeadLetterAsync("Refused: <img src=x onerror=alert(1)> is not a step", Note("dl-page-1", "<b>đậm</b>"));
        var letter = Assert.Single(letters);
        var cut = RenderPage();

        var row = cut.Find($"tr.dl-row[data-id='{letter.Id}']");
        Assert.Contains("Refused: <img src=x onerror=alert(1)> is not a step", row.QuerySelector(".dl-reason")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("dl-page-1", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("ioc.note-added", row.TextContent, StringComparison.Ordinal);
        Assert.Contains(letter.LastFailedAt.ToOffset(TimeSpan.FromHours(7)).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture), row.TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("img"));
        Assert.Empty(cut.FindAll("pre.dl-raw"));

        row.QuerySelector("button.dl-view")!.Click();
        var raw = cut.Find("pre.dl-raw");
        Assert.Equal(letter.Event, raw.TextContent);
        Assert.Empty(raw.Children);
    }

    [Fact]
    public async Task ReplayPutsTheEntryBackIntoItsPartitionAndTakesItOffTheList()
    {
        var letter = Assert.Single(await store.DeadLetterAsync("Out of order", Note("dl-page-2", "chờ sự kiện trước")));
        var lengthBefore = (await store.Stream.GetStatusAsync()).Sum(p => p.Length);
        var cut = RenderPage();

        cut.Find($"tr.dl-row[data-id='{letter.Id}'] button.dl-replay").Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll($"tr.dl-row[data-id='{letter.Id}']")));
        Assert.Contains($"Đã phát lại {letter.Id}", cut.Find(".dl-message").TextContent, StringComparison.Ordinal);
        Assert.Null(await store.Admin.FindAsync(letter.Id));
        Assert.Equal(lengthBefore + 1, (await store.Stream.GetStatusAsync()).Sum(p => p.Length));
        Assert.Equal(DeadLetterAdmin.ReplayAction, (await AuditOfAsync(letter.Id)).Action);
    }

    [Fact]
    public async Task DiscardAsksForAReasonAndAuditsWhoAndWhy()
    {
        var letter = Assert.Single(await store.DeadLetterAsync("Unknown case", Note("dl-page-3", "hồ sơ thử")));
        var cut = RenderPage();

        cut.Find($"tr.dl-row[data-id='{letter.Id}'] button.dl-discard").Click();
        cut.Find("button.dl-discard-confirm").Click();
        Assert.Contains("Cần nhập lý do loại bỏ.", cut.Find(".dl-discard-row").TextContent, StringComparison.Ordinal);
        Assert.NotNull(await store.Admin.FindAsync(letter.Id));

        cut.Find(".dl-discard-reason input").Change("Dữ liệu thử của nhà cung cấp");
        cut.Find("button.dl-discard-confirm").Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll($"tr.dl-row[data-id='{letter.Id}']")));
        Assert.Null(await store.Admin.FindAsync(letter.Id));
        var audit = await AuditOfAsync(letter.Id);
        Assert.Equal((DeadLetterAdmin.DiscardAction, "quantri@ioc.local", "Dữ liệu thử của nhà cung cấp"), (audit.Action, audit.UserName, audit.Reason));
    }

    [Fact]
    public async Task FiltersByReasonAndSpeaksEnglishWhenAsked()
    {
        await store.DeadLetterAsync("Out of order", Note("dl-page-4", "một"));
        await store.DeadLetterAsync("Unknown case", Note("dl-page-5", "hai"));
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("en");
        try
        {
            var cut = RenderPage();
            Assert.Equal(2, cut.FindAll("tr.dl-row").Count);
            Assert.Contains("Showing 2 of 2 dead letters", cut.Find(".dl-count").TextContent, StringComparison.Ordinal);

            cut.Find(".dl-filter-reason input").Change("unknown");
            cut.Find("button.dl-search").Click();

            cut.WaitForAssertion(() => Assert.Single(cut.FindAll("tr.dl-row")));
            Assert.Contains("dl-page-5", cut.Find("tr.dl-row").TextContent, StringComparison.Ordinal);
            Assert.Contains("Replay", cut.Find("button.dl-replay").TextContent, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private IRenderedComponent<DeadLetters> RenderPage()
    {
        this.AddTestServices(TestAuthenticationStateProvider.User("quantri", IocRoles.Admin));
        Services.AddSingleton(store.Admin);
        return Render<DeadLetters>();
    }

    private async Task<Ioc.Data.Audit.AuditEntry> AuditOfAsync(string id)
    {
        await using var db = await store.Services.GetRequiredService<IDbContextFactory<IocDbContext>>().CreateDbContextAsync();
        return await db.AuditEntries.SingleAsync(a => a.Target == $"dead-letter:{id}");
    }

    private static InternalNoteAdded Note(string caseId, string text) => new()
    {
        Id = Guid.NewGuid(), CaseId = caseId, Sequence = 1, OccurredAt = Occurred, Note = text,
    };

    public override Task InitializeAsync() => store.InitializeAsync();

    protected override Task CleanUpAsync() => store.DisposeAsync();
}
