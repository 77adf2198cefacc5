using Ioc.Data.Extensions;
using Ioc.Hub.Extensions;

namespace Ioc.Hub;

/// <summary>
/// The Hub worker of distributed mode: consumes the event stream, projects it, runs the SLA
/// engine and serves the SignalR hub and the ingest API. In embedded mode Ioc.Dashboard hosts
/// the same code through <see cref="HostingExtensions"/> instead.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddIocData();
        builder.AddIocHub();

        var app = builder.Build();
        app.MapIocHub();
        app.Run();
    }
}
