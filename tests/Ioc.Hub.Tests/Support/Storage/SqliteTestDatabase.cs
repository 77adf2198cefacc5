using Ioc.Data;
using Ioc.Data.Bulk;
using Ioc.Data.Storage;
using Microsoft.Data.Sqlite;

namespace Ioc.Hub.Tests.Support.Storage;

/// <summary>A SQLite database in a temporary file, deleted (with its WAL files) on dispose.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"ioc-hub-test-{Guid.NewGuid():N}.db");

    public override StorageProvider Provider => StorageProvider.Sqlite;

    public override string ConnectionString => $"Data Source={path}";

    public override IocDbContext CreateContext() => new SqliteIocDbContext(SqliteIocDbContext.CreateOptions(ConnectionString));

    public override ICaseStoreWriter CreateWriter() => new SqliteCaseStoreWriter(ConnectionString);

    public override Task BreakCaseWritesAsync() => ExecuteAsync("""
        CREATE TRIGGER ioc_test_break_insert BEFORE INSERT ON cases BEGIN SELECT RAISE(ABORT, 'simulated storage failure'); END;
        CREATE TRIGGER ioc_test_break_update BEFORE UPDATE ON cases BEGIN SELECT RAISE(ABORT, 'simulated storage failure'); END;
        """);

    public override Task RepairCaseWritesAsync() => ExecuteAsync("DROP TRIGGER ioc_test_break_insert; DROP TRIGGER ioc_test_break_update;");

    protected override Task CreateEmptyAsync() => Task.CompletedTask;

    public override Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
        return Task.CompletedTask;
    }
}
