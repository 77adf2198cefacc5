using BenchmarkDotNet.Attributes;
using Ioc.Data.Storage;
using Ioc.Data.Streaming;

namespace Ioc.Benchmarks;

/// <summary>
/// 1 000 000 events through each provider's bulk path, into a freshly migrated database each iteration (so the
/// indexes grow from empty every time). One operation = one event row, so 1 / Mean is rows per second
/// (the Rows/s column).
/// </summary>
[Config(typeof(BulkWriteConfig))]
public class BulkWriteBenchmarks
{
    public const int EventCount = 1_000_000;

    private BenchData _data = null!;
    private List<Ioc.Data.Cases.CaseRecord>[] _snapshots = [];
    private BenchDatabase _database = null!;

    [Params(StorageProvider.Postgres, StorageProvider.Sqlite)]
    public StorageProvider Provider { get; set; }

    [Params(EventIds.Random, EventIds.TimeOrdered)]
    public EventIds Ids { get; set; }

    [GlobalSetup]
    public void GlobalSetup()
    {
        _data = new BenchData(EventCount, Ids);
        _snapshots = _data.BuildAllSnapshots();
        _database = BenchDatabase.CreateAsync(Provider).GetAwaiter().GetResult();
    }

    [IterationSetup]
    public void IterationSetup() => _database.RecreateAsync().GetAwaiter().GetResult();

    [IterationCleanup]
    public void IterationCleanup()
    {
        // A benchmark that wrote less than it claims would report a rate it did not reach.
        var stored = _database.CountEventsAsync().GetAwaiter().GetResult();
        if (stored != EventCount)
        {
            throw new InvalidOperationException($"{stored} events stored instead of {EventCount}.");
        }
    }

    [GlobalCleanup]
    public void GlobalCleanup() => _database.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>The projection's path: idempotent insert of 10 000-event batches with a checkpoint each.</summary>
    [Benchmark(OperationsPerInvoke = EventCount)]
    public async Task WriteBatchEvents()
    {
        for (var b = 0; b < _data.BatchCount; b++)
        {
            var batch = _data.Batch(b);
            await _database.Writer.WriteBatchAsync(batch, [], [], Checkpoint(batch));
        }
    }

    /// <summary>The projection's path with the case snapshots it writes alongside (2 000 per 10 000 events).</summary>
    [Benchmark(OperationsPerInvoke = EventCount)]
    public async Task WriteBatchEventsAndSnapshots()
    {
        for (var b = 0; b < _data.BatchCount; b++)
        {
            var batch = _data.Batch(b);
            await _database.Writer.WriteBatchAsync(batch, _snapshots[b], [], Checkpoint(batch));
        }
    }

    /// <summary>The replay/rebuild path: plain appends, 100 000 events per call.</summary>
    [Benchmark(OperationsPerInvoke = EventCount)]
    public async Task BulkInsertEvents()
    {
        const int chunk = 100_000;
        var events = (Ioc.Data.Cases.EventRecord[])_data.Events;
        for (var start = 0; start < events.Length; start += chunk)
        {
            await _database.Writer.BulkInsertEventsAsync(new ArraySegment<Ioc.Data.Cases.EventRecord>(events, start, Math.Min(chunk, events.Length - start)));
        }
    }

    private static StreamCheckpoint Checkpoint(ArraySegment<Ioc.Data.Cases.EventRecord> batch) => new()
    {
        Stream = "ioc:events:0",
        Position = batch[^1].StreamPosition!,
        UpdatedAtUtc = batch[^1].RecordedAtUtc,
    };
}
