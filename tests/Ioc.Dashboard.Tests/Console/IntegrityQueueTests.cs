using Ioc.Dashboard.Components.Pages.Console;
using Ioc.Dashboard.Components.Pages.Console.Data;
using Ioc.Data;
using Ioc.Data.CaseQueries;
using Ioc.Hub.Cases.Events;
using Microsoft.EntityFrameworkCore;

namespace Ioc.Dashboard.Tests.Console;

public class IntegrityQueueTests(ConsoleStore store) : ConsoleTest(store)
{
    private const string Quick = "KH-2026-000201";

    [Fact]
    public async Task ACaseAnsweredInMinutesWithoutAResultPhotoIsFlaggedUntilReviewed()
    {
        await Store.SendAsync(
            ConsoleStore.Received(Quick, "2026-03-09T08:00:00+07:00"),
            ConsoleStore.Routed(Quick, 2, "2026-03-09T08:03:00+07:00", "kh-sxd"),
            ConsoleStore.Accepted(Quick, 3, "2026-03-09T08:05:00+07:00", "kh-sxd"),
            // 003 Điều 8.3: a result "kèm hình ảnh đã xử lý" where the issue needs it; a street light does, none was sent.
            new ResultSubmitted { Id = Guid.NewGuid(), CaseId = Quick, Sequence = 4, OccurredAt = ConsoleStore.At("2026-03-09T08:08:00+07:00"), AgencyId = "kh-sxd", Summary = "Đã xử lý.", PhotoCount = 0 },
            new ResultApproved { Id = Guid.NewGuid(), CaseId = Quick, Sequence = 5, OccurredAt = ConsoleStore.At("2026-03-09T08:10:00+07:00"), ApproverName = "Lãnh đạo" },
            new ResultPublished { Id = Guid.NewGuid(), CaseId = Quick, Sequence = 6, OccurredAt = ConsoleStore.At("2026-03-09T08:12:00+07:00") },
            new CaseRated { Id = Guid.NewGuid(), CaseId = Quick, Sequence = 7, OccurredAt = ConsoleStore.At("2026-03-09T09:00:00+07:00"), Rating = "unsatisfied" });
        var queue = Store.Get<IntegrityQueue>();
        var viewer = ConsoleViewer.From(Supervisor);

        var flags = (await queue.ReadAsync(viewer)).Where(i => i.Code == Quick).ToList();

        Assert.Equal([IntegrityFlags.ClosedQuickly, IntegrityFlags.NoResultPhoto, IntegrityFlags.Unsatisfied], flags.Select(f => f.Flag).Order());
        Assert.Equal("12", flags.Single(f => f.Flag == IntegrityFlags.ClosedQuickly).Detail);

        SignIn(Supervisor);
        var page = Render<ReviewPage>();
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("tr.review-row").Count(r => r.TextContent.Contains(Quick))), TimeSpan.FromSeconds(10));
        page.FindAll("tr.review-row").First(r => r.TextContent.Contains("Đóng sau 12 phút")).QuerySelector(".review-button")!.Click();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("tr.review-row").Count(r => r.TextContent.Contains(Quick))), TimeSpan.FromSeconds(10));
        await using var db = await Store.Get<IDbContextFactory<IocDbContext>>().CreateDbContextAsync();
        var review = await db.IntegrityReviews.SingleAsync(r => r.Flag == IntegrityFlags.ClosedQuickly);
        Assert.Equal("giamsat@ioc.local", review.ReviewedBy);
        Assert.False(await queue.MarkReviewedAsync(viewer, flags.Single(f => f.Flag == IntegrityFlags.ClosedQuickly), null));
    }
}
