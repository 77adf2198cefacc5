using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Ioc.Hub.Tests.Reminders.Support;

/// <summary>
/// The Hub worker as a real child process (<c>dotnet Ioc.Hub.dll</c> from the test's output folder), so a test can kill
/// it the way an operating system does — no shutdown code runs — in the middle of a delivery.
/// </summary>
public sealed class HubChildProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly List<string> output = [];

    public HubChildProcess(IReadOnlyDictionary<string, string> environment)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Ioc.Hub.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", $"http://127.0.0.1:{SparePort()}"])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment)
            start.Environment[key] = value;
        process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Add(e.Data);
        process.ErrorDataReceived += (_, e) => Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public bool HasExited => process.HasExited;

    public string Log
    {
        get
        {
            lock (output)
                return string.Join('\n', output);
        }
    }

    /// <summary>SIGKILL: the process ends at once, whatever it was doing.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process.Dispose();
    }

    private void Add(string? line)
    {
        if (line is null)
            return;
        lock (output)
            output.Add(line);
    }

    private static int SparePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
