using System.Security.Cryptography;
using System.Text;

namespace Ioc.Hub.Scheduling;

/// <summary>
/// Name-based UUIDs, version 5 (RFC 9562 §5.5: SHA-1 of a namespace and a name). The same transition of the same case
/// gets the same id in every process and after every restart, so the projection's id check drops the copies.
/// </summary>
public static class NameBasedGuid
{
    /// <summary>The namespace of the deadline scheduler's events (a fixed random UUID; never change it).</summary>
    public static readonly Guid SchedulerNamespace = new("6f1d3c2a-8b54-4e0f-9a37-2c5e81d4b9a6");

    public static Guid Create(Guid namespaceId, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        namespaceId.TryWriteBytes(input, bigEndian: true, out _);
        nameBytes.CopyTo(input, 16);

        Span<byte> hash = stackalloc byte[SHA1.HashSizeInBytes];
        SHA1.HashData(input, hash);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50); // version 5
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC variant
        return new Guid(bytes, bigEndian: true);
    }
}
