using System.Globalization;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Streaming.Consumption;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Ioc.Hub.Streaming.Redis;

/// <summary>
/// The distributed-mode stream: partitions <c>{prefix}:events:{p}</c>, consumer group <c>ioc-hub</c>, leases
/// <c>{prefix}:lease:{p}</c>, dead letters <c>{prefix}:dead-letters</c>, wake-ups on <c>{prefix}:events:wake</c>.
/// Uses the application's one shared multiplexer and no blocking command (docs/streaming.md).
/// </summary>
public sealed class RedisEventStream : IEventStream
{
    private readonly IConnectionMultiplexer redis;
    private readonly StreamOptions options;
    private readonly StreamPartitioner partitioner;
    private readonly StreamNames names;
    private readonly RedisStreamLog log;
    private readonly RedisLeaseStore leases;
    private readonly TimeProvider time;
    private readonly ILogger<RedisEventStream> logger;
    private readonly SemaphoreSlim subscribing = new(1, 1);
    private bool subscribed;

    public RedisEventStream(IConnectionMultiplexer redis, IOptions<StreamOptions> options, TimeProvider time, ILogger<RedisEventStream> logger)
    {
        this.redis = redis;
        this.options = options.Value;
        this.time = time;
        this.logger = logger;
        partitioner = new StreamPartitioner(this.options.Partitions);
        names = new StreamNames(this.options.KeyPrefix, this.options.Partitions);
        log = new RedisStreamLog(redis, names, time);
        leases = new RedisLeaseStore(redis, names, this.options.Partitions);
    }

    public int Partitions => partitioner.Partitions;

    private IDatabase Db => redis.GetDatabase();

    public int PartitionOf(string caseId) => partitioner.PartitionOf(caseId);

    public async Task<IReadOnlyList<AppendResult>> AppendAsync(IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken = default)
    {
        if (events.Count == 0)
            return [];
        // Issued back to back without awaiting: the multiplexer pipelines them into one round trip, in order.
        var db = Db;
        var pending = new (int Partition, Task<RedisValue>? Add, string? Error)[events.Count];
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var partition = PartitionOf(e.CaseId);
            try
            {
                var fields = RedisStreamLog.EntryFields(CaseEventJson.Serialize(e), e.CaseId);
                pending[i] = (partition, db.StreamAddAsync(names.Partition(partition), fields), null);
            }
            catch (Exception ex)
            {
                // Unserializable event, or a multiplexer that refuses commands outright (disposed).
                pending[i] = (partition, null, ex.Message);
            }
        }
        // Pipelined behind the XADDs, so other instances are woken once the entries exist.
        var wake = PublishWakeAsync(redis, names, local: null);

        var results = new AppendResult[events.Count];
        for (var i = 0; i < events.Count; i++)
        {
            var (partition, add, error) = pending[i];
            try
            {
                if (add is not null)
                    results[i] = new(events[i].Id, partition, new EntryPosition(names.Partition(partition), partition, (string)(await add)!), null);
                else
                    results[i] = new(events[i].Id, partition, null, error);
            }
            catch (Exception ex)
            {
                results[i] = new(events[i].Id, partition, null, ex.Message);
            }
        }
        log.Wake.Set();
        try
        {
            await wake;
        }
        catch (Exception ex)
        {
            logger.LogDebug(ex, "Could not publish the wake-up; consumers poll");
        }
        return results;
    }

    public async Task ConsumeAsync(string consumerId, StreamBatchHandler handler, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(consumerId);
        await SubscribeAsync();
        var consumer = new ConsumerLoop(log, leases, options, partitioner, consumerId, handler, time, logger);
        await consumer.RunAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<DeadLetter>> ListDeadLettersAsync(int count, string? after = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (after is not null && !StreamId.TryParse(after, out _))
            throw new ArgumentException($"'{after}' is not a dead-letter id.", nameof(after));
        var entries = await Db.StreamRangeAsync(names.DeadLetters, after is null ? "-" : "(" + after, "+", count);
        return [.. entries.Select(ToDeadLetter)];
    }

    public async Task<DeadLetter?> FindDeadLetterAsync(string id, CancellationToken cancellationToken = default)
    {
        if (!StreamId.TryParse(id, out _))
            return null;
        var found = await Db.StreamRangeAsync(names.DeadLetters, id, id, 1);
        return found.Length == 0 ? null : ToDeadLetter(found[0]);
    }

    public Task<long> CountDeadLettersAsync(CancellationToken cancellationToken = default) => Db.StreamLengthAsync(names.DeadLetters);

    public async Task<EntryPosition?> ReplayDeadLetterAsync(string id, CancellationToken cancellationToken = default)
    {
        if (await FindDeadLetterAsync(id, cancellationToken) is not { } letter)
            return null;
        var routed = EventRouting.TryReadCaseId(letter.Json, out var caseId, out _);
        // An unroutable event goes back where it came from and is dead-lettered there again with its reason.
        var partition = routed ? PartitionOf(caseId) : Math.Max(0, names.PartitionOfStream(letter.Stream));
        var history = letter.History;
        var added = await Db.ScriptEvaluateAsync(RedisScripts.Replay,
            [names.DeadLetters, names.Partition(partition)],
            [id, letter.Json, routed ? caseId : "", RedisStreamLog.Iso(history.FirstFailedAt), history.Attempts, history.Replays]);
        if (added.IsNull)
            return null;
        await PublishWakeAsync(redis, names, log.Wake);
        return new EntryPosition(names.Partition(partition), partition, (string)added!);
    }

    public async Task<bool> DeleteDeadLetterAsync(string id, CancellationToken cancellationToken = default) =>
        StreamId.TryParse(id, out _) && await Db.StreamDeleteAsync(names.DeadLetters, [id]) > 0;

    public async Task<long> TrimAsync(CancellationToken cancellationToken = default)
    {
        long removed = 0;
        for (var p = 0; p < Partitions; p++)
        {
            removed += (long)await Db.ScriptEvaluateAsync(RedisScripts.TrimProcessed, [names.Partition(p)], [StreamNames.Group]);
            if (options.MaxLength is { } cap)
                removed += await Db.StreamTrimAsync(names.Partition(p), cap, useApproximateMaxLength: true);
        }
        if (removed > 0)
            logger.LogDebug("Trimmed {Removed} processed entries", removed);
        return removed;
    }

    public async Task<IReadOnlyList<PartitionStatus>> GetStatusAsync(CancellationToken cancellationToken = default)
    {
        var db = Db;
        var lengths = Enumerable.Range(0, Partitions).Select(p => db.StreamLengthAsync(names.Partition(p))).ToList();
        var owners = Enumerable.Range(0, Partitions).Select(p => db.StringGetAsync(names.Lease(p))).ToList();
        var groups = Enumerable.Range(0, Partitions).Select(p => GroupOfAsync(db, names.Partition(p))).ToList();
        var status = new List<PartitionStatus>(Partitions);
        for (var p = 0; p < Partitions; p++)
        {
            var group = await groups[p];
            var lastDelivered = group?.LastDeliveredId is { } id && id != "0-0" ? id : null;
            status.Add(new(p, names.Partition(p), await lengths[p], group?.PendingMessageCount ?? 0, lastDelivered, await owners[p]));
        }
        return status;
    }

    internal static async Task PublishWakeAsync(IConnectionMultiplexer redis, StreamNames names, WakeSignal? local)
    {
        local?.Set();
        // Fire and forget: a lost wake-up only costs one poll interval (PollMaxInterval).
        await redis.GetSubscriber().PublishAsync(RedisChannel.Literal(names.WakeChannel), "1", CommandFlags.FireAndForget);
    }

    private async Task SubscribeAsync()
    {
        await subscribing.WaitAsync();
        try
        {
            if (subscribed)
                return;
            await redis.GetSubscriber().SubscribeAsync(RedisChannel.Literal(names.WakeChannel), (_, _) => log.Wake.Set());
            subscribed = true;
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            // Polling alone still delivers everything; the next ConsumeAsync tries again.
            logger.LogWarning(ex, "Could not subscribe to {Channel}; consumers rely on polling", names.WakeChannel);
        }
        finally
        {
            subscribing.Release();
        }
    }

    private static async Task<StreamGroupInfo?> GroupOfAsync(IDatabase db, string stream)
    {
        try
        {
            return (await db.StreamGroupInfoAsync(stream)).Cast<StreamGroupInfo?>().FirstOrDefault(g => g!.Value.Name == StreamNames.Group);
        }
        catch (RedisServerException)
        {
            return null; // no such stream yet
        }
    }

    private static DeadLetter ToDeadLetter(StackExchange.Redis.StreamEntry entry)
    {
        string Field(string name) => (string?)entry[name] ?? "";
        DateTimeOffset.TryParse(Field("failedAt"), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var failedAt);
        int.TryParse(Field("deliveries"), NumberStyles.None, CultureInfo.InvariantCulture, out var deliveries);
        // Letters written before the history fields existed: their only failure is the first one.
        var firstFailedAt = DateTimeOffset.TryParse(Field(RedisStreamLog.FirstFailedAtField), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var first)
            ? first : failedAt;
        var attempts = int.TryParse(Field(RedisStreamLog.AttemptsField), NumberStyles.None, CultureInfo.InvariantCulture, out var a) ? a : deliveries;
        int.TryParse(Field(RedisStreamLog.ReplaysField), NumberStyles.None, CultureInfo.InvariantCulture, out var replays);
        return new DeadLetter((string)entry.Id!, Field("stream"), Field("position"), Field(RedisStreamLog.EventField),
            Field("reason"), failedAt, deliveries, firstFailedAt, attempts, replays);
    }
}
