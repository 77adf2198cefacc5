using Ioc.Hub.Projection;
using Ioc.Hub.Tests.Projection.Support;
using Ioc.Hub.Tests.Support.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ioc.Hub.Tests.Projection;

/// <summary>The in-process deltas the hub and the circuits consume: after the commit, in order, never blocking the projection.</summary>
public sealed class CaseChangeNotificationTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    [Fact]
    public async Task EachCommittedBatchIsAnnouncedOnceWithTheCasesItChangedAndTheNextVersion()
    {
        var notifier = new CaseChangeNotifier(NullLogger<CaseChangeNotifier>.Instance);
        var received = new List<ProjectionChanged>();
        using var subscription = notifier.Subscribe(change =>
        {
            lock (received)
            {
                received.Add(change);
            }
            return Task.CompletedTask;
        });
        using var projection = ProjectionHarness.Create(database, ProjectionHarness.Clock(), notifier);
        await projection.InitializeAsync();
        var feed = new EventFeed();
        var c = new TestCase($"note-{Guid.NewGuid():N}") { Lead = "kh-sxd" };

        var first = new[] { feed.Entry(c.Received()), feed.Entry(c.After(TimeSpan.FromHours(1)).Routed()) };
        await projection.ProjectAsync(first);
        await projection.ProjectAsync([feed.Entry(c.After(TimeSpan.FromHours(1)).Accepted())]);
        await WaitAsync(() => received.Count == 3);

        // The first announcement is the load itself: no case, a version to start from.
        Assert.Empty(received[0].Changes);
        Assert.Equal([received[0].Version + 1, received[0].Version + 2], received.Skip(1).Select(r => r.Version));
        var routed = Assert.Single(received[1].Changes);
        // Routed Mon 04/05 09:00, 1 working day to accept (000 Điều 7.1.a): long overdue at Tue 12/05 10:00.
        Assert.Equal((c.CaseId, (string?)null, "Overdue", "routed", "kh-sxd", first[1].Position), (routed.CaseId, routed.OldStatus, routed.NewStatus, routed.Stage, routed.Holder, routed.Position));
        var accepted = Assert.Single(received[2].Changes);
        Assert.Equal(("Overdue", "Overdue", "accepted"), (accepted.OldStatus, accepted.NewStatus, accepted.Stage));
        Assert.Equal(feed.LastPosition, received[2].Positions[feed.Stream]);
        Assert.Equal(received[2].Version, projection.Aggregates.Current.Version);
    }

    [Fact]
    public async Task ASlowSubscriberLosesTheOldestDeltasAndSeesTheGapWhileOthersGetEverything()
    {
        var notifier = new CaseChangeNotifier(NullLogger<CaseChangeNotifier>.Instance);
        var gate = new TaskCompletionSource();
        var slow = new List<long>();
        var fast = new List<long>();
        using var blocked = notifier.Subscribe(async change =>
        {
            await gate.Task;
            lock (slow)
            {
                slow.Add(change.Version);
            }
        });
        using var failing = notifier.Subscribe(_ => throw new InvalidOperationException("a closed circuit"));
        using var quick = notifier.Subscribe(change =>
        {
            lock (fast)
            {
                fast.Add(change.Version);
            }
            return Task.CompletedTask;
        });

        var total = CaseChangeNotifier.QueueCapacity + 50;
        for (var version = 1; version <= total; version++)
        {
            notifier.Publish(new ProjectionChanged(version, new Dictionary<string, string>(), []));
            if (version % 50 == 0 || version == total)
            {
                // Batches come milliseconds apart: a subscriber that keeps up loses nothing.
                await WaitAsync(() =>
                {
                    lock (fast)
                    {
                        return fast.Count == version;
                    }
                });
            }
        }
        gate.SetResult();
        await WaitAsync(() =>
        {
            lock (slow)
            {
                return slow.Count > 0 && slow[^1] == total;
            }
        });

        Assert.Equal(Enumerable.Range(1, total).Select(v => (long)v), fast);
        // The slow one lost the oldest deltas, kept the newest in order, and can tell from the versions that it missed some.
        Assert.InRange(slow.Count, CaseChangeNotifier.QueueCapacity, CaseChangeNotifier.QueueCapacity + 1);
        Assert.Equal(slow.Order(), slow);
        Assert.True(slow.Zip(slow.Skip(1)).Any(pair => pair.Second != pair.First + 1) || slow[0] > 1);
    }

    private static async Task WaitAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting for the notifications");
            await Task.Delay(5);
        }
    }
}
