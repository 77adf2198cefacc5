using Ioc.Data;
using Ioc.Data.Bulk;
using Ioc.Data.Storage;
using Npgsql;

namespace Ioc.Hub.Tests.Support.Storage;

/// <summary>
/// A uniquely named database on the server given by <c>IOC_TEST_POSTGRES</c> (set by scripts/test.sh), dropped on
/// dispose. Without the variable the tests fail: PostgreSQL is a supported provider and is never silently skipped.
/// </summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    public const string Variable = "IOC_TEST_POSTGRES";

    private readonly string name = $"ioc_hub_test_{Guid.NewGuid():N}";
    private NpgsqlDataSource? dataSource;

    public override StorageProvider Provider => StorageProvider.Postgres;

    public override string ConnectionString => new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name }.ConnectionString;

    private NpgsqlDataSource DataSource => dataSource ?? throw new InvalidOperationException("The database is not created yet.");

    private static string ServerConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException(
            $"{Variable} is not set. Run the tests through scripts/test.sh, which starts a throw-away PostgreSQL and sets it, " +
            $"or set {Variable} to an Npgsql connection string of a server where the user may CREATE DATABASE " +
            "(e.g. Host=127.0.0.1;Port=55432;Username=postgres).");

    public override IocDbContext CreateContext() => new PostgresIocDbContext(PostgresIocDbContext.CreateOptions(DataSource));

    public override ICaseStoreWriter CreateWriter() => new PostgresCaseStoreWriter(DataSource);

    public override Task BreakCaseWritesAsync() => ExecuteAsync("""
        CREATE FUNCTION ioc_test_break() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'simulated storage failure'; END $$;
        CREATE TRIGGER ioc_test_break BEFORE INSERT OR UPDATE ON cases FOR EACH ROW EXECUTE FUNCTION ioc_test_break();
        """);

    public override Task RepairCaseWritesAsync() => ExecuteAsync("DROP TRIGGER ioc_test_break ON cases; DROP FUNCTION ioc_test_break();");

    protected override async Task CreateEmptyAsync()
    {
        await using (var server = new NpgsqlConnection(ServerConnectionString))
        {
            await server.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", server);
            await create.ExecuteNonQueryAsync();
        }
        dataSource = NpgsqlDataSource.Create(ConnectionString);
    }

    public override async Task DisposeAsync()
    {
        if (dataSource is null)
        {
            return;
        }
        await dataSource.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var server = new NpgsqlConnection(ServerConnectionString);
        await server.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", server);
        await drop.ExecuteNonQueryAsync();
    }
}
