using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Ioc.Wall.Benchmarks;

/// <summary>The dashboard as a child process (Release build output), embedded mode, throw-away SQLite, demo accounts.</summary>
internal sealed partial class Dashboard : IAsyncDisposable
{
    private readonly string data = Path.Combine(Path.GetTempPath(), $"ioc-wall-bench-{Guid.NewGuid():N}");
    private readonly Dictionary<string, (string Email, string Password)> accounts = [];
    private readonly TaskCompletionSource printed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Process? process;

    public string BaseUrl { get; } = $"http://127.0.0.1:{SparePort()}";
    public string ConnectionString => $"Data Source={Path.Combine(data, "ioc.db")}";
    public (string Email, string Password) Account(string role) => accounts[role];
    public int ProcessId => process!.Id;

    public async Task StartAsync()
    {
        Directory.CreateDirectory(data);
        var dll = typeof(Dashboard).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "DashboardAssembly").Value!;
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", BaseUrl])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["HOME"] = data;
        start.Environment["ConnectionStrings__Ioc"] = ConnectionString;
        start.Environment["Ioc__Security__DemoAccounts"] = "true";
        start.Environment["Ioc__Security__AllowDemoAccounts"] = "true";
        // The benchmark posts 50 events a second from one producer; the default rate limit is for real producers.
        start.Environment["Ioc__Ingest__RateLimit__PermitLimit"] = "1000";
        start.Environment["Ioc__Ingest__RateLimit__TokensPerPeriod"] = "1000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Read(e.Data);
        process.ErrorDataReceived += (_, e) => Read(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (await Task.WhenAny(printed.Task, Task.Delay(TimeSpan.FromSeconds(120))) != printed.Task)
        {
            throw new InvalidOperationException("The dashboard did not start.");
        }
    }

    private void Read(string? line)
    {
        if (line is null)
        {
            return;
        }
        if (AccountLine().Match(line) is { Success: true } m)
        {
            lock (accounts)
            {
                accounts[m.Groups[1].Value] = (m.Groups[2].Value, m.Groups[3].Value);
                if (accounts.Count == 5)
                {
                    printed.TrySetResult();
                }
            }
        }
        else if (line.Contains("fail", StringComparison.OrdinalIgnoreCase) || line.Contains("Exception", StringComparison.Ordinal))
        {
            Console.Error.WriteLine($"dashboard: {line}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process?.Dispose();
        Directory.Delete(data, recursive: true);
    }

    private static int SparePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"^\s+(wall|supervisor|leader|agency|admin)\s+(\S+@ioc\.local)\s+(\S+)$")]
    private static partial Regex AccountLine();
}
