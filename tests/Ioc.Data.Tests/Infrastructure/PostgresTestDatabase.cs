using Ioc.Data.Bulk;
using Ioc.Data.Storage;
using Npgsql;

namespace Ioc.Data.Tests.Infrastructure;

/// <summary>
/// A uniquely named database on the server given by <c>IOC_TEST_POSTGRES</c>, dropped on dispose. Without the
/// variable the tests fail: PostgreSQL is a supported provider and its tests are never silently skipped.
/// </summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    public const string Variable = "IOC_TEST_POSTGRES";

    private readonly string _name = $"ioc_test_{Guid.NewGuid():N}";
    private NpgsqlDataSource? _dataSource;

    public override StorageProvider Provider => StorageProvider.Postgres;

    public override string ConnectionString => new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = _name }.ConnectionString;

    public NpgsqlDataSource DataSource => _dataSource ?? throw new InvalidOperationException("The database is not created yet.");

    private static string ServerConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException(
            $"{Variable} is not set. Run tests/Ioc.Data.Tests/run-tests.sh, which starts a throw-away PostgreSQL and sets it, " +
            $"or set {Variable} to an Npgsql connection string of a server where the user may CREATE DATABASE " +
            "(e.g. Host=127.0.0.1;Port=55432;Username=postgres).");

    public override async Task CreateEmptyAsync()
    {
        await using (var server = new NpgsqlConnection(ServerConnectionString))
        {
            await server.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {_name}", server);
            await create.ExecuteNonQueryAsync();
        }

        _dataSource = NpgsqlDataSource.Create(ConnectionString);
    }

    public override IocDbContext CreateContext() => new PostgresIocDbContext(PostgresIocDbContext.CreateOptions(DataSource));

    public override IocDbContext CreateContextWithoutConnection() => new PostgresDesignTimeFactory().CreateDbContext([]);

    public override ICaseStoreWriter CreateWriter() => new PostgresCaseStoreWriter(DataSource);

    public override async Task DisposeAsync()
    {
        if (_dataSource is null)
        {
            return;
        }

        await _dataSource.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var server = new NpgsqlConnection(ServerConnectionString);
        await server.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", server);
        await drop.ExecuteNonQueryAsync();
    }
}
