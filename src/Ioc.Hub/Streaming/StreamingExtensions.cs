using Ioc.Hub.Streaming.InProcess;
using Ioc.Hub.Streaming.Redis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;

namespace Ioc.Hub.Streaming;

public static class StreamingExtensions
{
    /// <summary>The connection string key; empty or missing selects the in-process stream (embedded mode).</summary>
    public const string RedisConfigurationKey = "Ioc:Redis";

    /// <summary>
    /// Registers <see cref="IEventStream"/>: over Redis when <c>Ioc:Redis</c> is set (with the application's one shared
    /// <see cref="IConnectionMultiplexer"/>, for SignalR's backplane too), in memory otherwise; plus periodic trimming.
    /// Starts no consumer: the projection does.
    /// </summary>
    public static IHostApplicationBuilder AddIocStreaming(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddOptions<StreamOptions>().BindConfiguration(StreamOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddHostedService<StreamRetentionService>();

        var redis = builder.Configuration[RedisConfigurationKey];
        if (string.IsNullOrWhiteSpace(redis))
        {
            builder.Services.AddSingleton<IEventStream, InProcessEventStream>();
            return builder;
        }

        var configuration = ConfigurationOptions.Parse(redis);
        // Start even while Redis is down; the multiplexer keeps reconnecting and consumers retry.
        configuration.AbortOnConnectFail = false;
        builder.Services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(configuration));
        builder.Services.AddSingleton<IEventStream, RedisEventStream>();
        return builder;
    }
}
