using System.Text;

namespace Ioc.Hub.Streaming;

/// <summary>
/// Maps a case to its partition: FNV-1a 32-bit over the case id's UTF-8 bytes, modulo the partition count. Stable
/// across processes, runtimes and languages (a producer in any language can compute it), unlike string.GetHashCode.
/// </summary>
public sealed class StreamPartitioner
{
    private const uint OffsetBasis = 2166136261;
    private const uint Prime = 16777619;

    public StreamPartitioner(int partitions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(partitions, 1);
        Partitions = partitions;
    }

    public int Partitions { get; }

    public int PartitionOf(string caseId) => (int)(Fnv1a(caseId) % (uint)Partitions);

    public static uint Fnv1a(string text)
    {
        var length = Encoding.UTF8.GetMaxByteCount(text.Length);
        Span<byte> bytes = length <= 512 ? stackalloc byte[length] : new byte[length];
        return Fnv1a(bytes[..Encoding.UTF8.GetBytes(text, bytes)]);
    }

    public static uint Fnv1a(ReadOnlySpan<byte> utf8)
    {
        var hash = OffsetBasis;
        foreach (var b in utf8)
        {
            hash ^= b;
            hash *= Prime;
        }
        return hash;
    }
}
