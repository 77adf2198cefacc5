using Ioc.Data;
using Ioc.Data.Bulk;
using Ioc.Hub.Cases.Events.Validation;
using Ioc.Hub.Projection.Aggregates;
using Ioc.Hub.Projection.Rebuild;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ioc.Hub.Projection;

public static class ProjectionExtensions
{
    /// <summary>
    /// Registers the projection over the configured store (needs <c>AddIocData</c>, <c>AddSla</c> and
    /// <c>AddIocStreaming</c>): the projection, its memory, the live aggregates, the change notifier, the rebuilder, a
    /// hosted service that loads the open cases once the database initializer has migrated the store, and the hosted
    /// consumer that feeds the stream to the projection.
    /// </summary>
    public static IHostApplicationBuilder AddIocProjection(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ProjectionOptions>()
            .BindConfiguration(ProjectionOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<CaseEventValidator>();
        builder.Services.AddSingleton(services => new CaseStore(
            services.GetRequiredService<IDbContextFactory<IocDbContext>>(), services.GetRequiredService<ICaseStoreWriter>()));
        builder.Services.AddSingleton<ProjectionMemory>();
        builder.Services.AddSingleton<LiveAggregates>();
        builder.Services.AddSingleton<ICaseChangeNotifier, CaseChangeNotifier>();
        builder.Services.AddSingleton<CaseProjection>();
        builder.Services.AddSingleton<ProjectionRebuilder>();
        builder.Services.AddHostedService<ProjectionInitializer>();
        // Needs IEventStream (AddIocStreaming); registered after the initializer, so it starts on a loaded projection.
        builder.Services.AddHostedService<ProjectionConsumer>();
        builder.Services.AddHostedService<SharedPartitionRefresh>();
        return builder;
    }

    /// <summary>
    /// Loads the projection in <see cref="IHostedService.StartAsync"/>, which runs after every hosted service's
    /// <c>StartingAsync</c>, where the database initializer migrates the store.
    /// </summary>
    private sealed class ProjectionInitializer(CaseProjection projection) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => projection.InitializeAsync(cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
