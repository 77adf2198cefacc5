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
    private readonly (string Key, string Value)[] settings;

    /// <summary>The one public constructor, as xUnit wants for a class fixture.</summary>
    public DashboardProcess() : this([])
    {
    }

    /// <summary>With more settings (<c>Ioc:Simulator:Enabled</c> …) for the process.</summary>
    internal DashboardProcess(params (string Key, string Value)[] settings) => this.settings = settings;

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
        Start();
        var finished = await Task.WhenAny(printed.Task, process!.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(90)));
        if (finished != printed.Task)
        {
            throw new InvalidOperationException($"The dashboard did not print its demo accounts:\n{Log}");
        }
    }

    /// <summary>Kills the process (as a crash or a power cut would) and starts it again on the same port and store.</summary>
    public async Task RestartAsync(TimeSpan down)
    {
        await StopAsync();
        await Task.Delay(down);
        Start();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var until = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < until)
        {
            try
            {
                if ((await http.GetAsync($"{BaseUrl}/account/login")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(250);
        }
        throw new InvalidOperationException($"The dashboard did not come back:\n{Log}");
    }

    private void Start()
    {
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
        // Data-protection keys in the throw-away folder: a restarted process must still read the cookies it issued.
        start.Environment["HOME"] = dataDirectory;
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        foreach (var (key, value) in Environment)
        {
            start.Environment[key] = value;
        }
        process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Read(e.Data);
        process.ErrorDataReceived += (_, e) => Read(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    private async Task StopAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process?.Dispose();
        process = null;
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
        await StopAsync();
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
