using Ioc.Data.Extensions;
using Ioc.Hub.Extensions;
using Ioc.Hub.Producers;

namespace Ioc.Hub;

/// <summary>
/// The Hub worker of distributed mode: consumes the event stream, projects it, runs the SLA engine and serves the
/// SignalR hub and the ingest API. In embedded mode Ioc.Dashboard hosts the same code through
/// <see cref="HostingExtensions"/> instead. <c>create-producer-key</c> runs a command instead (docs/ingest.md).
/// </summary>
/// <remarks>Not static, so that integration tests can name it in <c>WebApplicationFactory&lt;Program&gt;</c>.</remarks>
public sealed class Program
{
    private Program()
    {
    }

    public static int Main(string[] args)
    {
        if (ProducerKeyCommand.IsInvocation(args))
            return ProducerKeyCommand.Run(args);

        var builder = WebApplication.CreateBuilder(args);
        builder.AddIocData();
        builder.AddIocHub();

        var app = builder.Build();
        app.MapIocHub();
        app.Run();
        return 0;
    }
}
