using Ioc.Data.Extensions;
using Ioc.Hub.Extensions;
using Ioc.Hub.Producers;
using Ioc.Hub.Projection.Rebuild;

namespace Ioc.Hub;

/// <summary>
/// The Hub worker of distributed mode: consumes the event stream, projects it, runs the SLA engine and serves the
/// SignalR hub and the ingest API. In embedded mode Ioc.Dashboard hosts the same code through
/// <see cref="HostingExtensions"/> instead. Two commands run instead of the worker: <c>rebuild</c>
/// (docs/projection.md) and <c>create-producer-key</c> (docs/ingest.md).
/// </summary>
/// <remarks>Not static, so that integration tests can name it in <c>WebApplicationFactory&lt;Program&gt;</c>.</remarks>
public sealed class Program
{
    private Program()
    {
    }

    public static async Task<int> Main(string[] args)
    {
        // "rebuild": replay the event log into an empty store and exit (docs/projection.md).
        if (args is [RebuildCommand.Name, .. var rebuildArgs])
        {
            return await RebuildCommand.RunAsync(rebuildArgs);
        }
        if (ProducerKeyCommand.IsInvocation(args))
        {
            return await ProducerKeyCommand.RunAsync(args);
        }

        var builder = WebApplication.CreateBuilder(args);
        builder.AddIocData();
        builder.AddIocHub();

        var app = builder.Build();
        app.MapIocHub();
        await app.RunAsync();
        return 0;
    }
}
