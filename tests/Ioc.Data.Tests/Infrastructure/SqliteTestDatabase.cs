using Ioc.Data.Bulk;
using Ioc.Data.Storage;
using Microsoft.Data.Sqlite;

namespace Ioc.Data.Tests.Infrastructure;

/// <summary>A SQLite database in a temporary file, deleted (with its WAL files) on dispose.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"ioc-test-{Guid.NewGuid():N}.db");

    public override StorageProvider Provider => StorageProvider.Sqlite;

    public override string ConnectionString => $"Data Source={_path}";

    public override Task CreateEmptyAsync() => Task.CompletedTask;

    public override IocDbContext CreateContext() => new SqliteIocDbContext(SqliteIocDbContext.CreateOptions(ConnectionString));

    public override IocDbContext CreateContextWithoutConnection() => new SqliteDesignTimeFactory().CreateDbContext([]);

    public override ICaseStoreWriter CreateWriter() => new SqliteCaseStoreWriter(ConnectionString);

    public override Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }

        return Task.CompletedTask;
    }
}
