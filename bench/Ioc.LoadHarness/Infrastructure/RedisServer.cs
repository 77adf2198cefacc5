using System.Diagnostics;
using System.Globalization;

namespace Ioc.LoadHarness.Infrastructure;

/// <summary>
/// A redis-server of the harness's own, with an append-only file so that a stop and a restart keep the streams (as
/// docs/streaming.md asks of production), for the scenario that takes Redis away.
/// </summary>
internal sealed class RedisServer : IAsyncDisposable
{
    private readonly string directory;
    private Process? process;

    public RedisServer(string directory)
    {
        this.directory = directory;
        Directory.CreateDirectory(directory);
        Port = Machine.SparePort();
    }

    public int Port { get; }

    public string Endpoint => $"127.0.0.1:{Port}";

    public async Task StartAsync()
    {
        process = Process.Start(new ProcessStartInfo("redis-server",
            ["--port", Port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", directory, "--save", "",
             "--appendonly", "yes", "--appendfsync", "everysec", "--logfile", Path.Combine(directory, "redis.log")])
        {
            RedirectStandardOutput = true,
        }) ?? throw new InvalidOperationException("redis-server did not start");
        for (var i = 0; i < 100; i++)
        {
            if (await CliAsync("PING") == "PONG")
                return;
            await Task.Delay(50);
        }
        throw new TimeoutException($"redis-server on {Endpoint} did not answer");
    }

    /// <summary>SHUTDOWN: Redis writes its append-only file and exits, as an operator's stop does.</summary>
    public async Task StopAsync()
    {
        await CliAsync("SHUTDOWN");
        if (process is not null)
        {
            await process.WaitForExitAsync();
            process.Dispose();
            process = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (process is not null)
            await StopAsync();
        Directory.Delete(directory, recursive: true);
    }

    private async Task<string> CliAsync(string command)
    {
        using var cli = Process.Start(new ProcessStartInfo("redis-cli", ["-p", Port.ToString(CultureInfo.InvariantCulture), command])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = await cli.StandardOutput.ReadToEndAsync();
        await cli.WaitForExitAsync();
        return output.Trim();
    }
}
