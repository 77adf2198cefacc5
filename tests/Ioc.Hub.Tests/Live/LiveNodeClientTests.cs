using System.Diagnostics;
using System.Text.Json;
using Ioc.Hub.Streaming;
using Ioc.Hub.Tests.Live.Support;
using Ioc.Hub.Tests.Projection.Support;
using Ioc.Hub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Ioc.Hub.Tests.Live;

/// <summary>
/// The npm client the dashboard's pages and integrators use (@microsoft/signalr from wwwroot-assets, installed by
/// scripts/assets.sh), run by node against the hub: it must sign in with a key, load the snapshot and follow it.
/// </summary>
public sealed class LiveNodeClientTests(LiveHubFactory hub) : IClassFixture<LiveHubFactory>
{
    [Fact]
    public async Task NodeClientLoadsTheSnapshotAndPrintsTheDeltaThatFollowsIt()
    {
        var modules = RepositoryFiles.PathOf("wwwroot-assets", "node_modules");
        Assert.True(Directory.Exists(Path.Combine(modules, "@microsoft", "signalr")),
            $"{modules} has no @microsoft/signalr: run scripts/assets.sh (npm ci in wwwroot-assets) first.");
        var start = new ProcessStartInfo("node")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "Live", "node", "first-delta.cjs"), hub.HubUrl.ToString(), LiveHubFactory.SupervisorKey, "supervisor" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["NODE_PATH"] = modules },
        };
        using var node = Process.Start(start)!;
        try
        {
            var errors = node.StandardError.ReadToEndAsync();
            var snapshotLine = await ReadLineAsync(node, errors);
            var snapshot = JsonDocument.Parse(snapshotLine).RootElement.GetProperty("snapshot");

            var c = new TestCase($"node-{Guid.NewGuid():N}");
            var appended = await hub.Services.GetRequiredService<IEventStream>().AppendAsync([c.Received()]);
            Assert.True(appended[0].Succeeded, appended[0].Error);

            var delta = JsonDocument.Parse(await ReadLineAsync(node, errors)).RootElement.GetProperty("delta");
            Assert.Equal(snapshot.GetProperty("source").GetString(), delta.GetProperty("source").GetString());
            Assert.True(delta.GetProperty("fromVersion").GetInt64() >= snapshot.GetProperty("version").GetInt64());
            Assert.True(delta.GetProperty("toVersion").GetInt64() > delta.GetProperty("fromVersion").GetInt64());
            var live = Assert.Single(delta.GetProperty("cases").EnumerateArray(), x => x.GetProperty("caseId").GetString() == c.CaseId);
            Assert.Equal("received", live.GetProperty("stage").GetString());
            Assert.Equal(12.2388, live.GetProperty("latitude").GetDouble());
            await node.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            Assert.Equal(0, node.ExitCode);
        }
        finally
        {
            if (!node.HasExited)
            {
                node.Kill(entireProcessTree: true);
            }
        }
    }

    private static async Task<string> ReadLineAsync(Process node, Task<string> errors)
    {
        var line = await node.StandardOutput.ReadLineAsync().WaitAsync(LiveAssert.Patience);
        return line ?? throw new Xunit.Sdk.XunitException($"node exited ({(node.HasExited ? node.ExitCode : -1)}): {await errors.WaitAsync(TimeSpan.FromSeconds(5))}");
    }
}
