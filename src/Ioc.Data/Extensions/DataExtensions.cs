using Ioc.Data.Bulk;
using Ioc.Data.Reference;
using Ioc.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Ioc.Data.Extensions;

public static class DataExtensions
{
    /// <summary>
    /// Registers storage for the provider named by <c>Ioc:Storage:Provider</c> (Sqlite by default, or Postgres) with
    /// the connection string <c>ConnectionStrings:Ioc</c>: a pooled <c>IDbContextFactory&lt;IocDbContext&gt;</c> (and
    /// a scoped <see cref="IocDbContext"/> from it, for ASP.NET Core Identity), the matching
    /// <see cref="ICaseStoreWriter"/>, the <see cref="ReferenceDataSeeder"/>, and a hosted initializer that migrates
    /// and seeds before other hosted services start.
    /// </summary>
    public static IHostApplicationBuilder AddIocData(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(
                o => o.Provider != StorageProvider.Postgres || !string.IsNullOrWhiteSpace(configuration.GetConnectionString(StorageOptions.ConnectionStringName)),
                $"ConnectionStrings:{StorageOptions.ConnectionStringName} is required when {StorageOptions.SectionName}:Provider is Postgres.")
            .ValidateOnStart();

        // The provider decides which services exist, so it is read now; a bad value throws here naming the key.
        var options = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        var connectionString = configuration.GetConnectionString(StorageOptions.ConnectionStringName);
        switch (options.Provider)
        {
            case StorageProvider.Postgres:
                builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString!));
                builder.Services.AddPooledDbContextFactory<PostgresIocDbContext>((services, o) =>
                    PostgresIocDbContext.Configure(o, services.GetRequiredService<NpgsqlDataSource>(), options.MaxRetryCount));
                builder.Services.AddSingleton<IDbContextFactory<IocDbContext>, IocDbContextFactory<PostgresIocDbContext>>();
                builder.Services.AddSingleton<ICaseStoreWriter>(services => new PostgresCaseStoreWriter(services.GetRequiredService<NpgsqlDataSource>()));
                break;
            default:
                var sqlite = SqliteIocDbContext.ResolveConnectionString(connectionString, builder.Environment.ContentRootPath);
                builder.Services.AddPooledDbContextFactory<SqliteIocDbContext>(o => SqliteIocDbContext.Configure(o, sqlite));
                builder.Services.AddSingleton<IDbContextFactory<IocDbContext>, IocDbContextFactory<SqliteIocDbContext>>();
                builder.Services.AddSingleton<ICaseStoreWriter>(new SqliteCaseStoreWriter(sqlite));
                break;
        }

        builder.Services.AddScoped(services => services.GetRequiredService<IDbContextFactory<IocDbContext>>().CreateDbContext());
        builder.Services.AddSingleton<ReferenceDataSeeder>();
        builder.Services.AddHostedService<IocDatabaseInitializer>();
        return builder;
    }
}
