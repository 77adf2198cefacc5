using Ioc.LoadHarness.Infrastructure;
using Ioc.LoadHarness.Scenarios;
using StackExchange.Redis;

namespace Ioc.LoadHarness;

/// <summary>Parses the command line and runs the scenarios in order.</summary>
internal static class HarnessRunner
{
    private static readonly Dictionary<string, Func<ScenarioContext, Task>> Scenarios = new(StringComparer.Ordinal)
    {
        [IngestScenario.Name] = IngestScenario.RunAsync,
        [BacklogScenario.Name] = BacklogScenario.RunAsync,
        [RebuildScenario.Name] = RebuildScenario.RunAsync,
        [LatencyScenario.Name] = LatencyScenario.RunAsync,
        [OutageScenario.Name] = OutageScenario.RunAsync,
    };

    public static async Task<int> MainAsync(string[] args)
    {
        var names = new List<string>();
        string? redis = null, postgres = null, output = null;
        var hub = HarnessSettings.DefaultHubDll;
        var quick = false;
        int? events = null;
        int? connections = null;
        var hubSettings = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--redis": redis = args[++i]; break;
                case "--postgres": postgres = args[++i]; break;
                case "--hub": hub = args[++i]; break;
                case "--out": output = args[++i]; break;
                case "--quick": quick = true; break;
                case "--hub-setting" when args[i + 1].Split('=', 2) is [var key, var value]: hubSettings[key] = value; i++; break;
                case "--connections": connections = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--events": events = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
                case "all": names.AddRange(Scenarios.Keys); break;
                case var name when Scenarios.ContainsKey(name): names.Add(name); break;
                default:
                    await Console.Error.WriteLineAsync($"unknown argument '{args[i]}'; scenarios: all, {string.Join(", ", Scenarios.Keys)}");
                    return 2;
            }
        }
        if (redis is null || postgres is null || names.Count == 0)
        {
            await Console.Error.WriteLineAsync("usage: Ioc.LoadHarness <all|scenario>... --redis host:port --postgres <connection string> [--quick] [--events N] [--connections N] [--hub-setting Env__Key=value]... [--hub Ioc.Hub.dll] [--out results.md]");
            return 2;
        }
        var report = new Report();
        var work = Directory.CreateTempSubdirectory("ioc-load-").FullName;
        try
        {
            return await RunAsync(new HarnessSettings(redis, postgres, quick, hub, work, events, hubSettings, connections), names.Distinct().ToList(), report);
        }
        finally
        {
            if (output is not null)
                await File.WriteAllTextAsync(output, report.ToMarkdown());
        }
    }

    /// <summary>Runs the scenarios in the given order and reports into <paramref name="report"/>; 0 when all succeeded.</summary>
    public static async Task<int> RunAsync(HarnessSettings settings, IReadOnlyList<string> names, Report report)
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(RedisOptions(settings.Redis));
        await using var context = new ScenarioContext(settings, redis, report);
        Console.WriteLine($"load harness: {string.Join(", ", names)}{(settings.Quick ? " (quick)" : "")}; {Environment.ProcessorCount} cores, load {Machine.LoadAverage():0.00}; Hub {settings.HubDll}");
        var failed = 0;
        foreach (var name in names)
        {
            Console.WriteLine($"[{name}] starting");
            try
            {
                await Scenarios[name](context);
            }
            catch (Exception ex)
            {
                // One scenario's failure is a result too; the others still run.
                failed++;
                report.Add(name, "FAILED", $"{ex.GetType().Name}: {ex.Message.Split('\n')[0]}");
            }
        }
        return failed == 0 ? 0 : 1;
    }

    /// <summary>
    /// The harness's Redis connection: generous timeouts, because on a loaded 2-core machine the replies of a burst of
    /// XADDs may wait seconds for a thread of the harness (busy with 2 000 SignalR connections), not for Redis.
    /// </summary>
    public static ConfigurationOptions RedisOptions(string endpoint)
    {
        var options = ConfigurationOptions.Parse(endpoint);
        options.AsyncTimeout = 60_000;
        options.SyncTimeout = 60_000;
        options.AbortOnConnectFail = false;
        return options;
    }
}
