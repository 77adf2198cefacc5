using Ioc.Data.CaseQueries;
using Ioc.Data.Cases;
using Ioc.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Ioc.Data.Tests.Infrastructure.Samples;

namespace Ioc.Data.Tests.CaseQueries;

/// <summary>The console's case list query on each provider's real database: every filter, the order, the page and its total.</summary>
public abstract class CaseListQueryTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    // Each test writes its own profile id, so tests sharing the database never see each other's cases.
    private readonly string profile = $"p-{Guid.NewGuid():N}"[..20];

    [Fact]
    public async Task OpenIsTheDefaultAndClosedCasesAreLeftOut()
    {
        await AddAsync(Row("a"), Row("b", closed: true));

        Assert.Equal(["a"], await CodesAsync(new CaseListFilter()));
        Assert.Equal(["b"], await CodesAsync(new CaseListFilter { State = CaseListState.Closed }));
        Assert.Equal(["a", "b"], await CodesAsync(new CaseListFilter { State = CaseListState.All }));
    }

    [Fact]
    public async Task EachFilterSelectsOnItsColumn()
    {
        await AddAsync(
            Row("late", status: "Overdue", agency: "kh-sxd"),
            Row("soon", status: "DueSoon", agency: "kh-sxd", step: "approval"),
            Row("other", agency: "kh-ubnd-nha-trang", field: "environment", channel: "portal", unit: "kh-bac-nha-trang"),
            Row("fire", emergency: true, agency: "kh-syt"));

        Assert.Equal(["late"], await CodesAsync(new CaseListFilter { State = CaseListState.Overdue }));
        Assert.Equal(["soon"], await CodesAsync(new CaseListFilter { State = CaseListState.DueSoon }));
        Assert.Equal(["late", "soon"], await CodesAsync(new CaseListFilter { AgencyId = "kh-sxd" }));
        Assert.Equal(["soon"], await CodesAsync(new CaseListFilter { Step = "approval" }));
        Assert.Equal(["other"], await CodesAsync(new CaseListFilter { Field = "environment" }));
        Assert.Equal(["other"], await CodesAsync(new CaseListFilter { Channel = "portal" }));
        Assert.Equal(["other"], await CodesAsync(new CaseListFilter { Unit = "kh-bac-nha-trang" }));
        Assert.Equal(["fire"], await CodesAsync(new CaseListFilter { Emergency = true }));
        Assert.Equal(3, (await CodesAsync(new CaseListFilter { Emergency = false })).Count);
    }

    [Fact]
    public async Task DatesAreWholeVietnamDaysBothInclusive()
    {
        // 16:59:59 UTC on 1 March is 23:59:59 on 1 March in Việt Nam; 17:00 UTC is already 2 March.
        await AddAsync(
            Row("last-second-of-1-march", received: new DateTime(2026, 3, 1, 16, 59, 59, DateTimeKind.Utc)),
            Row("first-second-of-2-march", received: new DateTime(2026, 3, 1, 17, 0, 0, DateTimeKind.Utc)),
            Row("3-march", received: new DateTime(2026, 3, 3, 9, 0, 0, DateTimeKind.Utc)));

        Assert.Equal(["first-second-of-2-march"], await CodesAsync(new CaseListFilter { From = new(2026, 3, 2), To = new(2026, 3, 2) }));
        Assert.Equal(["3-march", "first-second-of-2-march"], await CodesAsync(new CaseListFilter { From = new(2026, 3, 2) }));
        Assert.Equal(["last-second-of-1-march"], await CodesAsync(new CaseListFilter { To = new(2026, 3, 1) }));
    }

    [Fact]
    public async Task SearchFindsACodeInAnyCaseAndWordsOfTheDescriptionLiterally()
    {
        await AddAsync(
            Row("kh-2026-000777", description: "Đèn đường hỏng trước số 12"),
            Row("percent", description: "Giảm 100% phí, đèn ĐƯỜNG tối"),
            Row("other", description: "Rác thải ven sông"));

        Assert.Equal(["kh-2026-000777"], await CodesAsync(new CaseListFilter { Query = $"kh-2026-000777-{Tag}".ToLowerInvariant() }));
        Assert.Equal(["percent"], await CodesAsync(new CaseListFilter { Query = "100%" }));
        Assert.Empty(await CodesAsync(new CaseListFilter { Query = "1_0" }));
        Assert.Contains("kh-2026-000777", await CodesAsync(new CaseListFilter { Query = "Đèn đường" }));
    }

    [Fact]
    public async Task APageComesInTheRequestedOrderWithTheTotal()
    {
        var start = new DateTime(2026, 3, 2, 1, 0, 0, DateTimeKind.Utc);
        await AddAsync([.. Enumerable.Range(0, 30).Select(i => Row($"c{i:D2}", received: start.AddMinutes(i), stepDue: start.AddHours(30 - i)))]);

        await using var db = database.CreateContext();
        var newest = await CaseListQuery.PageAsync(db, db.Cases, new CaseListFilter { ProfileId = profile }, CaseListSort.ReceivedDesc, 10, 10);
        var dueFirst = await CaseListQuery.PageAsync(db, db.Cases, new CaseListFilter { ProfileId = profile }, CaseListSort.DueAsc, 0, 3);

        Assert.Equal(30, newest.Total);
        Assert.Equal([.. Enumerable.Range(10, 10).Select(i => $"c{29 - i:D2}")], newest.Rows.Select(r => Short(r.Code)));
        Assert.Equal(["c29", "c28", "c27"], dueFirst.Rows.Select(r => Short(r.Code)));
    }

    [Fact]
    public async Task AnAgencyViewerSeesOnlyItsCasesThroughTheVisibilityRule()
    {
        await AddAsync(Row("mine", agency: "kh-sxd"), Row("theirs", agency: "kh-syt"));

        await using var db = database.CreateContext();
        var visible = db.Cases.Where(c => c.LeadAgencyId == "kh-sxd" || c.Holder == "kh-sxd");
        var page = await CaseListQuery.PageAsync(db, visible, new CaseListFilter { ProfileId = profile, State = CaseListState.All }, CaseListSort.CodeAsc, 0, 50);

        Assert.Equal(["mine"], page.Rows.Select(r => Short(r.Code)));
    }

    private async Task<List<string>> CodesAsync(CaseListFilter filter)
    {
        await using var db = database.CreateContext();
        var page = await CaseListQuery.PageAsync(db, db.Cases, filter with { ProfileId = profile }, CaseListSort.CodeAsc, 0, 100);
        return [.. page.Rows.Select(r => Short(r.Code))];
    }

    private async Task AddAsync(params CaseRecord[] cases)
    {
        await using var db = database.CreateContext();
        db.Cases.AddRange(cases);
        await db.SaveChangesAsync();
    }

    // Codes are unique in the table: each test's codes carry its tag, which the assertions leave out.
    private string Tag => profile[2..10].ToUpperInvariant();

    private string Short(string code) => code[..^(Tag.Length + 1)].ToLowerInvariant();

    private CaseRecord Row(string code, string status = "OnTime", string? agency = "kh-sxd", string field = "infrastructure", string channel = "hotline",
        string unit = "kh-nha-trang", string step = "processing", bool emergency = false, bool closed = false, DateTime? received = null,
        DateTime? stepDue = null, string description = "Đèn đường hỏng")
    {
        var c = Case(NewCaseId(), 3, closed ? "Closed" : status);
        c.Code = $"{code}-{Tag}".ToUpperInvariant();
        c.ProfileId = profile;
        c.LeadAgencyId = agency;
        c.Holder = agency;
        c.FieldCode = field;
        c.Channel = channel;
        c.AdminUnitCode = unit;
        c.CurrentStep = step;
        c.IsEmergency = emergency;
        c.ClosedAtUtc = closed ? Base.AddDays(1) : null;
        c.ReceivedAtUtc = received ?? Base;
        c.StepDueAtUtc = stepDue ?? Base.AddHours(8);
        c.Description = description;
        return c;
    }
}

public sealed class SqliteCaseListQueryTests(SqliteTestDatabase database) : CaseListQueryTests<SqliteTestDatabase>(database);

public sealed class PostgresCaseListQueryTests(PostgresTestDatabase database) : CaseListQueryTests<PostgresTestDatabase>(database);
