using System.Diagnostics;
using System.Text;

namespace Ioc.EndToEnd.Tests;

/// <summary>
/// scripts/distributed.sh as a person runs it, in its <c>--check</c> mode: Redis, PostgreSQL, two Hub workers sharing
/// the partitions, two dashboards each fed by one worker, the simulator in the first; it passes once both dashboards'
/// live feeds report the database's open cases, then stops everything and removes the data.
/// </summary>
public sealed class DistributedScriptTests
{
    [Fact]
    public async Task BothDashboardsReachTheDatabasesLiveTotalsAndEverythingStops()
    {
        var script = Path.Combine(DashboardProcess.RepositoryRoot, "scripts", "distributed.sh");
        var start = new ProcessStartInfo("bash", [script, "--check"])
        {
            WorkingDirectory = DashboardProcess.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // The test run built the solution in Release already.
        start.Environment["IOC_NO_BUILD"] = "1";
        start.Environment["IOC_CHECK_TIMEOUT"] = "120";
        var output = new StringBuilder();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        }
        catch (TimeoutException)
        {
            // SIGINT to the script: its trap stops what it started.
            Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }

        string log;
        lock (output)
            log = output.ToString();
        Assert.True(process.ExitCode == 0, log);
        Assert.Contains("both dashboards report the database's", log, StringComparison.Ordinal);
        Assert.Matches(@"supervisor\s+giamsat@ioc\.local", log);
        var work = System.Text.RegularExpressions.Regex.Match(log, @"Logs: (/tmp/ioc-distributed\.\w+)/").Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(work) || Directory.Exists(work), $"The data directory {work} was not removed.");
    }
}
