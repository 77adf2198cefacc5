using System.Text.Json;
using Ioc.Data;
using Ioc.Data.Cases;
using Ioc.Hub.Live;
using Ioc.Hub.Privacy;
using Ioc.Hub.Tests.Support.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Ioc.Hub.Tests.Privacy;

/// <summary>The audited reveal of a reporter's contact against a real store of each provider.</summary>
public abstract class ContactRevealTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 3, 0, 0, TimeSpan.Zero);
    private readonly string id = $"reveal-{Guid.NewGuid():N}";

    private ContactReveal Service => new(new Factory(database), new FakeTimeProvider(Now), NullLogger<ContactReveal>.Instance);

    [Fact]
    public async Task ASupervisorSeesTheContactInClearAndTheRevealIsAudited()
    {
        await AddCaseAsync(lead: "so-gtvt");
        var supervisor = CaseViewer.From(CaseViewerTests.Principal("giamsat@ioc.local", null, HubRoles.Supervisor));

        var outcome = await Service.RevealAsync(supervisor, id, "  Gọi lại để xác minh vị trí  ");

        Assert.Equal(RevealStatus.Revealed, outcome.Status);
        Assert.Equal(("Nguyễn Văn An", "0905123456", null, "079203001234", false), (outcome.Contact!.Name, outcome.Contact.Phone, outcome.Contact.Email, outcome.Contact.IdNumber, outcome.Contact.IsMasked));
        var audit = Assert.Single(await AuditAsync());
        Assert.Equal(("giamsat@ioc.local", ContactReveal.AuditAction, $"case:{id}", "Gọi lại để xác minh vị trí", Now.UtcDateTime),
            (audit.UserName, audit.Action, audit.Target, audit.Reason, audit.AtUtc));
        using var details = JsonDocument.Parse(audit.Details!);
        Assert.Equal($"T-{id}", details.RootElement.GetProperty("code").GetString());
        Assert.Equal(["name", "phone", "idNumber", "address"], details.RootElement.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
    }

    [Fact]
    public async Task AnAgencyRevealsItsOwnCaseButAnotherAgencysCaseIsNotFoundAndNothingIsAudited()
    {
        await AddCaseAsync(lead: "so-gtvt", confidential: true);

        var own = await Service.RevealAsync(CaseViewer.ForAgency("so-gtvt", "donvi@ioc.local"), id, "Liên hệ để hẹn khảo sát");
        var other = await Service.RevealAsync(CaseViewer.ForAgency("so-yt", "khac@ioc.local"), id, "Liên hệ để hẹn khảo sát");

        Assert.Equal(RevealStatus.Revealed, own.Status);
        Assert.Equal((RevealStatus.NotFound, null), (other.Status, other.Contact));
        Assert.Equal(["donvi@ioc.local"], (await AuditAsync()).Select(a => a.UserName));
    }

    [Theory]
    [InlineData(HubRoles.Wall)]
    [InlineData(HubRoles.Leader)]
    [InlineData(HubRoles.Admin)]
    public async Task RolesThatDoNotHandleCasesMayNeverReveal(string role)
    {
        await AddCaseAsync(lead: "so-gtvt");

        var outcome = await Service.RevealAsync(CaseViewer.From(CaseViewerTests.Principal(role, null, role)), id, "Tôi muốn xem thông tin");

        Assert.Equal((RevealStatus.NotAllowed, null), (outcome.Status, outcome.Contact));
        Assert.Empty(await AuditAsync());
    }

    [Theory]
    [InlineData(null, ReasonProblem.Missing)]
    [InlineData("   ", ReasonProblem.Missing)]
    [InlineData("abc", ReasonProblem.TooShort)]
    [InlineData("Gọi\u0000lại ngay", ReasonProblem.NotPlainText)]
    public async Task ABadReasonRevealsNothingAndAuditsNothing(string? reason, ReasonProblem problem)
    {
        await AddCaseAsync(lead: "so-gtvt");

        var outcome = await Service.RevealAsync(CaseViewer.ForAgency("so-gtvt"), id, reason);

        Assert.Equal((RevealStatus.InvalidReason, null), (outcome.Status, outcome.Contact));
        Assert.Equal(problem, ContactReveal.ProblemWith(reason));
        Assert.Contains(ContactReveal.ReasonField, outcome.Errors!.Keys);
        Assert.Empty(await AuditAsync());
    }

    [Fact]
    public async Task AReasonAtTheLengthLimitIsAcceptedOneMoreIsNot()
    {
        Assert.Null(ContactReveal.ProblemWith(new string('x', ContactReveal.MaxReasonLength)));
        Assert.Equal(ReasonProblem.TooLong, ContactReveal.ProblemWith(new string('x', ContactReveal.MaxReasonLength + 1)));
        Assert.Null(ContactReveal.ProblemWith("Dòng 1\nDòng 2"));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task TheMaskedContactIsForThoseWhoSeeTheCaseOnly()
    {
        await AddCaseAsync(lead: "so-gtvt", confidential: true);

        var masked = await Service.MaskedAsync(CaseViewer.ForAgency("so-gtvt"), id);

        Assert.Equal(("N.V.A.", "*******456", "*********234", "***, TP Nha Trang", true), (masked!.Name, masked.Phone, masked.IdNumber, masked.Address, masked.IsMasked));
        Assert.Null(await Service.MaskedAsync(CaseViewer.Wall, id));
        Assert.Null(await Service.MaskedAsync(CaseViewer.ForAgency("so-yt"), id));
        Assert.Null(await Service.MaskedAsync(CaseViewer.ForAgency("so-gtvt"), "no-such-case"));
    }

    private async Task AddCaseAsync(string lead, bool confidential = false)
    {
        await using var db = database.CreateContext();
        db.Cases.Add(new CaseRecord
        {
            Id = id, Code = $"T-{id}", ProfileId = "khanh-hoa", Channel = "hotline", FieldCode = "infrastructure", AdminUnitCode = "kh-nha-trang",
            Description = "—", Stage = "routed", SlaStatus = "OnTime", StateJson = "{}", LeadAgencyId = lead, Holder = lead,
            IsConfidential = confidential, ReceivedAtUtc = Now.UtcDateTime, LastEventAtUtc = Now.UtcDateTime, UpdatedAtUtc = Now.UtcDateTime,
            Reporter = new CaseReporter
            {
                CaseId = id, Name = "Nguyễn Văn An", Phone = "0905123456", IdNumber = "079203001234",
                Address = "12 Trần Phú, phường Lộc Thọ, TP Nha Trang",
            },
        });
        await db.SaveChangesAsync();
    }

    private async Task<List<Ioc.Data.Audit.AuditEntry>> AuditAsync()
    {
        await using var db = database.CreateContext();
        return await db.AuditEntries.Where(a => a.Target == ContactReveal.AuditTarget(id)).ToListAsync();
    }

    private sealed class Factory(TestDatabase database) : IDbContextFactory<IocDbContext>
    {
        public IocDbContext CreateDbContext() => database.CreateContext();
    }
}

public sealed class SqliteContactRevealTests(SqliteTestDatabase database) : ContactRevealTests<SqliteTestDatabase>(database);

public sealed class PostgresContactRevealTests(PostgresTestDatabase database) : ContactRevealTests<PostgresTestDatabase>(database);
