using System.Diagnostics;
using StackExchange.Redis;

namespace Ioc.LoadHarness.Traffic;

/// <summary>
/// A producer that writes straight into the Hub's partitions with XADD (docs/streaming.md "Straight into Redis"):
/// field <c>event</c> with the JSON and <c>caseId</c>, each case to its own partition, then one PUBLISH on the wake-up
/// channel per group of entries, as the Hub's own AppendAsync does.
/// </summary>
internal sealed class StreamProducer(IConnectionMultiplexer redis, string prefix)
{
    private readonly RedisKey[] streams = [.. Enumerable.Range(0, 1024).Select(p => (RedisKey)$"{prefix}:events:{p}")];
    private readonly RedisChannel wake = RedisChannel.Literal($"{prefix}:events:wake");

    /// <summary>Writes every event as fast as Redis takes them: pipelined chunks, one in flight while the next is sent.</summary>
    public async Task SendAllAsync(IReadOnlyList<TrafficEvent> events, Func<long, Task>? beforeChunk = null)
    {
        const int chunk = 2_000;
        var db = redis.GetDatabase();
        Task? previous = null;
        for (var start = 0; start < events.Count; start += chunk)
        {
            if (beforeChunk is not null)
                await beforeChunk(start);
            var count = Math.Min(chunk, events.Count - start);
            var adds = new Task[count + 1];
            for (var i = 0; i < count; i++)
                adds[i] = Add(db, events[start + i]);
            adds[count] = db.PublishAsync(wake, "1");
            if (previous is not null)
                await previous;
            previous = Task.WhenAll(adds);
        }
        if (previous is not null)
            await previous;
    }

    /// <summary>
    /// Open loop: event i is due at start + i / rate, whatever happened to the ones before. Each tick sends what is due
    /// as one pipelined group and waits for it; a group that fails (Redis down) is sent again, from its first failed
    /// event and in order, before anything newer, so a case's events never overtake each other.
    /// </summary>
    /// <returns>How many XADDs failed and were retried.</returns>
    public async Task<long> SendPacedAsync(IReadOnlyList<TrafficEvent> events, double rate, SentLog? log, CancellationToken ct)
    {
        var db = redis.GetDatabase();
        var clock = Stopwatch.StartNew();
        var startTicks = Stopwatch.GetTimestamp();
        var next = 0;
        long failures = 0;
        while (next < events.Count)
        {
            ct.ThrowIfCancellationRequested();
            var due = (int)Math.Min(events.Count, (long)(clock.Elapsed.TotalSeconds * rate) + 1);
            if (due <= next)
            {
                await Task.Delay(1, ct);
                continue;
            }
            var group = new (Task<RedisValue> Add, int Slot)[due - next];
            for (var i = 0; i < group.Length; i++)
            {
                var e = events[next + i];
                var slot = log?.Reserve(e.Partition, startTicks + (long)((next + i) / rate * Stopwatch.Frequency)) ?? -1;
                group[i] = (Add(db, e), slot);
            }
            _ = db.PublishAsync(wake, "1", CommandFlags.FireAndForget);
            for (var i = 0; i < group.Length; i++)
            {
                try
                {
                    var position = await group[i].Add;
                    if (log is not null)
                        log.Fill(events[next].Partition, group[i].Slot, StreamPosition.Parse(position!));
                    next++;
                }
                catch (Exception ex) when ((ex is RedisException or TimeoutException) && log is null)
                {
                    // Redis is down: wait for the later ones of the group to fail too, then resend from this one.
                    failures += group.Length - i;
                    await Task.WhenAll(group[i..].Select(g => g.Add.ContinueWith(_ => { }, TaskScheduler.Default)));
                    await Task.Delay(100, ct);
                    break;
                }
            }
        }
        return failures;
    }

    private Task<RedisValue> Add(IDatabase db, TrafficEvent e) =>
        db.StreamAddAsync(streams[e.Partition], [new("event", e.Json), new("caseId", e.CaseId)]);
}
