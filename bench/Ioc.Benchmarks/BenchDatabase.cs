using Ioc.Data;
using Ioc.Data.Bulk;
using Ioc.Data.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Ioc.Benchmarks;

/// <summary>
/// A fresh, migrated database for one measurement: a SQLite file under /tmp (WAL, synchronous=NORMAL, as the app
/// opens it) or a new database on the server named by <c>IOC_BENCH_POSTGRES</c>.
/// </summary>
public sealed class BenchDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "IOC_BENCH_POSTGRES";

    private readonly string _name = $"ioc_bench_{Guid.NewGuid():N}";
    private NpgsqlDataSource? _dataSource;

    private BenchDatabase(StorageProvider provider) => Provider = provider;

    public StorageProvider Provider { get; }

    public ICaseStoreWriter Writer { get; private set; } = null!;

    public string ConnectionString { get; private set; } = "";

    private string SqlitePath => Path.Combine(Path.GetTempPath(), _name + ".db");

    public static async Task<BenchDatabase> CreateAsync(StorageProvider provider)
    {
        var database = new BenchDatabase(provider);
        await database.RecreateAsync();
        return database;
    }

    public static string ServerConnectionString => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException($"{PostgresVariable} is not set: run bench/bulk-write.sh, or set it to a server where the user may CREATE DATABASE.");

    /// <summary>Drops whatever the last measurement wrote and starts again from an empty, migrated schema.</summary>
    public async Task RecreateAsync()
    {
        await DropAsync();
        if (Provider == StorageProvider.Postgres)
        {
            await ServerCommandAsync($"CREATE DATABASE {_name}");
            ConnectionString = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = _name }.ConnectionString;
            _dataSource = NpgsqlDataSource.Create(ConnectionString);
            await using var db = new PostgresIocDbContext(PostgresIocDbContext.CreateOptions(_dataSource));
            await db.Database.MigrateAsync();
            Writer = new PostgresCaseStoreWriter(_dataSource);
        }
        else
        {
            ConnectionString = $"Data Source={SqlitePath}";
            await using var db = new SqliteIocDbContext(SqliteIocDbContext.CreateOptions(ConnectionString));
            await db.Database.MigrateAsync();
            Writer = new SqliteCaseStoreWriter(ConnectionString);
        }
    }

    /// <summary>A migrated database that outlives the process (its creator drops it).</summary>
    public static async Task CreatePostgresAsync(string name)
    {
        await ServerCommandAsync($"CREATE DATABASE {name}");
        await using var dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name }.ConnectionString);
        await using var db = new PostgresIocDbContext(PostgresIocDbContext.CreateOptions(dataSource));
        await db.Database.MigrateAsync();
    }

    /// <summary>A context on this database, as the application opens one.</summary>
    public IocDbContext CreateContext() => Provider == StorageProvider.Postgres
        ? new PostgresIocDbContext(PostgresIocDbContext.CreateOptions(_dataSource!))
        : new SqliteIocDbContext(SqliteIocDbContext.CreateOptions(ConnectionString));

    public async Task<long> CountEventsAsync()
    {
        await using IocDbContext db = Provider == StorageProvider.Postgres
            ? new PostgresIocDbContext(PostgresIocDbContext.CreateOptions(_dataSource!))
            : new SqliteIocDbContext(SqliteIocDbContext.CreateOptions(ConnectionString));
        return await db.Events.LongCountAsync();
    }

    public async ValueTask DisposeAsync() => await DropAsync();

    private async Task DropAsync()
    {
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
            _dataSource = null;
            NpgsqlConnection.ClearAllPools();
            await ServerCommandAsync($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
        }

        if (Provider == StorageProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { SqlitePath, SqlitePath + "-wal", SqlitePath + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    private static async Task ServerCommandAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
