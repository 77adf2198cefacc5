using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Ioc.EndToEnd.Tests;

/// <summary>
/// The dashboard started for real (<c>dotnet Ioc.Dashboard.dll</c>) on a spare loopback port with a throw-away SQLite
/// file, as a demonstration (demo accounts allowed). The demo passwords are read from its console, as a person would.
/// </summary>
public sealed partial class DashboardProcess : IAsyncLifetime
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), $"ioc-e2e-{Guid.NewGuid():N}");
    private readonly Dictionary<string, (string Email, string Password)> accounts = [];
    private readonly TaskCompletionSource printed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> output = [];
    private Process? process;

    public string BaseUrl { get; } = $"http://127.0.0.1:{SparePort()}";

    /// <summary>The dashboard's SQLite store, for tests that put data in it as a producer would.</summary>
    public string ConnectionString => $"Data Source={Path.Combine(dataDirectory, "ioc.db")}";

    public static string RepositoryRoot => Metadata("RepositoryRoot");

    /// <summary>The folder of the dashboard's build output (Ioc.Hub.dll and its commands are there too).</summary>
    public static string OutputDirectory => Path.GetDirectoryName(Metadata("DashboardAssembly"))!;

    /// <summary>More settings for the process (e.g. <c>Ioc__Notifications__Sms__Url</c>), set before <see cref="InitializeAsync"/>.</summary>
    public Dictionary<string, string> Environment { get; } = [];

    public (string Email, string Password) Account(string role) => accounts[role];

    /// <summary>What the dashboard printed so far, for a failing test's message.</summary>
    public string Log
    {
        get
        {
            lock (output)
            {
                return string.Join('\n', output);
            }
        }
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(dataDirectory);
        var dll = Metadata("DashboardAssembly");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", BaseUrl])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Ioc"] = ConnectionString;
        start.Environment["Ioc__Security__DemoAccounts"] = "true";
        start.Environment["Ioc__Security__AllowDemoAccounts"] = "true";
        foreach (var (key, value) in Environment)
        {
            start.Environment[key] = value;
        }
        process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Read(e.Data);
        process.ErrorDataReceived += (_, e) => Read(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var finished = await Task.WhenAny(printed.Task, process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(90)));
        if (finished != printed.Task)
        {
            throw new InvalidOperationException($"The dashboard did not print its demo accounts:\n{string.Join('\n', output)}");
        }
    }

    private void Read(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.Add(line);
            if (AccountLine().Match(line) is { Success: true } match)
            {
                accounts[match.Groups[1].Value] = (match.Groups[2].Value, match.Groups[3].Value);
                if (accounts.Count == 5)
                {
                    printed.TrySetResult();
                }
            }
        }
    }

    public async Task DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process?.Dispose();
        Directory.Delete(dataDirectory, recursive: true);
    }

    private static int SparePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Metadata(string key) =>
        typeof(DashboardProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    // "  supervisor giamsat@ioc.local    <password>" as IdentityBootstrapper prints it.
    [GeneratedRegex(@"^\s+(wall|supervisor|leader|agency|admin)\s+(\S+@ioc\.local)\s+(\S+)$")]
    private static partial Regex AccountLine();
}
