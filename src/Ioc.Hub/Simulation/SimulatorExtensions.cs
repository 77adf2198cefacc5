using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Ioc.Hub.Simulation;

public static class SimulatorExtensions
{
    /// <summary>
    /// Adds the traffic simulator (<c>Ioc:Simulator</c>). Needs the SLA services (<c>AddSla</c>, part of
    /// <c>AddIocHub</c>) and, when enabled, an <see cref="IEventSink"/> registered by the pipeline; invalid options
    /// stop the host at start naming the key.
    /// </summary>
    public static IHostApplicationBuilder AddIocSimulator(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SimulatorOptions>()
            .BindConfiguration(SimulatorOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SimulatorOptions>, SimulatorOptionsValidator>());
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHostedService<SimulatorService>();
        return builder;
    }
}
