using Ioc.Data.Bulk;
using Ioc.Data.Extensions;
using Ioc.Data.Reference;
using Ioc.Data.Storage;
using Ioc.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Ioc.Data.Tests.Extensions;

/// <summary>The host wiring: provider choice, start-up migration and seeding, and configuration errors.</summary>
public abstract class AddIocDataTests<TDatabase> where TDatabase : TestDatabase, new()
{
    [Fact]
    public async Task MigrationsAndReferenceDataAreInPlaceBeforeOtherHostedServicesStart()
    {
        var database = new TDatabase();
        try
        {
            await database.CreateEmptyAsync();
            var builder = HostBuilder(new()
            {
                ["Ioc:Storage:Provider"] = database.Provider.ToString(),
                ["ConnectionStrings:Ioc"] = database.ConnectionString,
            });
            builder.AddIocData();
            builder.Services.AddSingleton<StartProbe>();
            builder.Services.AddHostedService(services => services.GetRequiredService<StartProbe>());
            using var host = builder.Build();

            await host.StartAsync();
            await host.StopAsync();

            var probe = host.Services.GetRequiredService<StartProbe>();
            Assert.Equal(0, probe.PendingMigrations);
            Assert.Equal(ReferenceDataLoader.LoadEmbedded().Sum(f => f.Agencies!.Count), probe.Agencies);
            Assert.Equal(database.Provider == StorageProvider.Postgres ? typeof(PostgresCaseStoreWriter) : typeof(SqliteCaseStoreWriter),
                host.Services.GetRequiredService<ICaseStoreWriter>().GetType());
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    internal static HostApplicationBuilder HostBuilder(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = Path.GetTempPath() });
        builder.Configuration.AddInMemoryCollection(settings);
        return builder;
    }

    /// <summary>A hosted service registered after AddIocData, recording what it finds when it starts.</summary>
    private sealed class StartProbe(IDbContextFactory<IocDbContext> contextFactory) : IHostedService
    {
        public int PendingMigrations { get; private set; } = -1;
        public int Agencies { get; private set; } = -1;

        public async Task StartAsync(CancellationToken cancellationToken)
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            PendingMigrations = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
            Agencies = await db.Agencies.CountAsync(cancellationToken);
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

public sealed class SqliteAddIocDataTests : AddIocDataTests<SqliteTestDatabase>;

public sealed class PostgresAddIocDataTests : AddIocDataTests<PostgresTestDatabase>;

public sealed class StorageConfigurationTests
{
    [Fact]
    public async Task AnUnknownProviderFailsAtStartNamingTheKey()
    {
        var builder = AddIocDataTests<SqliteTestDatabase>.HostBuilder(new() { ["Ioc:Storage:Provider"] = "MySql" });
        builder.AddIocData();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Contains("Ioc:Storage:Provider", error.Message);
    }

    [Fact]
    public async Task PostgresWithoutAConnectionStringFailsAtStartNamingTheKey()
    {
        var builder = AddIocDataTests<SqliteTestDatabase>.HostBuilder(new() { ["Ioc:Storage:Provider"] = "Postgres" });
        builder.AddIocData();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("ConnectionStrings:Ioc", error.Message);
    }

    [Fact]
    public async Task AnOutOfRangeRetryCountFailsAtStartNamingTheOption()
    {
        var builder = AddIocDataTests<SqliteTestDatabase>.HostBuilder(new()
        {
            ["Ioc:Storage:MaxRetryCount"] = "50",
            ["ConnectionStrings:Ioc"] = $"Data Source={Path.Combine(Path.GetTempPath(), $"ioc-unused-{Guid.NewGuid():N}.db")}",
        });
        builder.AddIocData();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(nameof(StorageOptions.MaxRetryCount), error.Message);
    }
}
