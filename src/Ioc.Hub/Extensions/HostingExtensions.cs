namespace Ioc.Hub.Extensions;

/// <summary>Wires the hub's services and endpoints into either host (Hub worker or embedded Dashboard).</summary>
public static class HostingExtensions
{
    public static IHostApplicationBuilder AddIocHub(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddProblemDetails();
        return builder;
    }

    public static WebApplication MapIocHub(this WebApplication app)
    {
        return app;
    }
}
