using Ioc.Data.Bulk;
using Ioc.Data.Cases;
using Ioc.Data.Storage;
using Ioc.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Ioc.Data.Tests.Storage;

/// <summary>Each provider's migration set, applied to a real empty database of that provider.</summary>
public abstract class MigrationTests<TDatabase> where TDatabase : TestDatabase, new()
{
    [Fact]
    public async Task MigrationsApplyToAnEmptyDatabaseAndLeaveNothingPending()
    {
        var database = new TDatabase();
        try
        {
            await database.CreateEmptyAsync();
            await using var db = database.CreateContext();

            await db.Database.MigrateAsync();

            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
            Assert.Contains(db.Database.GetMigrations(), m => m.EndsWith("_InitialCreate", StringComparison.Ordinal));
            Assert.Contains(db.Database.GetMigrations(), m => m.EndsWith("_AddProducerApiKeys", StringComparison.Ordinal));
            Assert.Equal(0, await db.Cases.CountAsync());
            Assert.Equal(0, await db.Users.CountAsync());
            Assert.Equal(0, await db.ProducerApiKeys.CountAsync());
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    [Fact]
    public void TheMigrationSetCoversTheWholeModel()
    {
        // Fails when an entity changed and `dotnet ef migrations add` was run for one provider only (docs/storage.md).
        var database = new TDatabase();
        using var db = database.CreateContextWithoutConnection();

        Assert.False(db.Database.HasPendingModelChanges(), $"{typeof(TDatabase).Name}: the model has changes that no migration holds");
    }

    [Fact]
    public void BulkColumnListsMatchTheModelColumnForColumn()
    {
        var database = new TDatabase();
        using var db = database.CreateContextWithoutConnection();

        Assert.Equal(Columns<EventRecord>(db, BulkTables.EventsTable), BulkTables.EventColumns.Order());
        Assert.Equal(Columns<CaseRecord>(db, BulkTables.CasesTable), BulkTables.CaseColumns.Order());
        Assert.Equal(Columns<CaseReporter>(db, BulkTables.ReportersTable), BulkTables.ReporterColumns.Order());
        Assert.Equal(Columns<Streaming.StreamCheckpoint>(db, BulkTables.CheckpointsTable), BulkTables.CheckpointColumns.Order());
        Assert.Equal(Columns<Kpi.DailyStats>(db, BulkTables.DailyStatsTable), BulkTables.DailyStatsColumns.Order());
    }

    private static IEnumerable<string> Columns<T>(DbContext db, string table)
    {
        var entity = db.Model.FindEntityType(typeof(T))!;
        Assert.Equal(table, entity.GetTableName());
        var store = StoreObjectIdentifier.Table(table);
        return entity.GetProperties().Select(p => p.GetColumnName(store)!).Order();
    }
}

/// <summary>The two migration sets move in step: every migration exists for both providers, in the same order.</summary>
public sealed class MigrationSetTests
{
    [Fact]
    public void BothProvidersHaveTheSameMigrationsInTheSameOrder()
    {
        using var sqlite = new SqliteTestDatabase().CreateContextWithoutConnection();
        using var postgres = new PostgresDesignTimeFactory().CreateDbContext([]);

        // Ids are "<timestamp>_<Name>"; the timestamps differ by the seconds between the two `dotnet ef` runs.
        Assert.Equal(Names(postgres), Names(sqlite));
    }

    private static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(id => id[(id.IndexOf('_') + 1)..]);
}

public sealed class SqliteMigrationTests : MigrationTests<SqliteTestDatabase>;

public sealed class PostgresMigrationTests : MigrationTests<PostgresTestDatabase>;
