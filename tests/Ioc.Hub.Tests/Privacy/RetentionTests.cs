using System.Text.Json;
using Ioc.Data.Cases;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Privacy;
using Ioc.Hub.Privacy.Retention;
using Ioc.Hub.Sla.Calendar;
using Ioc.Hub.Sla.Profiles;
using Ioc.Hub.Tests.Projection.Support;
using Ioc.Hub.Tests.Support.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Ioc.Hub.Tests.Privacy;

/// <summary>
/// The retention job against a real store of each provider, on cases the real projection wrote: with the clock moved
/// past retention the reporters are gone, in the table and in the logged payloads, and the KPI inputs are unchanged.
/// </summary>
public abstract class RetentionTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    // 003 Điều 12.1: "Thời gian lưu trữ dữ liệu trong vòng 30 ngày" — Tây Ninh keeps the data 30 days.
    private const int TayNinhRetentionDays = 30;

    private readonly EventFeed feed = new($"ioc:events:{Guid.NewGuid():N}");
    private readonly string run = Guid.NewGuid().ToString("N")[..8];

    private static ProfileCatalog Catalog { get; } = new(
        [ProjectionProfiles.KhanhHoaProfile, ProjectionProfiles.TayNinhProfile with { RetentionDays = TayNinhRetentionDays }],
        HolidaySchedule.LoadDefault());

    [Fact]
    public async Task PastRetentionTheReportersAreGoneAndTheKpisAreUnchanged()
    {
        var time = ProjectionHarness.Clock();
        using var projection = await ProjectionHarness.StartAsync(database, time);
        // Two Tây Ninh cases closed on Mon 04/05 (published 13:00) and rated; one still open; one Khánh Hòa case (no retention).
        var closed = new[] { Closed(ProjectionProfiles.TayNinh, "hai-long"), Closed(ProjectionProfiles.TayNinh, "chap-nhan", lead: "tn-syt") };
        var open = new TestCase($"{run}-open", ProjectionProfiles.TayNinh) { Lead = "tn-sxd" };
        var khanhHoa = Closed(ProjectionProfiles.KhanhHoa, "hai-long");
        var events = closed.Concat([khanhHoa]).SelectMany(c => c.Events).Concat([open.Received(), open.After(TimeSpan.FromHours(1)).Routed()]).ToList();
        await projection.ProjectAsync(feed.Entries(events));
        var ids = closed.Select(c => c.Case.CaseId).Concat([open.CaseId, khanhHoa.Case.CaseId]).ToList();
        var kpisBefore = await KpisAsync(ids);
        var closedAt = (await ProjectionHarness.CaseRowAsync(database, closed[0].Case.CaseId))!.ClosedAtUtc!.Value;
        var retention = Retention(time);
        var earlierAudit = (await AuditAsync()).Count;

        // Day 30 after closing: still kept.
        time.SetUtcNow(new DateTimeOffset(closedAt.AddDays(TayNinhRetentionDays), TimeSpan.Zero));
        await retention.RunAsync();
        foreach (var c in closed)
        {
            Assert.Equal("Nguyễn Văn A", (await Reporter(c.Case.CaseId))?.Name);
        }

        // A minute past: gone.
        time.Advance(TimeSpan.FromMinutes(1));
        await retention.RunAsync();

        foreach (var c in closed)
        {
            var reporter = await Reporter(c.Case.CaseId);
            Assert.NotNull(reporter);
            Assert.Equal((null, null, null, null, null), (reporter.Name, reporter.Phone, reporter.Email, reporter.IdNumber, reporter.Address));
            Assert.Equal(time.GetUtcNow().UtcDateTime, reporter.AnonymisedAtUtc);
            var payload = await ReceivedPayloadAsync(c.Case.CaseId);
            Assert.DoesNotContain("Nguyễn Văn A", payload);
            Assert.DoesNotContain("0905123456", payload);
            Assert.DoesNotContain("nguyenvana@example.vn", payload);
            // The rest of the report is kept, and the payload is still a valid case.received.
            Assert.Contains("Ổ gà lớn trên đường Trần Phú", payload);
            var parsed = Assert.IsType<CaseReceived>(CaseEventJson.Deserialize(payload));
            Assert.Equal(new ReporterContact(), parsed.Reporter);
        }
        Assert.Equal("Nguyễn Văn A", (await Reporter(open.CaseId))?.Name);
        Assert.Equal("Nguyễn Văn A", (await Reporter(khanhHoa.Case.CaseId))?.Name);
        Assert.Equal(kpisBefore, await KpisAsync(ids));

        var audit = await AuditAsync();
        var entry = Assert.Single(audit.Skip(earlierAudit));
        Assert.Equal((PersonalDataRetention.AuditUser, PersonalDataRetention.AuditAction, $"profile:{ProjectionProfiles.TayNinh}"), (entry.UserName, entry.Action, entry.Target));
        Assert.True(JsonDocument.Parse(entry.Details!).RootElement.GetProperty("cases").GetInt32() >= closed.Length);

        // Idempotent: the next run finds nothing and writes nothing.
        var before = audit.Count;
        Assert.Equal(0, await retention.RunAsync());
        Assert.Equal(before, (await AuditAsync()).Count);
    }

    [Fact]
    public async Task TheProjectionNeverWritesPersonalDataBackIntoAnAnonymisedRow()
    {
        var time = ProjectionHarness.Clock();
        using var projection = await ProjectionHarness.StartAsync(database, time);
        var c = Closed(ProjectionProfiles.TayNinh, "hai-long");
        await projection.ProjectAsync(feed.Entries(c.Events));
        time.Advance(TimeSpan.FromDays(TayNinhRetentionDays + 1));
        await Retention(time).RunAsync();

        // A later event of the case (a reminder) rewrites the case row and must leave the reporter alone.
        await projection.ProjectAsync(feed.Entries([c.Case.Reminder()]));

        Assert.Null((await Reporter(c.Case.CaseId))?.Name);
    }

    [Fact]
    public void APayloadWithoutAReporterOrNotAnObjectIsLeftAsItIs()
    {
        Assert.Equal("""{"type":"case.received","reporter":{},"description":"Đèn hỏng"}""",
            PersonalDataRetention.WithoutReporter("""{"type":"case.received","Reporter":{"name":"A"},"description":"Đèn hỏng"}""").Replace("\"Reporter\"", "\"reporter\""));
        Assert.Equal("[1,2]", PersonalDataRetention.WithoutReporter("[1,2]"));
    }

    private PersonalDataRetention Retention(FakeTimeProvider time) => new(
        new Factory(database), Catalog, Microsoft.Extensions.Options.Options.Create(new RetentionOptions { BatchSize = 1 }), time,
        NullLogger<PersonalDataRetention>.Instance);

    private (TestCase Case, List<CaseEvent> Events) Closed(string profile, string rating, string lead = "tn-sxd")
    {
        var c = new TestCase($"{run}-{Guid.NewGuid():N}"[..30], profile) { Lead = lead };
        var events = c.ThroughPublication();
        events.Add(c.After(TimeSpan.FromHours(1)).Rated(rating));
        return (c, events);
    }

    /// <summary>What the KPI screens count: cases per agency and day, ratings, on-time resolutions, events.</summary>
    private async Task<string> KpisAsync(List<string> ids)
    {
        await using var db = database.CreateContext();
        var rows = await db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id)).OrderBy(c => c.Id).ToListAsync();
        var perAgencyDay = rows.GroupBy(r => (r.LeadAgencyId, r.ReceivedAtUtc.Date)).Select(g => $"{g.Key.LeadAgencyId}/{g.Key.Date:yyyy-MM-dd}={g.Count()}").Order();
        var ratings = rows.GroupBy(r => r.Rating).Select(g => $"{g.Key}={g.Count()}").Order();
        var onTime = rows.Count(r => r.ResolvedAtUtc is { } resolved && r.CaseDueAtUtc is { } due && resolved <= due);
        var snapshots = string.Join(";", rows.Select(r => $"{r.Id}:{r.SlaStatus}:{r.Stage}:{r.ResolvedAtUtc:o}:{r.ClosedAtUtc:o}:{r.LateByMinutes}:{r.StateJson.Length}"));
        var events = await db.Events.CountAsync(e => ids.Contains(e.CaseId));
        return $"{string.Join(",", perAgencyDay)} | {string.Join(",", ratings)} | onTime={onTime} | events={events} | {snapshots}";
    }

    private async Task<CaseReporter?> Reporter(string caseId)
    {
        await using var db = database.CreateContext();
        return await db.CaseReporters.AsNoTracking().SingleOrDefaultAsync(r => r.CaseId == caseId);
    }

    private async Task<string> ReceivedPayloadAsync(string caseId)
    {
        await using var db = database.CreateContext();
        return (await db.Events.AsNoTracking().SingleAsync(e => e.CaseId == caseId && e.Type == CaseReceived.TypeName)).PayloadJson;
    }

    private async Task<List<Ioc.Data.Audit.AuditEntry>> AuditAsync()
    {
        await using var db = database.CreateContext();
        return await db.AuditEntries.AsNoTracking().Where(a => a.Action == PersonalDataRetention.AuditAction).OrderBy(a => a.Id).ToListAsync();
    }

    private sealed class Factory(TestDatabase database) : IDbContextFactory<Ioc.Data.IocDbContext>
    {
        public Ioc.Data.IocDbContext CreateDbContext() => database.CreateContext();
    }
}

public sealed class SqliteRetentionTests(SqliteTestDatabase database) : RetentionTests<SqliteTestDatabase>(database);

public sealed class PostgresRetentionTests(PostgresTestDatabase database) : RetentionTests<PostgresTestDatabase>(database);

public sealed class RetentionProfileTests
{
    [Fact]
    public void TayNinhKeepsPersonalDataThirtyDaysAndTheOtherProvincesSetNoPeriod()
    {
        var catalog = ProfileCatalog.LoadDefault();

        // 003 Điều 12.1: Tây Ninh stores the data 30 days; 000, 001, 002, 004 set no retention period.
        Assert.Equal(30, catalog.Get("tay-ninh").Profile.RetentionDays);
        Assert.All(new[] { "khanh-hoa", "thanh-hoa", "soc-trang", "dong-nai" }, id => Assert.Null(catalog.Get(id).Profile.RetentionDays));
    }
}
