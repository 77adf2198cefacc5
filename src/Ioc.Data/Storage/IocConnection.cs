using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Ioc.Data.Storage;

/// <summary>The provider and the final connection string, worked out once from options and configuration.</summary>
internal sealed record IocConnection(StorageProvider Provider, string ConnectionString)
{
    /// <summary>
    /// Resolved when first needed rather than when services are registered, so configuration added later (test
    /// hosts, environment-specific sources) still counts; reading the options runs their validation.
    /// </summary>
    public static IocConnection Resolve(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var configured = services.GetRequiredService<IConfiguration>().GetConnectionString(StorageOptions.ConnectionStringName);
        return options.Provider switch
        {
            StorageProvider.Postgres => new(StorageProvider.Postgres, configured!),
            _ => new(StorageProvider.Sqlite, SqliteIocDbContext.ResolveConnectionString(configured, services.GetRequiredService<IHostEnvironment>().ContentRootPath)),
        };
    }
}
