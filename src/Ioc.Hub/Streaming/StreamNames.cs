using System.Globalization;

namespace Ioc.Hub.Streaming;

/// <summary>Key and channel names under <see cref="StreamOptions.KeyPrefix"/>; both implementations report the same stream names.</summary>
internal sealed class StreamNames
{
    /// <summary>The one consumer group of every partition stream.</summary>
    public const string Group = "ioc-hub";

    private readonly string[] partitions;
    private readonly string[] leases;

    public StreamNames(string prefix, int partitionCount)
    {
        Prefix = prefix;
        partitions = [.. Enumerable.Range(0, partitionCount).Select(p => string.Create(CultureInfo.InvariantCulture, $"{prefix}:events:{p}"))];
        leases = [.. Enumerable.Range(0, partitionCount).Select(p => string.Create(CultureInfo.InvariantCulture, $"{prefix}:lease:{p}"))];
        DeadLetters = $"{prefix}:dead-letters";
        WakeChannel = $"{prefix}:events:wake";
        Consumers = $"{prefix}:consumers";
    }

    public string Prefix { get; }

    public string DeadLetters { get; }

    /// <summary>Pub/sub channel announcing appends, so idle consumers poll at once.</summary>
    public string WakeChannel { get; }

    /// <summary>Sorted set of live consumer instances, scored by heartbeat expiry (ms).</summary>
    public string Consumers { get; }

    public string Partition(int partition) => partitions[partition];

    public string Lease(int partition) => leases[partition];

    /// <summary>The partition a stream name belongs to, or -1 for a name of another prefix or count.</summary>
    public int PartitionOfStream(string stream) => Array.IndexOf(partitions, stream);
}
