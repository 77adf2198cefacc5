using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Ioc.Benchmarks;

/// <summary>
/// Three measured runs of a whole 1 000 000-row load each, no warm-up (a run takes seconds, so JIT time is noise;
/// the monitoring strategy, not micro-benchmark pilots), in process: the cost is in the databases, not in code layout.
/// Adds a Rows/s column: with one operation per row, 1 / mean time per operation.
/// </summary>
public sealed class BulkWriteConfig : ManualConfig
{
    public BulkWriteConfig()
    {
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(0)
            .WithIterationCount(3)
            .WithToolchain(InProcessEmitToolchain.Instance));
        AddColumn(new RowsPerSecondColumn());
    }

    private sealed class RowsPerSecondColumn : IColumn
    {
        public string Id => "RowsPerSecond";
        public string ColumnName => "Rows/s";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "Event rows written per second (1 / Mean, one operation per row)";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
            summary[benchmarkCase]?.ResultStatistics is { } stats ? (1e9 / stats.Mean).ToString("N0", System.Globalization.CultureInfo.InvariantCulture) : "-";

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }
}
