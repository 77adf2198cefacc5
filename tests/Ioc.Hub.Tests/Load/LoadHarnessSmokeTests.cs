using Ioc.Hub.Tests.Streaming;
using Ioc.LoadHarness;
using Ioc.LoadHarness.Scenarios;

namespace Ioc.Hub.Tests.Load;

/// <summary>
/// The load harness (bench/Ioc.LoadHarness) still works: its smallest scenario, the ingest smoke run, starts the real Hub
/// executable over the test Redis and PostgreSQL, pushes 5 000 simulator events through it and reports. No timing is
/// judged here (docs/BENCHMARKS.md holds the numbers); a pipeline that loses or refuses events fails the run.
/// </summary>
public sealed class LoadHarnessSmokeTests
{
    [Fact]
    public async Task Ingest_smoke_run_projects_every_event_and_reports_its_numbers()
    {
        var postgres = Environment.GetEnvironmentVariable("IOC_TEST_POSTGRES") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException("IOC_TEST_POSTGRES is not set: run the tests through scripts/test.sh.");
        var work = Directory.CreateTempSubdirectory("ioc-load-test-").FullName;
        try
        {
            var settings = new HarnessSettings(RedisTestServer.Endpoint, postgres, Quick: true, HarnessSettings.DefaultHubDll, work);
            var report = new Report();

            // The harness throws when the Hub does not drain the stream (an event lost or stuck).
            var exitCode = await HarnessRunner.RunAsync(settings, [IngestScenario.Name], report);

            Assert.DoesNotContain(report.Rows, r => r.Measure == "FAILED");
            Assert.Equal(0, exitCode);
            var rows = report.Rows.Where(r => r.Scenario == IngestScenario.Name).ToDictionary(r => r.Measure, r => r.Value);
            Assert.Contains(rows.Keys, k => k.StartsWith("redis-benchmark XADD", StringComparison.Ordinal));
            Assert.Contains(rows.Keys, k => k.StartsWith("end-to-end rate", StringComparison.Ordinal));
            Assert.Contains(rows.Keys, k => k.StartsWith("Hub CPU per 1 000 events", StringComparison.Ordinal));
            // Every simulator event is valid: none may end as a dead letter.
            Assert.EndsWith(", 0 dead letters", rows["store after the run"], StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
