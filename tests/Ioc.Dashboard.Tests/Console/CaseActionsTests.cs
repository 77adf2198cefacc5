using Ioc.Dashboard.Components.Pages.Console;
using Ioc.Dashboard.Components.Pages.Console.Data;
using Ioc.Hub.Cases.Events;

namespace Ioc.Dashboard.Tests.Console;

public class CaseActionsTests(ConsoleStore store) : ConsoleTest(store)
{
    [Fact]
    public async Task AnEmptyOrOversizedNoteIsRefusedWithAClearMessageAndNothingIsWritten()
    {
        var actions = Store.Get<CaseActions>();
        var viewer = ConsoleViewer.From(Supervisor);
        var detail = (await Store.Get<CaseDetailReader>().ReadAsync(viewer, ConsoleStore.Late))!;
        var before = await Store.CountEventsAsync();

        var empty = await actions.AddNoteAsync(viewer, detail.Case, "   ");
        var huge = await actions.AddNoteAsync(viewer, detail.Case, new string('x', 2_001));
        var noReason = await actions.RequestRerouteAsync(viewer, detail.Case, "kh-ubnd-nha-trang", "", ["kh-ubnd-nha-trang"]);
        var sameAgency = await actions.RequestRerouteAsync(viewer, detail.Case, "kh-sxd", "Lý do", ["kh-sxd"]);
        var unknownAgency = await actions.RequestRerouteAsync(viewer, detail.Case, "kh-khong-co", "Lý do", ["kh-sxd"]);

        Assert.Equal(["Action.TextRequired", "Action.NoteTooLong", "Action.TextRequired", "Action.SameAgency", "Action.AgencyRequired"],
            new[] { empty, huge, noReason, sameAgency, unknownAgency }.Select(r => r.ErrorKey));
        Assert.Equal(before, await Store.CountEventsAsync());
    }

    [Fact]
    public async Task TheNoteFormSaysWhatIsWrongInVietnamese()
    {
        SignIn(Supervisor);
        var before = await Store.CountEventsAsync();
        var page = Render<CaseDetailPage>(p => p.Add(x => x.Code, ConsoleStore.Late));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".note-button")), TimeSpan.FromSeconds(10));

        page.Find(".note-button").Click();

        page.WaitForAssertion(() => Assert.Contains("Vui lòng nhập nội dung", page.Find(".action-message").TextContent));
        Assert.Equal(before, await Store.CountEventsAsync());
    }

    [Fact]
    public async Task ANoteAndAReRouteRequestAreEventsOnTheCaseTimeline()
    {
        var actions = Store.Get<CaseActions>();
        var viewer = ConsoleViewer.From(Supervisor);
        var reader = Store.Get<CaseDetailReader>();
        var detail = (await reader.ReadAsync(viewer, ConsoleStore.Late))!;

        var note = await actions.AddNoteAsync(viewer, detail.Case, "Đã gọi Sở Xây dựng, hẹn xử lý trong ngày.");
        var reroute = await actions.RequestRerouteAsync(viewer, detail.Case, "kh-ubnd-nha-trang", "Hẻm do phường quản lý.", ["kh-ubnd-nha-trang"]);
        Assert.True(note.Succeeded && reroute.Succeeded, $"{note.ErrorKey} {reroute.ErrorKey} {reroute.Detail}");
        Assert.True(await actions.WaitStoredAsync(note.EventId!.Value));
        Assert.True(await actions.WaitStoredAsync(reroute.EventId!.Value));

        var after = (await reader.ReadAsync(viewer, ConsoleStore.Late))!;
        var added = after.Timeline.Where(e => e.Type is InternalNoteAdded.TypeName or RerouteRequested.TypeName).ToList();
        Assert.Equal(2, added.Count);
        Assert.All(added, e => Assert.Equal("giamsat@ioc.local", e.Actor));
        Assert.Contains(added, e => e.Type == RerouteRequested.TypeName && e.Agency!.Contains("Nha Trang") && e.Text == "Hẻm do phường quản lý.");
        // A request: the case stays with its lead agency until the producer routes it again.
        Assert.Equal("kh-sxd", after.Case.LeadAgencyId);
    }

    [Fact]
    public async Task AcknowledgingAnEmergencyAppendsTheAnnotationAndClearsItFromEveryQueue()
    {
        var viewer = ConsoleViewer.From(Supervisor);
        var board = Store.Get<AgencyBoardReader>();
        var fire = (await board.EmergenciesAsync(viewer)).Single(e => e.Code == ConsoleStore.Fire);

        var result = await Store.Get<CaseActions>().AcknowledgeAsync(viewer, fire, "Đã gọi PCCC, xe đang đến.");
        Assert.True(result.Succeeded, result.Detail);
        Assert.True(await Store.Get<CaseActions>().WaitStoredAsync(result.EventId!.Value));

        Assert.DoesNotContain(await board.EmergenciesAsync(viewer), e => e.Code == ConsoleStore.Fire);
        // The wall reads the same log: its banner no longer lists the case.
        var wall = await Store.Get<Ioc.Dashboard.Components.Pages.Wall.Data.WallStoreReader>().ReadAsync();
        Assert.DoesNotContain(wall.Emergencies, e => e.Code == ConsoleStore.Fire);
        var detail = (await Store.Get<CaseDetailReader>().ReadAsync(viewer, ConsoleStore.Fire))!;
        Assert.Contains(detail.Timeline, e => e.Type == EmergencyAcknowledged.TypeName && e.Text == "Đã gọi PCCC, xe đang đến.");
    }
}
