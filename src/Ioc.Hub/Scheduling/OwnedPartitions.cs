namespace Ioc.Hub.Scheduling;

/// <summary>One scheduler's view of the partitions its consumer holds, refreshed from the stream's leases.</summary>
internal sealed class OwnedPartitions(int partitions)
{
    private readonly bool[] mine = new bool[partitions];
    // Another consumer may have moved the partition's cases on since this process's memory was loaded.
    private readonly bool[] foreign = new bool[partitions];
    private readonly bool[] everHeld = new bool[partitions];

    public bool Owns(int partition) => mine[partition];

    public bool OwnsAny => mine.Any(m => m);

    /// <summary>
    /// Takes the current owners; returns the partitions this consumer has just gained, each marked stale when someone
    /// else held it (or it lapsed after being held) since the last look, so its cases must be read from the store.
    /// </summary>
    public List<(int Partition, bool Stale)> Update(string?[] owners, string? me)
    {
        var gained = new List<(int, bool)>();
        for (var p = 0; p < mine.Length; p++)
        {
            var owner = owners[p];
            var isMine = me is not null && owner == me;
            if (isMine && !mine[p])
            {
                gained.Add((p, foreign[p]));
                foreign[p] = false;
            }
            else if (!isMine && (owner is not null || everHeld[p]))
            {
                foreign[p] = true;
            }
            everHeld[p] |= owner is not null;
            mine[p] = isMine;
        }
        return gained;
    }
}
