using System.Diagnostics;
using System.Globalization;
using Ioc.Hub.Streaming;
using StackExchange.Redis;

namespace Ioc.Hub.Benchmarks.Streaming;

/// <summary>
/// What an idle consumer costs: CPU of this process (and of redis-server) over 10 s with nothing to read, once the
/// poll has backed off to PollMaxInterval. Run: <c>… -- stream-idle [host:port]</c>.
/// </summary>
internal static class StreamIdleCostReport
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(10);

    public static async Task<int> RunAsync(string[] args)
    {
        var endpoint = args.FirstOrDefault() ?? BenchStreams.RedisEndpoint;
        await using var redis = endpoint is null ? null : await ConnectionMultiplexer.ConnectAsync(endpoint);
        foreach (var mode in redis is null ? [BenchStreams.InProcess] : new[] { BenchStreams.InProcess, BenchStreams.Redis })
        {
            var options = BenchStreams.Options();
            var stream = BenchStreams.Create(mode, options, redis);
            using var stop = new CancellationTokenSource();
            var consumer = Task.Run(() => stream.ConsumeAsync("idle", (_, _) => Task.FromResult(Rejection.None), stop.Token));
            // Past start-up and tiered JIT, so the window sees the steady idle loop only.
            await Task.Delay(TimeSpan.FromSeconds(5));

            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var serverBefore = redis is null ? 0 : await ServerCpuAsync(redis);
            var commandsBefore = redis is null ? 0 : await ServerCommandsAsync(redis);
            await Task.Delay(Window);
            process.Refresh();
            var cpu = process.TotalProcessorTime - cpuBefore;
            var server = redis is null ? 0 : await ServerCpuAsync(redis) - serverBefore;
            var commands = redis is null ? 0 : await ServerCommandsAsync(redis) - commandsBefore;

            await stop.CancelAsync();
            await consumer;
            if (redis is not null)
                await BenchStreams.DeleteKeysAsync(redis, options.KeyPrefix);
            Console.WriteLine(mode == BenchStreams.Redis
                ? $"{mode,-10}: consumer process {cpu.TotalMilliseconds / Window.TotalMilliseconds:P2} of a core, redis-server {server / Window.TotalSeconds:P2}, {commands / Window.TotalSeconds:F0} commands/s"
                : $"{mode,-10}: consumer process {cpu.TotalMilliseconds / Window.TotalMilliseconds:P2} of a core");
        }
        Console.WriteLine($"baseline  : a bare 50 ms Task.Delay loop {await BareDelayLoopCpuAsync():P2} of a core (the runtime's cost of waking up)");
        return 0;
    }

    private static async Task<double> BareDelayLoopCpuAsync()
    {
        using var stop = new CancellationTokenSource();
        var loop = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
                await Task.Delay(TimeSpan.FromMilliseconds(50));
        });
        await Task.Delay(TimeSpan.FromSeconds(2));
        var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        await Task.Delay(Window);
        process.Refresh();
        await stop.CancelAsync();
        await loop;
        return (process.TotalProcessorTime - before).TotalMilliseconds / Window.TotalMilliseconds;
    }

    private static async Task<double> ServerCpuAsync(IConnectionMultiplexer redis) =>
        InfoValue(await InfoAsync(redis, "cpu"), "used_cpu_sys:") + InfoValue(await InfoAsync(redis, "cpu"), "used_cpu_user:");

    private static async Task<double> ServerCommandsAsync(IConnectionMultiplexer redis) =>
        InfoValue(await InfoAsync(redis, "stats"), "total_commands_processed:");

    private static async Task<string> InfoAsync(IConnectionMultiplexer redis, string section) =>
        (string?)await redis.GetDatabase().ExecuteAsync("INFO", section) ?? "";

    private static double InfoValue(string info, string key) =>
        double.Parse(info.Split('\n').First(l => l.StartsWith(key, StringComparison.Ordinal))[key.Length..].Trim(), CultureInfo.InvariantCulture);
}
