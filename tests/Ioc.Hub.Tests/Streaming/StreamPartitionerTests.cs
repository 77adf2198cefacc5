using Ioc.Hub.Streaming;

namespace Ioc.Hub.Tests.Streaming;

public sealed class StreamPartitionerTests
{
    [Theory]
    [InlineData("", 0x811c9dc5u)]
    [InlineData("a", 0xe40c292cu)]
    [InlineData("foobar", 0xbf9cf968u)]
    public void HashIsTheStandardFnv1a32(string text, uint expected)
    {
        // Reference vectors of the FNV specification: any producer's implementation must agree.
        Assert.Equal(expected, StreamPartitioner.Fnv1a(text));
    }

    [Fact]
    public void WorkedExampleOfTheDocumentationHolds()
    {
        // docs/streaming.md: "KH-2026-000123" hashes to 0x51F3C3EE = 1374929902; 1374929902 mod 4 = 2.
        var partitioner = new StreamPartitioner(4);

        Assert.Equal(1374929902u, StreamPartitioner.Fnv1a("KH-2026-000123"));
        Assert.Equal(2, partitioner.PartitionOf("KH-2026-000123"));
    }

    [Fact]
    public void EveryPartitionReceivesCasesAndEachCaseStaysInOne()
    {
        var partitioner = new StreamPartitioner(4);
        var ids = Enumerable.Range(0, 4000).Select(i => $"TN-2026-{i:D6}").ToList();

        var counts = ids.GroupBy(partitioner.PartitionOf).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal([0, 1, 2, 3], counts.Keys.Order());
        Assert.All(counts.Values, c => Assert.InRange(c, 800, 1200));
        Assert.All(ids, id => Assert.Equal(partitioner.PartitionOf(id), partitioner.PartitionOf(new string(id.ToCharArray()))));
    }

    [Fact]
    public void NonAsciiIdsAreHashedOverTheirUtf8Bytes()
    {
        // "đ" is two UTF-8 bytes (C4 91): hashing UTF-16 code units would give another value.
        var expected = StreamPartitioner.Fnv1a([0xC4, 0x91]);

        Assert.Equal(expected, StreamPartitioner.Fnv1a("đ"));
    }
}
