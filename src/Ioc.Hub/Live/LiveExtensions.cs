using Ioc.Hub.Live.Broadcast;
using Ioc.Hub.Live.Feed;
using Ioc.Hub.Live.Security;
using Ioc.Hub.Streaming;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;

namespace Ioc.Hub.Live;

public static class LiveExtensions
{
    /// <summary>
    /// Registers the live feed (<see cref="ILiveFeed"/>) and, unless <c>Ioc:Hub:Url</c> makes this a distributed
    /// dashboard fed by <see cref="RemoteLiveFeed"/>, the projection source, the hub, its authentication and the
    /// broadcaster; with <c>Ioc:Redis</c>, the hub's Redis backplane on the application's one multiplexer.
    /// Call after <c>AddIocProjection</c> (the source starts once the projection is loaded).
    /// </summary>
    public static IHostApplicationBuilder AddIocLive(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<LiveHubOptions>().BindConfiguration(LiveHubOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<LiveFeed>();
        services.AddSingleton<ILiveFeed>(s => s.GetRequiredService<LiveFeed>());
        services.AddHostedService(s => s.GetRequiredService<LiveFeed>());

        if (IsRemote(builder.Configuration))
        {
            services.AddHostedService<RemoteLiveFeed>();
            return builder;
        }

        services.AddHostedService<ProjectionFeedSource>();
        services.AddSingleton<LiveGroups>();
        services.AddHostedService<LiveBroadcaster>();
        HubAuthentication.Add(services);
        services.AddSignalR();
        if (!string.IsNullOrWhiteSpace(builder.Configuration[StreamingExtensions.RedisConfigurationKey]))
        {
            AddBackplane(services);
        }
        return builder;
    }

    /// <summary>Maps the hub at <see cref="IocHub.Path"/>; a distributed dashboard maps none (its subscribers use the workers').</summary>
    public static WebApplication MapIocLive(this WebApplication app)
    {
        if (!IsRemote(app.Configuration))
        {
            app.MapHub<IocHub>(IocHub.Path);
        }
        return app;
    }

    private static bool IsRemote(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{LiveHubOptions.SectionName}:{nameof(LiveHubOptions.Url)}"]);

    /// <summary>
    /// The Redis backplane for <see cref="IocHub"/> only, so Blazor's circuit hub in the dashboard stays local, on the
    /// multiplexer the stream registered (STYLE "Redis and SignalR": one ConnectionMultiplexer, shared). It publishes
    /// hub messages only, on channels named after the hub (<c>Ioc.Hub.Live.IocHub:*</c>), apart from the stream's keys.
    /// </summary>
    private static void AddBackplane(IServiceCollection services)
    {
        services.AddSingleton<HubLifetimeManager<IocHub>, RedisHubLifetimeManager<IocHub>>();
        services.AddOptions<RedisOptions>().Configure<IServiceProvider>((o, provider) =>
            o.ConnectionFactory = _ => Task.FromResult(provider.GetRequiredService<IConnectionMultiplexer>()));
    }
}
