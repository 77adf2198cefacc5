using System.Text.Json;
using Ioc.Hub.Live.Contract;
using Ioc.Hub.Projection.Aggregates;

namespace Ioc.Hub.Tests.Live;

/// <summary>The counters travel as changes only; applied to the numbers before, they give the numbers after.</summary>
public sealed class LiveNumbersTests
{
    [Fact]
    public void ChangedCountersAppliedToTheOldNumbersGiveTheNewOnesAfterAJsonRoundTrip()
    {
        var before = Numbers(open: 10, byAgency: new() { ["kh-sxd"] = new(4, 1, 0), ["kh-gone"] = new(1, 0, 1), ["kh-same"] = new(5, 0, 0) });
        var after = Numbers(open: 11, byAgency: new() { ["kh-sxd"] = new(5, 1, 0), ["kh-new"] = new(1, 0, 0), ["kh-same"] = new(5, 0, 0) });

        var delta = before.DeltaTo(after);
        var wire = JsonSerializer.Deserialize<LiveNumbersDelta>(JsonSerializer.Serialize(delta, JsonSerializerOptions.Web), JsonSerializerOptions.Web);

        Assert.NotNull(wire);
        Assert.Equal(["kh-gone", "kh-new", "kh-sxd"], wire.ByAgency!.Keys.Order());
        Assert.Equal(11, wire.OpenByField!["infrastructure"]);
        Assert.Null(wire.OpenByAdminUnit);
        Assert.Null(wire.SatisfactionByField);
        var applied = before.Apply(wire);
        Assert.Equal(after.Totals, applied.Totals);
        Assert.Equal(after.ByAgency.OrderBy(p => p.Key), applied.ByAgency.OrderBy(p => p.Key));
        Assert.Null(after.DeltaTo(after));
    }

    private static LiveNumbers Numbers(int open, Dictionary<string, SlaCounts> byAgency) => new(
        new SlaCounts(open, 1, 1), byAgency, new Dictionary<string, SlaCounts> { ["lead-agency"] = new(open, 1, 1) }, 0,
        new Dictionary<string, int> { ["infrastructure"] = open }, new Dictionary<string, int>(),
        new Dictionary<string, SatisfactionCounts>(), new Dictionary<string, SatisfactionCounts>(),
        [new DailyCounts(new DateOnly(2026, 5, 12), open, 0, 0)]);
}
