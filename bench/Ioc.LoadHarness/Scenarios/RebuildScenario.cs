using System.Diagnostics;
using Ioc.LoadHarness.Infrastructure;

namespace Ioc.LoadHarness.Scenarios;

/// <summary>
/// 5. The Hub's <c>rebuild</c> command (docs/projection.md) replays the backlog scenario's event log — 1 000 000
/// events — into an empty PostgreSQL database, as an operator runs it: the real executable, its exit code, its output.
/// </summary>
internal static class RebuildScenario
{
    public const string Name = "rebuild";

    public static async Task RunAsync(ScenarioContext context)
    {
        if (context.Backlog is null)
            await BacklogScenario.RunAsync(context);
        var source = context.Backlog!;
        await using var target = await LoadDatabase.CreateAsync(context.Settings.Postgres, Name);
        var start = new ProcessStartInfo("dotnet", [context.Settings.HubDll, "rebuild", "--target-provider", "Postgres", "--target-connection", target.ConnectionString])
        {
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(context.Settings.HubDll))!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ConnectionStrings__Ioc"] = source.ConnectionString;
        start.Environment["Ioc__Storage__Provider"] = "Postgres";
        start.Environment["Logging__LogLevel__Default"] = "Warning";

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        // A process's CPU time is readable only while it runs: sample it until it exits.
        var cpu = TimeSpan.Zero;
        while (!process.WaitForExit(100))
        {
            try
            {
                process.Refresh();
                cpu = process.TotalProcessorTime;
            }
            catch (InvalidOperationException)
            {
            }
        }
        var elapsed = clock.Elapsed;
        var summary = (await output).Split('\n').FirstOrDefault(l => l.StartsWith("rebuild:", StringComparison.Ordinal)) ?? "";
        if (process.ExitCode is not (0 or 3))
            throw new InvalidOperationException($"rebuild exited with {process.ExitCode}:\n{await output}\n{await errors}");

        var sourceEvents = await source.CountAsync("case_events");
        var targetEvents = await target.CountAsync("case_events");
        var sourceCases = await source.CountAsync("cases");
        var targetCases = await target.CountAsync("cases");
        context.Report.Add(Name, "rebuild into an empty PostgreSQL database (process start → exit)", $"{elapsed.TotalSeconds:0.0} s for {sourceEvents:N0} logged events = {sourceEvents / elapsed.TotalSeconds:N0} events/s, exit code {process.ExitCode}");
        context.Report.Add(Name, "rebuild CPU", $"{cpu.TotalSeconds:0.0} CPU-s (sampled every 0.1 s); {summary.Trim()}");
        context.Report.Add(Name, "rebuilt store", $"{targetEvents:N0} / {sourceEvents:N0} events, {targetCases:N0} / {sourceCases:N0} cases");
    }
}
