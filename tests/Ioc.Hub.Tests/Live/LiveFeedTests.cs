using System.Collections.Concurrent;
using System.Collections.Immutable;
using Ioc.Hub.Live;
using Ioc.Hub.Live.Contract;
using Ioc.Hub.Live.Feed;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Ioc.Hub.Tests.Live;

/// <summary>The in-process feed on a clock the test moves: coalescing, ordering and what each audience is told.</summary>
public sealed class LiveFeedTests : IAsyncLifetime
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 5, 12, 3, 0, 0, TimeSpan.Zero));
    private readonly LiveFeed feed;

    public LiveFeedTests() =>
        feed = new LiveFeed(time, Options.Create(new LiveHubOptions { UpdateInterval = Interval }), NullLogger<LiveFeed>.Instance);

    public Task InitializeAsync() => feed.StartAsync(CancellationToken.None);

    public async Task DisposeAsync()
    {
        await feed.StopAsync(CancellationToken.None);
        feed.Dispose();
    }

    [Fact]
    public async Task ChangesWithinOneIntervalReachASubscriberAsOneUpdate()
    {
        var updates = Record(LiveAudience.Supervisor);
        feed.Reset(State(1));
        await WaitForAsync(updates, 1);
        Assert.True(updates.Single().Reloaded);

        // Leading edge: the first change after a quiet interval goes out at once.
        time.Advance(Interval);
        Advance(1, 2, ("a", LiveAudienceTests.Case("a", "kh-sxd")));
        await WaitForAsync(updates, 2);
        for (var v = 2; v < 12; v++)
        {
            Advance(v, v + 1, ("a", LiveAudienceTests.Case("a", "kh-sxd") with { Status = v % 2 == 0 ? "DueSoon" : "Overdue" }), ($"n{v}", LiveAudienceTests.Case($"n{v}")));
        }
        await Task.Delay(100);
        Assert.Equal(2, updates.Count);

        time.Advance(Interval);
        var update = (await WaitForAsync(updates, 3))[2];
        Assert.Equal((2, 12, false), (update.FromVersion, update.ToVersion, update.Reloaded));
        Assert.Equal(11, update.Cases.Count);
        Assert.Equal("Overdue", update.Cases.Single(c => c.CaseId == "a").Status);
        Assert.Equal(12, feed.View(LiveAudience.Supervisor).Version);
    }

    [Fact]
    public async Task CaseReRoutedElsewhereIsRemovedForItsFormerAgencyAndAConfidentialOneIsNeverNamedToTheWall()
    {
        var former = Record(LiveAudience.Agency("kh-sxd"));
        var wall = Record(LiveAudience.Wall);
        feed.Reset(State(1, LiveAudienceTests.Case("moved", "kh-sxd"), LiveAudienceTests.Case("secret", "kh-sxd", confidential: true)));
        await WaitForAsync(former, 1);
        Assert.Equal(["moved", "secret"], feed.View(LiveAudience.Agency("kh-sxd")).Cases.Keys.Order());
        Assert.Equal(["moved"], feed.View(LiveAudience.Wall).Cases.Keys);

        time.Advance(Interval);
        Advance(1, 2, ("moved", LiveAudienceTests.Case("moved", "kh-other")), ("secret", null));
        var update = (await WaitForAsync(former, 2))[1];
        Assert.Empty(update.Cases);
        Assert.Equal(["moved", "secret"], update.Removed.Order());
        var wallUpdate = (await WaitForAsync(wall, 2))[1];
        Assert.Equal(["moved"], wallUpdate.Cases.Select(c => c.CaseId));
        Assert.Empty(wallUpdate.Removed);
    }

    [Fact]
    public void StepThatDoesNotFollowTheCurrentVersionIsAGapAndAnOlderOneIsIgnored()
    {
        feed.Reset(State(5));
        Assert.Equal(AdvanceOutcome.Gap, feed.Advance(6, 7, [], cases => State(7).Numbers));
        Assert.Equal(AdvanceOutcome.Stale, feed.Advance(4, 5, [], cases => State(5).Numbers));
        Assert.Equal(AdvanceOutcome.Applied, feed.Advance(5, 6, [], cases => State(6).Numbers));
        Assert.Equal(6, feed.Version);
    }

    private ConcurrentQueue<LiveUpdate> Record(LiveAudience audience)
    {
        var updates = new ConcurrentQueue<LiveUpdate>();
        feed.Subscribe(audience, u =>
        {
            updates.Enqueue(u);
            return Task.CompletedTask;
        });
        return updates;
    }

    private void Advance(long from, long to, params (string Id, LiveCase? After)[] changes) =>
        Assert.Equal(AdvanceOutcome.Applied, feed.Advance(from, to, changes.Select(c => KeyValuePair.Create(c.Id, c.After)), _ => State(to).Numbers));

    private LiveState State(long version, params LiveCase[] cases) =>
        new(LiveState.Empty(time.GetUtcNow()).Numbers with { Version = version }, cases.ToImmutableDictionary(c => c.CaseId, StringComparer.Ordinal));

    private static async Task<List<LiveUpdate>> WaitForAsync(ConcurrentQueue<LiveUpdate> updates, int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        while (updates.Count < count)
        {
            await Task.Delay(5, timeout.Token);
        }
        return [.. updates];
    }
}
