using Ioc.Hub.Api;
using Ioc.Hub.Projection;
using Ioc.Hub.Scheduling;
using Ioc.Hub.Sla;
using Ioc.Hub.Streaming;

namespace Ioc.Hub.Extensions;

/// <summary>Wires the hub's services and endpoints into either host (Hub worker or embedded Dashboard).</summary>
public static class HostingExtensions
{
    public static IHostApplicationBuilder AddIocHub(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddProblemDetails();
        builder.AddSla();
        builder.AddIocStreaming();
        builder.AddIocProjection();
        builder.AddIocScheduler();
        return builder;
    }

    public static WebApplication MapIocHub(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapSlaApi();
        return app;
    }
}
