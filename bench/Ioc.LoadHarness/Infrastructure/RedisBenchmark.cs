using System.Diagnostics;
using System.Globalization;
using Ioc.LoadHarness.Traffic;

namespace Ioc.LoadHarness.Infrastructure;

/// <summary>redis-benchmark's own XADD rate against the same server with the same entry: the ceiling to compare with.</summary>
internal static class RedisBenchmark
{
    public static async Task<double> XaddRateAsync(string endpoint, string key, TrafficEvent sample, int requests)
    {
        var (host, port) = Split(endpoint);
        var start = new ProcessStartInfo("redis-benchmark",
            ["-h", host, "-p", port, "-n", requests.ToString(CultureInfo.InvariantCulture), "-c", "8", "-P", "32", "--csv",
             "XADD", key, "*", "event", System.Text.Encoding.UTF8.GetString(sample.Json), "caseId", sample.CaseId])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("redis-benchmark did not start");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        using var cleanup = Process.Start(new ProcessStartInfo("redis-cli", ["-h", host, "-p", port, "DEL", key]) { RedirectStandardOutput = true })!;
        await cleanup.StandardOutput.ReadToEndAsync();
        await cleanup.WaitForExitAsync();
        // --csv: a header line, then "<test>","rps","avg","min","p50","p95","p99","max"; the test name holds the JSON, commas included.
        var line = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(l => !l.StartsWith("\"test\"", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"redis-benchmark printed nothing: {await process.StandardError.ReadToEndAsync()}");
        var fields = line.Trim().Split(',');
        return double.Parse(fields[^7].Trim('"'), CultureInfo.InvariantCulture);
    }

    public static (string Host, string Port) Split(string endpoint)
    {
        var colon = endpoint.LastIndexOf(':');
        return (endpoint[..colon], endpoint[(colon + 1)..]);
    }
}
