using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using StackExchange.Redis;

namespace Ioc.LoadHarness.Infrastructure;

/// <summary>
/// The real Hub worker (Ioc.Hub.dll) as a child process over PostgreSQL and Redis, configured through environment
/// variables as an operator would. A separate process so that its CPU time is its own, apart from the harness's
/// producers and SignalR clients.
/// </summary>
internal sealed class HubProcess : IAsyncDisposable
{
    /// <summary>The API key the harness's SignalR clients present (role wall).</summary>
    public const string WallKey = "load-harness-wall-key-0001";
    public const int Partitions = 4;

    private readonly Process process;
    private readonly StreamWriter log;
    private readonly Queue<string> tail = new();

    private HubProcess(Process process, StreamWriter log, Uri baseAddress)
    {
        this.process = process;
        this.log = log;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public Uri HubUrl => new(BaseAddress, "/hubs/ioc");

    /// <summary>User + system CPU time the Hub process has used so far.</summary>
    public TimeSpan Cpu
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    public bool HasExited => process.HasExited;

    public static async Task<HubProcess> StartAsync(
        HarnessSettings settings, string database, string redis, string prefix, IReadOnlyDictionary<string, string>? extra = null)
    {
        var port = Machine.SparePort();
        var start = new ProcessStartInfo("dotnet", [settings.HubDll])
        {
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(settings.HubDll))!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["DOTNET_gcServer"] = "0",
            ["ConnectionStrings__Ioc"] = database,
            ["Ioc__Storage__Provider"] = "Postgres",
            ["Ioc__Redis"] = redis,
            ["Ioc__Stream__KeyPrefix"] = prefix,
            ["Ioc__Stream__Partitions"] = Partitions.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Ioc__Hub__Keys__0__Name"] = "load-harness-wall",
            ["Ioc__Hub__Keys__0__Sha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(WallKey))),
            ["Ioc__Hub__Keys__0__Role"] = "wall",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
        };
        foreach (var (key, value) in (settings.HubSettings ?? new Dictionary<string, string>()).Concat(extra ?? new Dictionary<string, string>()))
            environment[key] = value;
        foreach (var (key, value) in environment)
            start.Environment[key] = value;

        var logPath = Path.Combine(settings.Work, $"hub-{prefix.Replace(':', '-')}.log");
        var writer = new StreamWriter(logPath) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var hub = new HubProcess(process, writer, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => hub.Write(e.Data);
        process.ErrorDataReceived += (_, e) => hub.Write(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return hub;
    }

    /// <summary>Waits until the hub answers HTTP and its consumer holds every partition's lease.</summary>
    public async Task WaitReadyAsync(IConnectionMultiplexer redis, string prefix, TimeSpan patience)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        var db = redis.GetDatabase();
        while (true)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"The Hub exited with code {process.ExitCode}:\n{Tail()}");
            if (deadline.Elapsed > patience)
                throw new TimeoutException($"The Hub was not ready within {patience}:\n{Tail()}");
            try
            {
                using var response = await http.GetAsync(BaseAddress);
                var leases = await Task.WhenAll(Enumerable.Range(0, Partitions).Select(p => db.StringGetAsync($"{prefix}:lease:{p}")));
                if (leases.All(l => l.HasValue))
                    return;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or RedisException)
            {
            }
            await Task.Delay(100);
        }
    }

    public string Tail()
    {
        lock (tail)
            return string.Join('\n', tail);
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            // SIGTERM: a graceful stop, so the leases are released (the next scenario uses other keys anyway).
            using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await kill.WaitForExitAsync();
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await process.WaitForExitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        process.Dispose();
        await log.DisposeAsync();
    }

    private void Write(string? line)
    {
        if (line is null)
            return;
        lock (tail)
        {
            log.WriteLine(line);
            tail.Enqueue(line);
            if (tail.Count > 40)
                tail.Dequeue();
        }
    }
}
