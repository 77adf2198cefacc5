using Ioc.Data;
using Ioc.Data.Bulk;
using Ioc.Data.Storage;
using Ioc.Hub.Projection;
using Microsoft.EntityFrameworkCore;

namespace Ioc.Hub.Tests.Support.Storage;

/// <summary>
/// A real, uniquely named, migrated database of one provider, created for a test class (as a class fixture) and
/// dropped after it. Same approach as Ioc.Data.Tests' TestDatabase, kept here so the projects stay independent.
/// </summary>
public abstract class TestDatabase : IAsyncLifetime
{
    public abstract StorageProvider Provider { get; }

    public abstract string ConnectionString { get; }

    public abstract IocDbContext CreateContext();

    public abstract ICaseStoreWriter CreateWriter();

    /// <summary>The store as the projection sees it: contexts plus the provider's bulk writer.</summary>
    public CaseStore Store => new(new Factory(this), CreateWriter());

    /// <summary>
    /// Makes every later write of a case snapshot fail inside the writer's transaction, after its events were
    /// inserted: a real database error that must roll the whole batch back.
    /// </summary>
    public abstract Task BreakCaseWritesAsync();

    public abstract Task RepairCaseWritesAsync();

    public async Task InitializeAsync()
    {
        await CreateEmptyAsync();
        await using var db = CreateContext();
        await db.Database.MigrateAsync();
    }

    public abstract Task DisposeAsync();

    protected abstract Task CreateEmptyAsync();

    protected async Task ExecuteAsync(string sql)
    {
        await using var db = CreateContext();
        await db.Database.ExecuteSqlRawAsync(sql);
    }

    private sealed class Factory(TestDatabase database) : IDbContextFactory<IocDbContext>
    {
        public IocDbContext CreateDbContext() => database.CreateContext();
    }
}
