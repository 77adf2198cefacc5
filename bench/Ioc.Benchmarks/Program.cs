using System.Diagnostics;
using BenchmarkDotNet.Running;
using Ioc.Benchmarks;
using Ioc.Data.Storage;

// `export-csv <Random|TimeOrdered> <file>`: the benchmark's 1 000 000 events as CSV, for bench/bulk-write.sh's psql \copy comparison.
// `create-postgres <name>`: a migrated database of that name on IOC_BENCH_POSTGRES's server, for the same comparison.
// `quick <Sqlite|Postgres> <Random|TimeOrdered> <WriteBatchEvents|WriteBatchEventsAndSnapshots|BulkInsertEvents> [events]`: one timed
// pass without BenchmarkDotNet, for tuning. Anything else goes to BenchmarkDotNet.
switch (args)
{
    case ["export-csv", var ids, var path]:
        var data = new BenchData(BulkWriteBenchmarks.EventCount, Enum.Parse<EventIds>(ids));
        await using (var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false), 1 << 20))
        {
            data.WriteCsv(writer);
        }

        Console.WriteLine($"{data.Events.Count} events written to {path}");
        break;

    case ["create-postgres", var database]:
        await BenchDatabase.CreatePostgresAsync(database);
        Console.WriteLine($"{database} created and migrated");
        break;

    case ["quick", var provider, var ids, var method, ..var rest]:
        var count = rest is [var n] ? int.Parse(n) : BulkWriteBenchmarks.EventCount;
        var benchmark = new QuickRun(Enum.Parse<StorageProvider>(provider), Enum.Parse<EventIds>(ids), count);
        await benchmark.RunAsync(method);
        break;

    // `console-list <Postgres|Sqlite> [cases] [rounds]`: docs/BENCHMARKS.md "Console case list".
    case ["console-list", var listProvider, ..var listRest]:
        await ConsoleListBenchmark.RunAsync(Enum.Parse<StorageProvider>(listProvider),
            listRest.Length > 0 ? int.Parse(listRest[0], System.Globalization.CultureInfo.InvariantCulture) : 200_000,
            listRest.Length > 1 ? int.Parse(listRest[1], System.Globalization.CultureInfo.InvariantCulture) : 40);
        break;

    default:
        BenchmarkSwitcher.FromAssembly(typeof(BulkWriteBenchmarks).Assembly).Run(args);
        break;
}

internal sealed class QuickRun(StorageProvider provider, EventIds ids, int count)
{
    public async Task RunAsync(string method)
    {
        var data = new BenchData(count, ids);
        var allSnapshots = method == "WriteBatchEventsAndSnapshots" ? data.BuildAllSnapshots() : null;
        await using var database = await BenchDatabase.CreateAsync(provider);
        var stopwatch = Stopwatch.StartNew();
        switch (method)
        {
            case "BulkInsertEvents":
                const int chunk = 100_000;
                for (var start = 0; start < count; start += chunk)
                {
                    await database.Writer.BulkInsertEventsAsync(new ArraySegment<Ioc.Data.Cases.EventRecord>((Ioc.Data.Cases.EventRecord[])data.Events, start, Math.Min(chunk, count - start)));
                }

                break;
            default:
                for (var b = 0; b < data.BatchCount; b++)
                {
                    var batch = data.Batch(b);
                    await database.Writer.WriteBatchAsync(batch, allSnapshots?[b] ?? [], [], null);
                }

                break;
        }

        stopwatch.Stop();
        var stored = await database.CountEventsAsync();
        Console.WriteLine($"{provider} {ids} {method}: {stored:N0} rows in {stopwatch.Elapsed.TotalSeconds:F2} s = {stored / stopwatch.Elapsed.TotalSeconds:N0} rows/s");
    }
}
