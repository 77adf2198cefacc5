using Ioc.Data;
using Ioc.Data.Bulk;
using Ioc.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Ioc.Hub.Projection.Rebuild;

/// <summary>
/// A store opened from a provider and a connection string rather than from the host's configuration: the rebuild's
/// target. Dispose to release the PostgreSQL data source.
/// </summary>
public sealed class StoreConnection : IAsyncDisposable
{
    private readonly NpgsqlDataSource? dataSource;

    private StoreConnection(CaseStore store, NpgsqlDataSource? dataSource)
    {
        Store = store;
        this.dataSource = dataSource;
    }

    public CaseStore Store { get; }

    /// <summary>Opens the store; a relative SQLite path is taken from <paramref name="baseDirectory"/>.</summary>
    public static StoreConnection Open(StorageProvider provider, string connectionString, string baseDirectory)
    {
        switch (provider)
        {
            case StorageProvider.Postgres:
                var dataSource = NpgsqlDataSource.Create(connectionString);
                var options = PostgresIocDbContext.CreateOptions(dataSource);
                return new StoreConnection(new CaseStore(new ContextFactory(() => new PostgresIocDbContext(options)), new PostgresCaseStoreWriter(dataSource)), dataSource);
            default:
                var sqlite = SqliteIocDbContext.ResolveConnectionString(connectionString, baseDirectory);
                var sqliteOptions = SqliteIocDbContext.CreateOptions(sqlite);
                return new StoreConnection(new CaseStore(new ContextFactory(() => new SqliteIocDbContext(sqliteOptions)), new SqliteCaseStoreWriter(sqlite)), null);
        }
    }

    /// <summary>Applies the provider's migrations (never <c>EnsureCreated</c>, which would bypass their history).</summary>
    public async Task MigrateAsync(CancellationToken ct)
    {
        await using var db = await Store.Contexts.CreateDbContextAsync(ct);
        await db.Database.MigrateAsync(ct);
    }

    public ValueTask DisposeAsync() => dataSource?.DisposeAsync() ?? ValueTask.CompletedTask;

    private sealed class ContextFactory(Func<IocDbContext> create) : IDbContextFactory<IocDbContext>
    {
        public IocDbContext CreateDbContext() => create();
    }
}
