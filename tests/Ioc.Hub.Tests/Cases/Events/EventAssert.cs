using Ioc.Hub.Cases.Events;

namespace Ioc.Hub.Tests.Cases.Events;

internal static class EventAssert
{
    /// <summary>
    /// Property-by-property equality: records compare IReadOnlyList members by reference, and DateTimeOffset equality
    /// ignores the offset, which the contract requires to survive a round trip.
    /// </summary>
    public static void Equivalent(CaseEvent expected, CaseEvent actual)
    {
        Assert.Equal(expected.GetType(), actual.GetType());
        foreach (var property in expected.GetType().GetProperties())
        {
            var (x, y) = (property.GetValue(expected), property.GetValue(actual));
            switch (x)
            {
                case IEnumerable<string> xs:
                    Assert.Equal(xs, Assert.IsAssignableFrom<IEnumerable<string>>(y));
                    break;
                case DateTimeOffset dx:
                    var dy = Assert.IsType<DateTimeOffset>(y);
                    Assert.True(dx == dy && dx.Offset == dy.Offset, $"{property.Name}: expected {dx:O}, got {dy:O}");
                    break;
                default:
                    Assert.True(Equals(x, y), $"{property.Name}: expected {x}, got {y}");
                    break;
            }
        }
    }
}
