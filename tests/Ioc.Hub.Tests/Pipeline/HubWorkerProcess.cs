using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Ioc.Hub.Live;
using Ioc.Hub.Live.Security;

namespace Ioc.Hub.Tests.Pipeline;

/// <summary>
/// The real Ioc.Hub executable (<c>dotnet Ioc.Hub.dll</c>, copied beside the tests) as a child process in distributed
/// mode: its stream on Redis under a prefix, its store in PostgreSQL, hub keys for a supervisor and an administrator.
/// <see cref="Kill"/> is SIGKILL: no graceful stop, no lease release, nothing flushed.
/// </summary>
internal sealed class HubWorkerProcess : IAsyncDisposable
{
    public const string SupervisorKey = "pipeline-supervisor-key-01";
    public const string AdminKey = "pipeline-admin-key-02";

    private readonly List<string> output = [];
    private readonly Process process;

    private HubWorkerProcess(Process process, Uri baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public Uri HubUrl => new(BaseAddress, IocHub.Path);

    public string Log
    {
        get
        {
            lock (output)
                return string.Join('\n', output.Where(l => !l.Contains("Dead letter from", StringComparison.Ordinal)).TakeLast(80));
        }
    }

    public static async Task<HubWorkerProcess> StartAsync(string redis, string prefix, string postgres, IReadOnlyDictionary<string, string>? settings = null)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Ioc.Hub.dll");
        var baseAddress = new Uri($"http://127.0.0.1:{SparePort()}");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", baseAddress.ToString().TrimEnd('/')])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Ioc__Redis"] = redis,
            ["Ioc__Stream__KeyPrefix"] = prefix,
            // A killed worker's leases expire after this; short, so the restarted one takes over quickly.
            ["Ioc__Stream__LeaseTtl"] = "00:00:03",
            ["Ioc__Storage__Provider"] = "Postgres",
            ["ConnectionStrings__Ioc"] = postgres,
            ["Ioc__Hub__Keys__0__Name"] = "pipeline-supervisor",
            ["Ioc__Hub__Keys__0__Sha256"] = HubKeyHandler.Hash(SupervisorKey),
            ["Ioc__Hub__Keys__0__Role"] = HubRoles.Supervisor,
            ["Ioc__Hub__Keys__1__Name"] = "pipeline-admin",
            ["Ioc__Hub__Keys__1__Sha256"] = HubKeyHandler.Hash(AdminKey),
            ["Ioc__Hub__Keys__1__Role"] = HubRoles.Admin,
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
            ["Logging__LogLevel__Ioc.Hub.Projection.ProjectionConsumer"] = "Information",
            ["Logging__LogLevel__Ioc.Hub.Projection.CaseProjection"] = "Information",
            ["Logging__LogLevel__Ioc.Hub.Streaming.Redis.RedisEventStream"] = "Information",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            environment[key] = value;
        foreach (var (key, value) in environment)
            start.Environment[key] = value;

        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var worker = new HubWorkerProcess(Process.Start(start)!, baseAddress);
        void Read(string? line)
        {
            if (line is null)
                return;
            lock (worker.output)
                worker.output.Add(line);
            if (line.Contains("Application started", StringComparison.Ordinal))
                started.TrySetResult();
        }
        worker.process.OutputDataReceived += (_, e) => Read(e.Data);
        worker.process.ErrorDataReceived += (_, e) => Read(e.Data);
        worker.process.BeginOutputReadLine();
        worker.process.BeginErrorReadLine();
        var finished = await Task.WhenAny(started.Task, worker.process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(90)));
        if (finished != started.Task)
        {
            await worker.DisposeAsync();
            throw new InvalidOperationException($"The Hub worker did not start:\n{worker.Log}");
        }
        return worker;
    }

    /// <summary>SIGKILL, and waits until the process is gone.</summary>
    public async Task KillAsync()
    {
        process.Kill();
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }

    private static int SparePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
