using Ioc.Data.Bulk;
using Ioc.Data.Reference;
using Ioc.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Ioc.Data.Extensions;

public static class DataExtensions
{
    /// <summary>
    /// Registers storage for the provider named by <c>Ioc:Storage:Provider</c> (Sqlite by default, or Postgres) with
    /// the connection string <c>ConnectionStrings:Ioc</c>: a pooled <c>IDbContextFactory&lt;IocDbContext&gt;</c> (and
    /// a scoped <see cref="IocDbContext"/> from it, for ASP.NET Core Identity), the matching
    /// <see cref="ICaseStoreWriter"/>, the <see cref="ReferenceDataSeeder"/>, and a hosted initializer that migrates
    /// and seeds before other hosted services start. Bad configuration fails the host's start, naming the key.
    /// </summary>
    public static IHostApplicationBuilder AddIocData(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate<IConfiguration>(
                (o, configuration) => o.Provider != StorageProvider.Postgres || !string.IsNullOrWhiteSpace(configuration.GetConnectionString(StorageOptions.ConnectionStringName)),
                $"ConnectionStrings:{StorageOptions.ConnectionStringName} is required when {StorageOptions.SectionName}:Provider is Postgres.")
            .ValidateOnStart();
        services.AddSingleton(IocConnection.Resolve);

        // Both pools are registered; only the configured provider's is ever built.
        services.AddSingleton(sp => NpgsqlDataSource.Create(sp.GetRequiredService<IocConnection>().ConnectionString));
        services.AddPooledDbContextFactory<PostgresIocDbContext>((sp, o) => PostgresIocDbContext.Configure(
            o, sp.GetRequiredService<NpgsqlDataSource>(), sp.GetRequiredService<IOptions<StorageOptions>>().Value.MaxRetryCount));
        services.AddPooledDbContextFactory<SqliteIocDbContext>((sp, o) => SqliteIocDbContext.Configure(o, sp.GetRequiredService<IocConnection>().ConnectionString));

        services.AddSingleton<IDbContextFactory<IocDbContext>>(sp => sp.GetRequiredService<IocConnection>().Provider switch
        {
            StorageProvider.Postgres => new IocDbContextFactory<PostgresIocDbContext>(sp.GetRequiredService<IDbContextFactory<PostgresIocDbContext>>()),
            _ => new IocDbContextFactory<SqliteIocDbContext>(sp.GetRequiredService<IDbContextFactory<SqliteIocDbContext>>()),
        });
        services.AddSingleton<ICaseStoreWriter>(sp => sp.GetRequiredService<IocConnection>() switch
        {
            { Provider: StorageProvider.Postgres } => new PostgresCaseStoreWriter(sp.GetRequiredService<NpgsqlDataSource>()),
            var sqlite => new SqliteCaseStoreWriter(sqlite.ConnectionString),
        });

        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<IocDbContext>>().CreateDbContext());
        services.AddSingleton<ReferenceDataSeeder>();
        services.AddHostedService<IocDatabaseInitializer>();
        return builder;
    }
}
