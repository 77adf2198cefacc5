using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Npgsql;

namespace Ioc.Data.Storage;

/// <summary>The PostgreSQL flavour of <see cref="IocDbContext"/>; its migrations live in <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresIocDbContext(DbContextOptions<PostgresIocDbContext> options) : IocDbContext(options)
{
    public static void Configure(DbContextOptionsBuilder builder, NpgsqlDataSource dataSource, int maxRetryCount) =>
        builder.UseNpgsql(dataSource, npgsql =>
        {
            if (maxRetryCount > 0)
            {
                npgsql.EnableRetryOnFailure(maxRetryCount);
            }
        });

    public static DbContextOptions<PostgresIocDbContext> CreateOptions(NpgsqlDataSource dataSource, int maxRetryCount = 0)
    {
        var builder = new DbContextOptionsBuilder<PostgresIocDbContext>();
        Configure(builder, dataSource, maxRetryCount);
        return builder.Options;
    }
}

/// <summary>Used by <c>dotnet ef</c> only (adding a migration opens no connection); pass a connection string after <c>--</c>.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresIocDbContext>
{
    public PostgresIocDbContext CreateDbContext(string[] args)
    {
        var dataSource = NpgsqlDataSource.Create(args.FirstOrDefault() ?? "Host=localhost;Database=ioc;Username=postgres");
        return new(PostgresIocDbContext.CreateOptions(dataSource));
    }
}
