using System.Security.Cryptography;
using Ioc.Data.Producers;
using Ioc.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Ioc.Data.Tests.Producers;

/// <summary>The <c>producer_api_keys</c> table of the AddProducerApiKeys migration, on each provider's real database.</summary>
public abstract class ProducerApiKeyStorageTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private static readonly DateTime Created = new(2026, 3, 2, 1, 15, 30, DateTimeKind.Utc);

    [Fact]
    public async Task AKeyIsFoundByItsHashWithEveryColumnIntact()
    {
        var key = NewKey("pakn.khanhhoa.gov.vn");
        key.LastUsedAtUtc = Created.AddMinutes(5);
        await using (var db = database.CreateContext())
        {
            db.ProducerApiKeys.Add(key);
            await db.SaveChangesAsync();
        }

        await using var read = database.CreateContext();
        var hash = key.KeyHash.ToArray();
        var found = await read.ProducerApiKeys.SingleAsync(k => k.KeyHash == hash);

        Assert.Equal(key.Id, found.Id);
        Assert.Equal("pakn.khanhhoa.gov.vn", found.ProducerName);
        Assert.Equal(key.KeyPrefix, found.KeyPrefix);
        Assert.Equal(key.KeyHash, found.KeyHash);
        Assert.Equal("ingest ioc", found.Scopes);
        Assert.Equal(Created, found.CreatedAtUtc);
        Assert.Equal(DateTimeKind.Utc, found.CreatedAtUtc.Kind);
        Assert.Equal("quantri@ioc.local", found.CreatedBy);
        Assert.Null(found.RevokedAtUtc);
        Assert.Equal(Created.AddMinutes(5), found.LastUsedAtUtc);
    }

    [Fact]
    public async Task TwoKeysCannotShareAHash()
    {
        var first = NewKey("tongdai1022");
        var second = NewKey("tongdai1022-b");
        second.KeyHash = first.KeyHash.ToArray();
        await using var db = database.CreateContext();
        db.ProducerApiKeys.Add(first);
        await db.SaveChangesAsync();

        db.ProducerApiKeys.Add(second);

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task ARevocationIsStoredAsAUtcInstant()
    {
        var key = NewKey("tayninhsmart");
        await using (var db = database.CreateContext())
        {
            db.ProducerApiKeys.Add(key);
            await db.SaveChangesAsync();
            key.RevokedAtUtc = Created.AddDays(1);
            await db.SaveChangesAsync();
        }

        await using var read = database.CreateContext();
        var revoked = await read.ProducerApiKeys.SingleAsync(k => k.Id == key.Id);
        Assert.Equal(Created.AddDays(1), revoked.RevokedAtUtc);
        Assert.Equal(DateTimeKind.Utc, revoked.RevokedAtUtc!.Value.Kind);
    }

    private static ProducerApiKey NewKey(string producer) => new()
    {
        Id = Guid.CreateVersion7(),
        ProducerName = producer,
        KeyPrefix = "ioc_Ab3x",
        KeyHash = RandomNumberGenerator.GetBytes(ProducerApiKey.KeyHashLength),
        Scopes = "ingest ioc",
        CreatedAtUtc = Created,
        CreatedBy = "quantri@ioc.local",
    };
}

public sealed class SqliteProducerApiKeyStorageTests(SqliteTestDatabase database) : ProducerApiKeyStorageTests<SqliteTestDatabase>(database);

public sealed class PostgresProducerApiKeyStorageTests(PostgresTestDatabase database) : ProducerApiKeyStorageTests<PostgresTestDatabase>(database);
