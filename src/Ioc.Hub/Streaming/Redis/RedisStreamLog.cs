using System.Globalization;
using Ioc.Hub.Streaming.Consumption;
using StackExchange.Redis;

namespace Ioc.Hub.Streaming.Redis;

/// <summary>The consumer loop's operations on Redis Streams: fenced reads by script, settlements in MULTI/EXEC.</summary>
internal sealed class RedisStreamLog(IConnectionMultiplexer redis, StreamNames names, TimeProvider time) : IStreamLog
{
    public const string EventField = "event";
    public const string CaseIdField = "caseId";

    /// <summary>Fields a replayed dead letter carries in the stream so that failing again keeps its history.</summary>
    public const string FirstFailedAtField = "firstFailedAt";
    public const string AttemptsField = "attempts";
    public const string ReplaysField = "replays";

    private IDatabase Db => redis.GetDatabase();

    public StreamNames Names => names;

    public WakeSignal Wake { get; } = new();

    public async Task<IReadOnlyList<LogEntry>> PrepareAsync(int partition, string consumerId)
    {
        var stream = names.Partition(partition);
        try
        {
            // From 0, not $: entries written before any consumer existed (redis-cli XADD on a fresh install) count too.
            await Db.StreamCreateConsumerGroupAsync(stream, StreamNames.Group, "0-0", createStream: true);
        }
        catch (RedisServerException ex) when (ex.Message.StartsWith("BUSYGROUP", StringComparison.Ordinal))
        {
        }

        // Every pending entry now belongs to a consumer without the lease (a crashed, stopped or superseded owner).
        var gone = new List<LogEntry>();
        RedisValue cursor = "0-0";
        do
        {
            var claim = await Db.StreamAutoClaimIdsOnlyAsync(stream, StreamNames.Group, consumerId, 0, cursor, 1000);
            gone.AddRange(claim.DeletedIds.Select(id => new LogEntry(id!, null, 0, Deleted: true)));
            cursor = claim.NextStartId;
        }
        while (cursor != "0-0");
        return gone;
    }

    public async Task<PartitionRead> ReadPendingAsync(int partition, string consumerId, int count)
    {
        var reply = await Db.ScriptEvaluateAsync(RedisScripts.ReadPending,
            [names.Partition(partition), names.Lease(partition)], [StreamNames.Group, consumerId, count]);
        if (reply.Resp2Type == ResultType.Integer)
            return new PartitionRead(partition, false, []);

        var parts = (RedisResult[])reply!;
        var deliveries = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in (RedisResult[])parts[1]!)
        {
            var fields = (RedisResult[])row!;
            deliveries[(string)fields[0]!] = (int)fields[3];
        }
        var entries = ((RedisResult[])parts[0]!).Select(e => ToLogEntry(e, id => deliveries.GetValueOrDefault(id, 1))).ToList();
        return new PartitionRead(partition, true, entries);
    }

    public async Task<IReadOnlyList<PartitionRead>> ReadNewAsync(IReadOnlyList<int> partitions, string consumerId, int count)
    {
        var keys = partitions.SelectMany(p => new RedisKey[] { names.Partition(p), names.Lease(p) }).ToArray();
        var reply = (RedisResult[])(await Db.ScriptEvaluateAsync(RedisScripts.ReadNew, keys, [StreamNames.Group, consumerId, count]))!;
        var reads = new PartitionRead[partitions.Count];
        for (var i = 0; i < partitions.Count; i++)
        {
            reads[i] = reply[i].Resp2Type == ResultType.Integer
                ? new PartitionRead(partitions[i], false, [])
                : new PartitionRead(partitions[i], true, [.. ((RedisResult[])reply[i]!).Select(e => ToLogEntry(e, _ => 1))]);
        }
        return reads;
    }

    public async Task SettleAsync(Settlement settlement)
    {
        var stream = names.Partition(settlement.Partition);
        var now = time.GetUtcNow();
        var failedAt = Iso(now);
        var transaction = Db.CreateTransaction();
        var commands = new List<Task>();
        foreach (var forward in settlement.Forwards)
            commands.Add(transaction.StreamAddAsync(names.Partition(forward.Partition), EntryFields(forward.Json, forward.CaseId)));
        foreach (var dead in settlement.DeadLetters)
        {
            commands.Add(transaction.StreamAddAsync(names.DeadLetters,
            [
                new("stream", stream),
                new("position", dead.Position),
                new(EventField, dead.Json),
                new("reason", dead.Reason),
                new("failedAt", failedAt),
                new("deliveries", dead.Deliveries),
                new(FirstFailedAtField, dead.History is { } h ? Iso(h.FirstFailedAt) : failedAt),
                new(AttemptsField, (dead.History?.Attempts ?? 0) + dead.Deliveries),
                new(ReplaysField, dead.History?.Replays ?? 0),
            ]));
        }
        commands.Add(transaction.StreamAcknowledgeAsync(stream, StreamNames.Group, [.. settlement.Positions.Select(p => (RedisValue)p)]));
        if (!await transaction.ExecuteAsync())
            throw new RedisException($"The settlement of {settlement.Positions.Count()} entries of {stream} was not executed.");
        await Task.WhenAll(commands);
        if (settlement.Forwards.Count > 0)
            await RedisEventStream.PublishWakeAsync(redis, names, Wake);
    }

    public static NameValueEntry[] EntryFields(string json, string? caseId) =>
        caseId is null ? [new(EventField, json)] : [new(EventField, json), new(CaseIdField, caseId)];

    public static string Iso(DateTimeOffset instant) => instant.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>A reply entry { id, { field, value, … } | nil } read from a script.</summary>
    private static LogEntry ToLogEntry(RedisResult reply, Func<string, int> deliveries)
    {
        var parts = (RedisResult[])reply!;
        var id = (string)parts[0]!;
        if (parts.Length < 2 || parts[1].IsNull)
            return new LogEntry(id, null, deliveries(id), Deleted: true);
        var fields = (RedisResult[])parts[1]!;
        string? json = null, firstFailedAt = null, attempts = null, replays = null;
        for (var i = 0; i + 1 < fields.Length; i += 2)
        {
            switch ((string?)fields[i])
            {
                case EventField: json = (string?)fields[i + 1]; break;
                case FirstFailedAtField: firstFailedAt = (string?)fields[i + 1]; break;
                case AttemptsField: attempts = (string?)fields[i + 1]; break;
                case ReplaysField: replays = (string?)fields[i + 1]; break;
            }
        }
        return new LogEntry(id, json, deliveries(id), History: HistoryOf(firstFailedAt, attempts, replays));
    }

    /// <summary>The history fields of a replayed entry; null for an ordinary entry (or unreadable fields).</summary>
    private static DeadLetterHistory? HistoryOf(string? firstFailedAt, string? attempts, string? replays) =>
        firstFailedAt is not null
        && DateTimeOffset.TryParse(firstFailedAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var first)
        && int.TryParse(attempts, NumberStyles.None, CultureInfo.InvariantCulture, out var a)
        && int.TryParse(replays, NumberStyles.None, CultureInfo.InvariantCulture, out var r)
            ? new DeadLetterHistory(first, a, r)
            : null;
}
