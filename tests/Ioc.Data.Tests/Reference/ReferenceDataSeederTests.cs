using Ioc.Data.Reference;
using Ioc.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ioc.Data.Tests.Reference;

public abstract class ReferenceDataSeederTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private readonly ReferenceDataSeeder _seeder = new(database.ContextFactory, NullLogger<ReferenceDataSeeder>.Instance);

    [Fact]
    public async Task SeedingStoresEveryFieldAdminUnitAndAgencyOfTheFile()
    {
        var file = ReferenceFixture.LoadUnique();

        var result = await _seeder.SeedAsync([file]);

        Assert.Equal(new ReferenceSeedResult(1, 2 + 3 + 2, 0), result);
        await using var db = database.CreateContext();
        var profile = file.ProfileId!;
        Assert.Equal(["environment", "infrastructure"], await db.Fields.Where(f => f.ProfileId == profile).Select(f => f.Code).OrderBy(c => c).ToListAsync());
        var island = await db.AdminUnits.SingleAsync(u => u.ProfileId == profile && u.Code == $"{profile}-island");
        Assert.Equal(("special-zone", 8.64, 111.92), (island.Kind, island.Latitude, island.Longitude));
        var ward = await db.Agencies.SingleAsync(a => a.Id == $"{profile}-ubnd-ward-1");
        Assert.Equal($"{profile}-sxd", ward.ParentId);
        Assert.Equal(["infrastructure", "environment"], ward.FieldCodes);
        Assert.Equal("0258.3822.111", ward.FocalOfficer.Phone);
        var department = await db.Agencies.SingleAsync(a => a.Id == $"{profile}-sxd");
        Assert.Equal(("Phó Giám đốc", "leader@sxd.example.vn"), (department.Leader.Title, department.Leader.Email));
        Assert.Equal("zalo-123", department.FocalOfficer.ZaloUserId);
        Assert.Equal("+84 900 000 003", department.Head.Phone);
    }

    [Fact]
    public async Task SeedingTheSameFileAgainChangesNothing()
    {
        var file = ReferenceFixture.LoadUnique();
        await _seeder.SeedAsync([file]);

        var again = await _seeder.SeedAsync([file]);

        Assert.Equal(new ReferenceSeedResult(1, 0, 0), again);
        await using var db = database.CreateContext();
        Assert.Equal(2, await db.Agencies.CountAsync(a => a.ProfileId == file.ProfileId));
    }

    [Fact]
    public async Task SeedingAnEditedFileUpdatesTheChangedRowsInPlace()
    {
        var file = ReferenceFixture.LoadUnique();
        await _seeder.SeedAsync([file]);
        var edited = ReferenceFixture.Load(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reference", "Fixtures", ReferenceFixture.FileName))
                .Replace("test-province", file.ProfileId).Replace("\"tp-", $"\"{file.ProfileId}-")
                .Replace("Môi trường", "Tài nguyên và Môi trường").Replace("0900000001", "0900000999"),
            file.FileName);

        var result = await _seeder.SeedAsync([edited]);

        Assert.Equal(new ReferenceSeedResult(1, 0, 2), result);
        await using var db = database.CreateContext();
        Assert.Equal("Tài nguyên và Môi trường", (await db.Fields.SingleAsync(f => f.ProfileId == file.ProfileId && f.Code == "environment")).Name);
        Assert.Equal("0900000999", (await db.Agencies.SingleAsync(a => a.Id == $"{file.ProfileId}-sxd")).Leader.Phone);
    }

    [Fact]
    public async Task AnAdministratorsContactEditOutlivesReseeding()
    {
        var file = ReferenceFixture.LoadUnique();
        await _seeder.SeedAsync([file]);
        await using (var db = database.CreateContext())
        {
            var agency = await db.Agencies.SingleAsync(a => a.Id == $"{file.ProfileId}-sxd");
            agency.Leader.Phone = "0905 123 456";
            agency.Leader.PreferredChannel = "sms";
            agency.ContactsEditedAtUtc = new DateTime(2026, 3, 2, 1, 0, 0, DateTimeKind.Utc);
            agency.ContactsEditedBy = "quantri@ioc.local";
            await db.SaveChangesAsync();
        }

        await _seeder.SeedAsync([file]);

        await using var check = database.CreateContext();
        var after = await check.Agencies.SingleAsync(a => a.Id == $"{file.ProfileId}-sxd");
        Assert.Equal(("0905 123 456", "sms"), (after.Leader.Phone, after.Leader.PreferredChannel));
        Assert.Equal("+84 900 000 003", after.Head.Phone); // the head still follows the file
    }
}

public sealed class SqliteReferenceDataSeederTests(SqliteTestDatabase database) : ReferenceDataSeederTests<SqliteTestDatabase>(database);

public sealed class PostgresReferenceDataSeederTests(PostgresTestDatabase database) : ReferenceDataSeederTests<PostgresTestDatabase>(database);
