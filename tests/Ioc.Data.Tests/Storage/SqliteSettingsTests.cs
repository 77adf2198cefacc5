using Ioc.Data.Storage;
using Ioc.Data.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Ioc.Data.Tests.Storage;

public sealed class SqliteSettingsTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    [Fact]
    public async Task EveryEfCoreConnectionRunsInWalModeWithNormalSynchronous()
    {
        await using var db = database.CreateContext();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();

        Assert.Equal("wal", await Pragma(connection, "journal_mode"));
        Assert.Equal("1", await Pragma(connection, "synchronous")); // 1 = NORMAL
        Assert.Equal("1", await Pragma(connection, "foreign_keys"));
    }

    [Fact]
    public void ARelativeDataSourceLandsUnderTheBaseDirectoryWhichIsCreated()
    {
        var root = Path.Combine(Path.GetTempPath(), $"ioc-root-{Guid.NewGuid():N}");
        try
        {
            var resolved = SqliteIocDbContext.ResolveConnectionString(null, root);

            var dataSource = new SqliteConnectionStringBuilder(resolved).DataSource;
            Assert.Equal(Path.Combine(root, "data", "ioc.db"), dataSource);
            Assert.True(Directory.Exists(Path.Combine(root, "data")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void InstantsReadThroughEfCoreComeBackAsUtcEvenWhenWrittenUnspecified()
    {
        using var db = database.CreateContext();
        var checkpoint = new Streaming.StreamCheckpoint
        {
            Stream = $"s-{Guid.NewGuid():N}",
            Position = "1-0",
            UpdatedAtUtc = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Unspecified),
        };
        db.StreamCheckpoints.Add(checkpoint);
        db.SaveChanges();
        db.ChangeTracker.Clear();

        var stored = db.StreamCheckpoints.Single(c => c.Stream == checkpoint.Stream);

        Assert.Equal(DateTimeKind.Utc, stored.UpdatedAtUtc.Kind);
        Assert.Equal(new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc), stored.UpdatedAtUtc);
    }

    private static async Task<string?> Pragma(System.Data.Common.DbConnection connection, string name)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return (await command.ExecuteScalarAsync())?.ToString();
    }
}
