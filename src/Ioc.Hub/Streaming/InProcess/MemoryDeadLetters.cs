using Ioc.Hub.Streaming.Consumption;

namespace Ioc.Hub.Streaming.InProcess;

/// <summary>The dead-letter stream in memory, ids ordered like stream ids. Not thread-safe: callers hold the gate.</summary>
internal sealed class MemoryDeadLetters
{
    private readonly SortedList<StreamId, DeadLetter> letters = [];
    private StreamId lastId = StreamId.Zero;

    public int Count => letters.Count;

    public DeadLetter Add(string stream, DeadLetterDraft dead, TimeProvider time)
    {
        lastId = MemoryPartition.NextId(lastId, time);
        var now = time.GetUtcNow();
        var letter = new DeadLetter(lastId.ToString(), stream, dead.Position, dead.Json, dead.Reason, now, dead.Deliveries,
            dead.History?.FirstFailedAt ?? now, (dead.History?.Attempts ?? 0) + dead.Deliveries, dead.History?.Replays ?? 0);
        letters.Add(lastId, letter);
        return letter;
    }

    public IReadOnlyList<DeadLetter> List(int count, string? after)
    {
        if (after is not null && !StreamId.TryParse(after, out _))
            throw new ArgumentException($"'{after}' is not a dead-letter id.", nameof(after));
        var from = after is null ? StreamId.Zero : StreamId.Parse(after).Next();
        return [.. letters.Where(l => l.Key >= from).Take(count).Select(l => l.Value)];
    }

    public DeadLetter? Find(string id) =>
        StreamId.TryParse(id, out var key) && letters.TryGetValue(key, out var letter) ? letter : null;

    public bool Remove(string id) => StreamId.TryParse(id, out var key) && letters.Remove(key);
}
