using Ioc.Data.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Npgsql;

namespace Ioc.Data.Storage;

/// <summary>The PostgreSQL flavour of <see cref="IocDbContext"/>; its migrations live in <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresIocDbContext(DbContextOptions<PostgresIocDbContext> options) : IocDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // The console's case list at 200 000 cases (docs/BENCHMARKS.md "Console case list"). Every filter column rides
        // along in one index by profile and received instant, so a count or a page never reads the wide rows (state
        // JSON) of cases it does not show; description search uses trigrams (pg_trgm ships with PostgreSQL, trusted).
        builder.HasPostgresExtension("pg_trgm");
        builder.Entity<CaseRecord>()
            .HasIndex(c => new { c.ProfileId, c.ReceivedAtUtc }, "ix_cases_console_list")
            .IncludeProperties(c => new
            {
                c.ClosedAtUtc, c.LeadAgencyId, c.Holder, c.SlaStatus, c.FieldCode, c.Channel, c.AdminUnitCode, c.CurrentStep,
                c.IsEmergency, c.IsConfidential, c.IsStateSecret, c.StepDueAtUtc,
            });
        builder.Entity<CaseRecord>()
            .HasIndex(c => c.Description, "ix_cases_description_trgm")
            .HasMethod("gin")
            .HasOperators("gin_trgm_ops");
    }

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
