using Ioc.Data.Bulk;
using Ioc.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace Ioc.Data.Tests.Infrastructure;

/// <summary>A real, uniquely named database of one provider, created for a test class and dropped after it.</summary>
public abstract class TestDatabase : IAsyncLifetime
{
    public abstract StorageProvider Provider { get; }

    /// <summary>The connection string of this database (for hosts built by a test).</summary>
    public abstract string ConnectionString { get; }

    /// <summary>Creates the database empty, without any migration applied.</summary>
    public abstract Task CreateEmptyAsync();

    public abstract IocDbContext CreateContext();

    /// <summary>A context for model checks only, built the way <c>dotnet ef</c> builds it; it never connects.</summary>
    public abstract IocDbContext CreateContextWithoutConnection();

    public abstract ICaseStoreWriter CreateWriter();

    public IDbContextFactory<IocDbContext> ContextFactory => new Factory(this);

    public async Task InitializeAsync()
    {
        await CreateEmptyAsync();
        await using var db = CreateContext();
        await db.Database.MigrateAsync();
    }

    public abstract Task DisposeAsync();

    private sealed class Factory(TestDatabase database) : IDbContextFactory<IocDbContext>
    {
        public IocDbContext CreateDbContext() => database.CreateContext();
    }
}
