using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ioc.Data.Storage;

/// <summary>The SQLite flavour of <see cref="IocDbContext"/>; its migrations live in <c>Migrations/Sqlite</c>.</summary>
public sealed class SqliteIocDbContext(DbContextOptions<SqliteIocDbContext> options) : IocDbContext(options)
{
    public static void Configure(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString).AddInterceptors(SqlitePragmaInterceptor.Instance);

    public static DbContextOptions<SqliteIocDbContext> CreateOptions(string connectionString)
    {
        var builder = new DbContextOptionsBuilder<SqliteIocDbContext>();
        Configure(builder, connectionString);
        return builder.Options;
    }

    /// <summary>
    /// Makes a relative <c>Data Source</c> absolute under <paramref name="baseDirectory"/> and creates its folder,
    /// so <c>data/ioc.db</c> lands beside the app whatever the working directory.
    /// </summary>
    public static string ResolveConnectionString(string? configured, string baseDirectory)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? StorageOptions.DefaultSqliteConnectionString : configured);
        var inMemory = builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:";
        if (!inMemory)
        {
            if (!Path.IsPathRooted(builder.DataSource))
            {
                builder.DataSource = Path.GetFullPath(Path.Combine(baseDirectory, builder.DataSource));
            }

            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        return builder.ToString();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}

/// <summary>Used by <c>dotnet ef</c> only; pass a connection string after <c>--</c> to target another file.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteIocDbContext>
{
    public SqliteIocDbContext CreateDbContext(string[] args) =>
        new(SqliteIocDbContext.CreateOptions(args.FirstOrDefault() ?? "Data Source=design-time.db"));
}
