using Ioc.Hub.Projection;
using Ioc.Hub.Streaming;
using Microsoft.Extensions.Options;

namespace Ioc.Hub.Scheduling;

public static class SchedulerExtensions
{
    /// <summary>
    /// Registers the deadline scheduler (needs <c>AddIocStreaming</c> and <c>AddIocProjection</c>; call it after them so
    /// it starts on a loaded projection). It emits only for the partitions this process's projection consumer holds.
    /// </summary>
    public static IHostApplicationBuilder AddIocScheduler(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SchedulerOptions>()
            .BindConfiguration(SchedulerOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<SchedulerStore>();
        builder.Services.AddSingleton(services => new PartitionOwnership(
            services.GetRequiredService<IEventStream>(), ConsumerIdOf(services)));
        builder.Services.AddHostedService<DeadlineScheduler>();
        return builder;
    }

    /// <summary>
    /// The projection consumer's id, looked up when first asked: the consumer is a hosted service, resolvable only
    /// among the others, and resolving them while the scheduler (one of them) is being built would be circular.
    /// </summary>
    private static Func<string?> ConsumerIdOf(IServiceProvider services)
    {
        var found = new Lazy<string?>(() => services.GetRequiredService<IOptions<ProjectionOptions>>().Value.Consume
            ? services.GetServices<IHostedService>().OfType<ProjectionConsumer>().FirstOrDefault()?.ConsumerId
            : null);
        return () => found.Value;
    }
}
