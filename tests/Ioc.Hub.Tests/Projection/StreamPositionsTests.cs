using Ioc.Hub.Projection;

namespace Ioc.Hub.Tests.Projection;

public sealed class StreamPositionsTests
{
    [Theory]
    [InlineData("1700000000000-9", "1700000000000-10")]
    [InlineData("1700000000000-99", "1700000000001-0")]
    [InlineData("999", "1000")]
    [InlineData("a", "b")]
    public void RedisEntryIdsCompareNumericallyAndOthersOrdinally(string earlier, string later)
    {
        Assert.True(StreamPositions.Comparer.Compare(earlier, later) < 0);
        Assert.Equal(later, StreamPositions.Max(later, earlier));
        Assert.Equal(later, StreamPositions.Max(earlier, later));
    }

    [Fact]
    public void NoPositionIsBelowEveryPosition()
    {
        Assert.Equal("0-1", StreamPositions.Max(null, "0-1"));
        Assert.Equal("0-1", StreamPositions.Max("0-1", null));
    }
}
