using Ioc.Dashboard.Components.Pages.Wall.Models;
using Ioc.Data.Cases;
using Ioc.Hub.Cases.Events;
using static Ioc.Dashboard.Tests.Wall.WallStore;

namespace Ioc.Dashboard.Tests.Wall;

/// <summary>The wall's reader against a real SQLite store: what it shows, what it counts, what it never shows.</summary>
public sealed class WallStoreReaderTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = WallSamples.Now.ToOffset(TimeSpan.FromHours(7));
    private readonly WallStore store = new();

    public Task InitializeAsync() => store.InitializeAsync();

    public Task DisposeAsync() => store.DisposeAsync();

    [Fact]
    public async Task ConfidentialAndStateSecretCasesAreLeftOutOfEverything()
    {
        // DOMAIN "rules common to all five": confidential cases never on the wall, state secrets never published.
        var shown = Case("shown", "Overdue");
        var confidential = Case("confidential", "Overdue");
        confidential.IsConfidential = true;
        confidential.IsEmergency = true;
        confidential.EmergencyCategory = "fire";
        var secret = Case("secret", "DueSoon");
        secret.IsStateSecret = true;
        var ratedConfidential = Resolved("rated-confidential", Now.AddHours(-2));
        ratedConfidential.IsConfidential = true;
        await store.AddAsync(
            [shown, confidential, secret, ratedConfidential],
            [Event(Received(shown, Now.AddMinutes(-50))), Event(Received(confidential, Now.AddMinutes(-40))), Event(Received(secret, Now.AddMinutes(-30))),
             Event(Rated(ratedConfidential.Id, "unsatisfied", Now.AddMinutes(-20)))]);

        var wall = await store.Reader.ReadAsync();

        Assert.Equal(["shown"], wall.Cases.Select(c => c.Id));
        Assert.Equal(new WallKpis(1, 0, 1, 1, null, null), wall.Kpis);
        Assert.Equal([new AgencyCounter("kh-sxd", "Sở Xây dựng", 1, 0, 1)], wall.Agencies);
        Assert.Empty(wall.Emergencies);
        Assert.Equal(["KH-2026-shown"], wall.Ticker.Select(t => t.CaseCode));
        Assert.Equal(0, wall.Satisfaction.Rated30Days);
    }

    [Fact]
    public async Task OtherProvincesCasesAreNotOnThisWall()
    {
        await store.AddAsync([Case("here"), Case("there", "Overdue", profile: "tay-ninh")]);

        var wall = await store.Reader.ReadAsync();

        Assert.Equal(["here"], wall.Cases.Select(c => c.Id));
        Assert.Equal(0, wall.Kpis.Overdue);
    }

    [Fact]
    public async Task TodayIsTheVietnameseDayAndRatesCoverThirtyDays()
    {
        var lateEvening = Case("late-evening");
        lateEvening.ReceivedAtUtc = new DateTime(2026, 3, 1, 16, 30, 0, DateTimeKind.Utc); // 23:30 on 1 March in Việt Nam
        var afterMidnight = Case("after-midnight");
        afterMidnight.ReceivedAtUtc = new DateTime(2026, 3, 1, 17, 30, 0, DateTimeKind.Utc); // 00:30 on 2 March
        var onTimeToday = Resolved("on-time-today", Now.AddHours(-1), handling: TimeSpan.FromHours(10));
        var lateYesterday = Resolved("late-yesterday", Now.AddDays(-1), handling: TimeSpan.FromDays(8), dueAfter: TimeSpan.FromDays(7));
        var withoutDeadline = Resolved("without-deadline", Now.AddDays(-3), handling: TimeSpan.FromHours(30));
        withoutDeadline.CaseDueAtUtc = null;
        var tooOld = Resolved("too-old", Now.AddDays(-31), handling: TimeSpan.FromDays(20), dueAfter: TimeSpan.FromDays(7));
        await store.AddAsync([lateEvening, afterMidnight, onTimeToday, lateYesterday, withoutDeadline, tooOld]);

        var kpis = (await store.Reader.ReadAsync()).Kpis;

        Assert.Equal(1, kpis.ReceivedToday);
        Assert.Equal(1, kpis.ResolvedToday);
        Assert.Equal(2, kpis.Open);
        // A case without a case deadline cannot have missed it: 2 of the 3 resolved within 30 days are on time.
        Assert.Equal(2.0 / 3, kpis.OnTimeRate!.Value, 6);
        Assert.Equal(TimeSpan.FromHours(30), kpis.MedianHandling);
    }

    [Fact]
    public async Task EachCaseCarriesItsStateAndTheTimeLeftInWorkingOrClockTime()
    {
        var dueSoon = Case("due-soon", "DueSoon");
        dueSoon.StepDueAtUtc = new DateTime(2026, 3, 2, 3, 0, 0, DateTimeKind.Utc); // 10:00 today: 2 office hours away
        var overdue = Case("overdue", "Overdue");
        overdue.StepDueAtUtc = new DateTime(2026, 2, 27, 9, 0, 0, DateTimeKind.Utc); // Friday 16:00: 1 h on Friday, 0.5 h this morning
        var emergency = Case("emergency", "OnTime");
        emergency.IsEmergency = true;
        emergency.EmergencyCategory = "fire";
        emergency.StepDueAtUtc = WallSamples.Now.AddMinutes(42).UtcDateTime;
        var noClock = Case("no-clock", "NoClock");
        noClock.StepDueAtUtc = null;
        var nowhere = Case("nowhere", "Overdue");
        nowhere.Latitude = null;
        nowhere.Longitude = null;
        await store.AddAsync([dueSoon, overdue, emergency, noClock, nowhere]);

        var wall = await store.Reader.ReadAsync();

        var cases = wall.Cases.ToDictionary(c => c.Id);
        // 000 office hours (profile assumption): 07:30–11:30, 13:00–17:00; emergencies run on the clock (000 Điều 10).
        Assert.Equal((WallStatus.DueSoon, TimeSpan.FromHours(2)), (cases["due-soon"].Status, cases["due-soon"].TimeLeftWorking));
        Assert.Equal((WallStatus.Overdue, -TimeSpan.FromMinutes(90)), (cases["overdue"].Status, cases["overdue"].TimeLeftWorking));
        Assert.Equal((WallStatus.OnTime, TimeSpan.FromMinutes(42)), (cases["emergency"].Status, cases["emergency"].TimeLeftWorking));
        Assert.Equal((WallStatus.OnTime, (TimeSpan?)null), (cases["no-clock"].Status, cases["no-clock"].TimeLeftWorking));
        // Without a location a case is counted, not drawn.
        Assert.False(cases.ContainsKey("nowhere"));
        Assert.Equal((5, 2), (wall.Kpis.Open, wall.Kpis.Overdue));
        Assert.Equal(("Hạ tầng kỹ thuật", "Phường Nha Trang", "infrastructure"), (cases["overdue"].FieldLabel, cases["overdue"].AdminUnit, cases["overdue"].Category));
    }

    [Fact]
    public async Task AgenciesAreCountedByLeadAndCasesNotRoutedUnderTheOperationsCenter()
    {
        var committee = Case("committee", "Overdue");
        committee.LeadAgencyId = "kh-ubnd-nha-trang";
        var unrouted = Case("unrouted", "DueSoon");
        unrouted.LeadAgencyId = null;
        await store.AddAsync([committee, unrouted, Case("sxd-1", "DueSoon"), Case("sxd-2")]);

        var agencies = (await store.Reader.ReadAsync()).Agencies.OrderBy(a => a.AgencyId).ToList();

        Assert.Equal(
            [new("kh-sxd", "Sở Xây dựng", 0, 1, 2), new("kh-ubnd-nha-trang", "UBND phường Nha Trang", 1, 0, 1), new(AgencyCounter.OperationsCenterId, "", 0, 1, 1)],
            agencies);
    }

    [Fact]
    public async Task AnEmergencyAlertsUntilItIsAcknowledged()
    {
        var waiting = Case("waiting");
        waiting.IsEmergency = true;
        waiting.EmergencyCategory = "fire";
        waiting.StepDueAtUtc = WallSamples.Now.AddMinutes(30).UtcDateTime;
        var acknowledged = Case("acknowledged");
        acknowledged.IsEmergency = true;
        acknowledged.EmergencyCategory = "accident";
        await store.AddAsync([waiting, acknowledged], [Event(new EmergencyAcknowledged { Id = Guid.NewGuid(), CaseId = "acknowledged", Sequence = 1, OccurredAt = Now })]);

        var alert = Assert.Single((await store.Reader.ReadAsync()).Emergencies);

        // 000 Điều 10 lists the categories; the label is the profile's.
        Assert.Equal(new EmergencyAlert("waiting", "KH-2026-waiting", "Hỏa hoạn", "Phường Nha Trang", WallSamples.Now.AddHours(-1), WallSamples.Now.AddMinutes(30)), alert);
    }

    [Fact]
    public async Task RatingsAreCountedOnTheProvinceScaleAndTheLowestAgenciesNamed()
    {
        // 000 Điều 11: Rất hài lòng / Hài lòng / Không hài lòng.
        var cases = new List<CaseRecord>();
        var events = new List<EventRecord>();
        void Rate(string agency, string rating, DateTimeOffset at)
        {
            var c = Resolved($"r{cases.Count}", at.AddHours(-1));
            c.LeadAgencyId = agency;
            cases.Add(c);
            events.Add(Event(Rated(c.Id, rating, at)));
        }

        Rate("kh-syt", "satisfied", Now.AddMinutes(-30));
        Rate("kh-syt", "unsatisfied", Now.AddMinutes(-20));
        foreach (var day in Enumerable.Range(2, 3))
        {
            Rate("kh-syt", "unsatisfied", Now.AddDays(-day));
        }

        foreach (var day in Enumerable.Range(1, 6))
        {
            Rate("kh-sxd", day == 1 ? "very-satisfied" : "satisfied", Now.AddDays(-day));
        }

        Rate("kh-pc", "unsatisfied", Now.AddDays(-3)); // one rating: too few to name the agency
        Rate("kh-sxd", "unsatisfied", Now.AddDays(-40)); // outside the 30 days
        await store.AddAsync(cases, events);

        var satisfaction = (await store.Reader.ReadAsync()).Satisfaction;

        Assert.Equal(
            ["very-satisfied Rất hài lòng 0 1", "satisfied Hài lòng 1 6", "unsatisfied Không hài lòng 1 5"],
            satisfaction.Levels.Select(l => $"{l.Code} {l.Label} {l.Today} {l.Last30Days}"));
        Assert.Equal([new("kh-syt", "Sở Y tế", 5, 1), new("kh-sxd", "Sở Xây dựng", 6, 6)], satisfaction.LowestAgencies);
    }

    [Fact]
    public async Task TheTickerNamesRecentEventsWithoutAnyCaseText()
    {
        var c = Case("ticker");
        var other = Case("elsewhere", profile: "tay-ninh");
        await store.AddAsync([c, other],
        [
            Event(Received(c, Now.AddMinutes(-50))),
            Event(new InternalNoteAdded { Id = Guid.NewGuid(), CaseId = c.Id, Sequence = 1, OccurredAt = Now.AddMinutes(-40), Note = "Gọi lại cho ông Bình" }),
            Event(new DeadlineStateChanged { Id = Guid.NewGuid(), CaseId = c.Id, Sequence = 1, OccurredAt = Now.AddMinutes(-30), Step = "processing", Status = SlaStatus.DueSoon, DueAt = Now }),
            Event(new DeadlineStateChanged { Id = Guid.NewGuid(), CaseId = c.Id, Sequence = 1, OccurredAt = Now.AddMinutes(-10), Step = "processing", Status = SlaStatus.Overdue, DueAt = Now }),
            Event(Received(other, Now.AddMinutes(-5))),
        ]);

        var ticker = (await store.Reader.ReadAsync()).Ticker;

        Assert.Equal([TickerKind.Overdue, TickerKind.DueSoon, TickerKind.Received], ticker.Select(t => t.Kind));
        Assert.All(ticker, t => Assert.Equal(("KH-2026-ticker", "Hạ tầng kỹ thuật · Phường Nha Trang"), (t.CaseCode, t.Text)));
        Assert.Equal(WallSamples.Now.AddMinutes(-10), ticker[0].At);
    }

    [Fact]
    public async Task TheProvinceComesWithItsUnitsAndItsBundledBoundary()
    {
        var province = await store.Reader.ProvinceAsync();

        Assert.Equal(("khanh-hoa", "Khánh Hòa"), (province.ProfileId, province.Name));
        Assert.Contains(new WallUnit("kh-nha-trang", "Phường Nha Trang", 12.247, 109.192), province.Units);
        Assert.Equal(new WallMapSetup("geo/khanh-hoa.geojson", "geo/vietnam-34.geojson", 12.05, 109.05, 9, null, null), province.Map);
        Assert.True(File.Exists(Path.Combine(RepositoryRoot(), "src", "Ioc.Dashboard", "wwwroot", province.Map.BoundaryUrl)));
    }

    // The build output lives outside the repository (artifacts path); this source file does not.
    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));

    private static CaseRecord Resolved(string id, DateTimeOffset resolvedAt, TimeSpan? handling = null, TimeSpan? dueAfter = null)
    {
        var received = resolvedAt - (handling ?? TimeSpan.FromHours(5));
        var c = Case(id, "Closed");
        c.Stage = "published";
        c.ReceivedAtUtc = received.UtcDateTime;
        c.CaseDueAtUtc = (received + (dueAfter ?? TimeSpan.FromDays(9))).UtcDateTime;
        c.ResolvedAtUtc = resolvedAt.UtcDateTime;
        c.ClosedAtUtc = resolvedAt.UtcDateTime;
        return c;
    }

    private static CaseReceived Received(CaseRecord c, DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid(),
        CaseId = c.Id,
        Sequence = 1,
        OccurredAt = at,
        Code = c.Code,
        ProfileId = c.ProfileId,
        Channel = Channel.Hotline,
        FieldCode = c.FieldCode,
        Description = c.Description,
        Location = new GeoLocation(c.Latitude ?? 12.2, c.Longitude ?? 109.1, c.AdminUnitCode),
        Reporter = new ReporterContact("Nguyễn Văn Bình", "0905123456"),
    };

    private static CaseRated Rated(string caseId, string rating, DateTimeOffset at) =>
        new() { Id = Guid.NewGuid(), CaseId = caseId, Sequence = 7, OccurredAt = at, Rating = rating, Comment = "Cảm ơn anh Bình" };
}
