using Ioc.Data.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ioc.Data.Storage;

/// <summary>
/// Applies pending migrations, then seeds reference data, before any other hosted service starts
/// (<see cref="IHostedLifecycleService.StartingAsync"/> runs ahead of every <c>StartAsync</c>), so the projection
/// never writes into a missing table. Never <c>EnsureCreated</c>: that would bypass the migration history.
/// </summary>
internal sealed class IocDatabaseInitializer(
    IDbContextFactory<IocDbContext> contextFactory,
    ReferenceDataSeeder seeder,
    ILogger<IocDatabaseInitializer> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            var strategy = db.Database.CreateExecutionStrategy();
            await strategy.ExecuteAsync(async ct =>
            {
                var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
                if (pending.Count > 0)
                {
                    logger.LogInformation("Applying {Count} migrations ({Provider}): {Migrations}", pending.Count, db.Database.ProviderName, string.Join(", ", pending));
                }

                // Concurrent starters (several Hub workers) are serialised by EF Core's migration lock.
                await db.Database.MigrateAsync(ct);
            }, cancellationToken);
        }

        await seeder.SeedEmbeddedAsync(cancellationToken);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
