using Ioc.Hub.Tests.Projection.Support;
using Ioc.Hub.Tests.Support.Storage;

namespace Ioc.Hub.Tests.Projection;

/// <summary>
/// Two workers over one PostgreSQL store, each projecting its own partition: the other's commits reach a worker's
/// memory and numbers through <see cref="Hub.Projection.CaseProjection.RefreshOthersAsync"/>, and only when there is
/// something new.
/// </summary>
public sealed class SharedRefreshTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>
{
    [Fact]
    public async Task AWorkerTakesInWhatAnotherCommittedToAPartitionItDoesNotHold()
    {
        var time = ProjectionHarness.Clock();
        using var mine = await ProjectionHarness.StartAsync(database, time);
        using var theirs = await ProjectionHarness.StartAsync(database, time);
        var myFeed = new EventFeed($"ioc:events:{Guid.NewGuid():N}");
        var theirFeed = new EventFeed($"ioc:events:{Guid.NewGuid():N}");
        HashSet<string> own = [myFeed.Stream];
        var ours = new TestCase($"share-mine-{Guid.NewGuid():N}");
        await mine.ProjectAsync([myFeed.Entry(ours.Received())]);
        Assert.False(await mine.RefreshOthersAsync(own));

        var other = new TestCase($"share-theirs-{Guid.NewGuid():N}");
        await theirs.ProjectAsync(theirFeed.Entries([other.Received(), other.After(TimeSpan.FromMinutes(5)).Routed()]));
        var openBefore = mine.Aggregates.Current.Totals.Open;
        Assert.False(mine.Memory.TryGet(other.CaseId, out _));

        Assert.True(await mine.RefreshOthersAsync(own));

        Assert.True(mine.Memory.TryGet(other.CaseId, out var taken));
        Assert.Equal(Hub.Cases.CaseStage.Routed, taken.State.Stage);
        Assert.True(mine.Memory.TryGet(ours.CaseId, out _));
        Assert.Equal(openBefore + 1, mine.Aggregates.Current.Totals.Open);
        Assert.Equal(theirFeed.LastPosition, mine.Memory.Positions()[theirFeed.Stream]);
        // Nothing new since: no second reload.
        Assert.False(await mine.RefreshOthersAsync(own));
    }
}
