using System.Diagnostics;
using StackExchange.Redis;

namespace Ioc.LoadHarness.Traffic;

/// <summary>How far the Hub's consumer group has got, from XINFO GROUPS of every partition.</summary>
/// <param name="Processed">Entries read and acknowledged (acknowledged only after the store commit).</param>
internal readonly record struct GroupProgress(long Processed, long Pending, long Lag);

internal sealed class StreamProgress(IConnectionMultiplexer redis, string prefix, int partitions)
{
    public async Task<GroupProgress> ReadAsync()
    {
        var db = redis.GetDatabase();
        var groups = await Task.WhenAll(Enumerable.Range(0, partitions).Select(async p =>
        {
            try
            {
                return (await db.StreamGroupInfoAsync($"{prefix}:events:{p}")).Cast<StreamGroupInfo?>().FirstOrDefault(g => g!.Value.Name == "ioc-hub");
            }
            catch (RedisServerException)
            {
                return null; // the stream does not exist yet
            }
        }));
        long processed = 0, pending = 0, lag = 0;
        for (var p = 0; p < partitions; p++)
        {
            var length = await db.StreamLengthAsync($"{prefix}:events:{p}");
            if (groups[p] is not { } group)
            {
                lag += length;
                continue;
            }
            processed += (group.EntriesRead ?? 0) - group.PendingMessageCount;
            pending += group.PendingMessageCount;
            lag += group.Lag ?? length;
        }
        return new GroupProgress(processed, pending, lag);
    }

    /// <summary>Waits until at least <paramref name="expected"/> entries are processed and nothing is left or pending.</summary>
    public async Task<GroupProgress> WaitDrainedAsync(long expected, TimeSpan patience, Func<bool>? alive = null)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var progress = await ReadAsync();
            if (progress.Processed >= expected && progress.Pending == 0 && progress.Lag == 0)
                return progress;
            if (clock.Elapsed > patience || alive?.Invoke() == false)
                throw new TimeoutException($"Not drained after {clock.Elapsed.TotalSeconds:0} s: {progress} of {expected} expected.");
            await Task.Delay(20);
        }
    }
}
