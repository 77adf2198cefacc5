using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Ioc.Hub.Live;
using Ioc.Hub.Live.Broadcast;
using Ioc.Hub.Live.Contract;
using Ioc.Hub.Live.Feed;
using Ioc.Hub.Streaming;
using Ioc.Hub.Tests.Live.Support;
using Ioc.Hub.Tests.Projection.Support;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Ioc.Hub.Tests.Live;

/// <summary>
/// The distributed dashboard's side: <see cref="RemoteLiveFeed"/> holds one connection to a real Hub worker and feeds
/// a <see cref="LiveFeed"/> of its own, as the dashboard process does.
/// </summary>
public sealed class RemoteLiveFeedTests
{
    [Fact]
    public async Task RemoteFeedFollowsTheHubAndReloadsTheSnapshotWhenAVersionIsSkipped()
    {
        await using var hub = new LiveHubFactory();
        await ((IAsyncLifetime)hub).InitializeAsync();
        await using var dashboard = await RemoteDashboard.StartAsync(hub.BaseAddress);
        await LiveAssert.EventuallyAsync(() => dashboard.Remote.SnapshotsLoaded == 1 && dashboard.Feed.Connection.State == LiveConnectionState.Live, "the first snapshot is loaded");

        var c = new TestCase($"remote-{Guid.NewGuid():N}");
        var appended = await hub.Services.GetRequiredService<IEventStream>().AppendAsync([c.Received()]);
        Assert.True(appended[0].Succeeded, appended[0].Error);
        var served = hub.Services.GetRequiredService<LiveFeed>();
        await LiveAssert.EventuallyAsync(() => dashboard.Feed.State.Cases.ContainsKey(c.CaseId), "the new case reaches the dashboard's feed");
        await LiveAssert.EventuallyAsync(() => dashboard.Feed.State.Version == served.State.Version, "the dashboard is at the hub's version");
        Assert.Equal(served.State.Numbers.Totals, dashboard.Feed.Current.Totals);
        Assert.Equal(1, dashboard.Remote.SnapshotsLoaded);
        Assert.Contains(dashboard.Updates, u => !u.Reloaded && u.Cases.Any(x => x.CaseId == c.CaseId));

        // A batch that does not start where the dashboard is: it must not be applied, and a fresh snapshot follows.
        var groups = hub.Services.GetRequiredService<LiveGroups>();
        var version = dashboard.Feed.State.Version;
        var phantom = served.State.Cases[c.CaseId] with { CaseId = $"phantom-{Guid.NewGuid():N}" };
        await hub.Services.GetRequiredService<IHubContext<IocHub, IIocClient>>().Clients.Group(groups.GroupOf(LiveAudience.Supervisor))
            .Deltas(new DeltaBatchDto("supervisor", groups.Source, version + 3, version + 4, 1, 1, [phantom], [], null, null, DateTimeOffset.UnixEpoch));

        await LiveAssert.EventuallyAsync(() => dashboard.Remote.SnapshotsLoaded == 2, "the gap makes the dashboard reload the snapshot");
        await LiveAssert.EventuallyAsync(() => dashboard.Updates.Any(u => u.Reloaded && u.ToVersion == version), "circuits are told to reload");
        Assert.False(dashboard.Feed.State.Cases.ContainsKey(phantom.CaseId));
        Assert.Equal(version, dashboard.Feed.State.Version);
        Assert.Equal(LiveConnectionState.Live, dashboard.Feed.Connection.State);
    }

    [Fact]
    public async Task RemoteFeedIsStaleWhileTheHubIsAwayAndResynchronizesAfterReconnecting()
    {
        var port = FreePort();
        await using var first = new PortHubFactory(port);
        await ((IAsyncLifetime)first).InitializeAsync();
        await using var dashboard = await RemoteDashboard.StartAsync(first.BaseAddress);
        await LiveAssert.EventuallyAsync(() => dashboard.Feed.Connection.State == LiveConnectionState.Live, "connected");
        var firstSource = first.Services.GetRequiredService<LiveGroups>().Source;

        await first.DisposeAsync();
        await LiveAssert.EventuallyAsync(() => dashboard.Feed.Connection.State == LiveConnectionState.Stale, "stale once the hub is gone");
        Assert.NotNull(dashboard.Feed.Connection.Since);

        // The same address serves again (a restarted worker): the dashboard reconnects and loads its snapshot.
        await using var second = new PortHubFactory(port);
        await ((IAsyncLifetime)second).InitializeAsync();
        var c = new TestCase($"back-{Guid.NewGuid():N}");
        await LiveAssert.EventuallyAsync(() => dashboard.Remote.SnapshotsLoaded == 2 && dashboard.Feed.Connection.State == LiveConnectionState.Live,
            "live again after the reconnect", TimeSpan.FromSeconds(30));
        Assert.NotEqual(firstSource, second.Services.GetRequiredService<LiveGroups>().Source);
        var appended = await second.Services.GetRequiredService<IEventStream>().AppendAsync([c.Received()]);
        Assert.True(appended[0].Succeeded, appended[0].Error);
        await LiveAssert.EventuallyAsync(() => dashboard.Feed.State.Cases.ContainsKey(c.CaseId), "deltas flow after the reconnect");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class PortHubFactory(int port) : LiveHubFactory(port);

    /// <summary>What a distributed dashboard runs: its own feed, fed by one remote connection; updates recorded as a circuit gets them.</summary>
    private sealed class RemoteDashboard : IAsyncDisposable
    {
        private readonly IDisposable subscription;

        private RemoteDashboard(Uri hub)
        {
            var options = Options.Create(new LiveHubOptions { Url = hub.ToString(), ApiKey = LiveHubFactory.SupervisorKey, UpdateInterval = TimeSpan.FromMilliseconds(50) });
            Feed = new LiveFeed(TimeProvider.System, options, NullLogger<LiveFeed>.Instance);
            Remote = new RemoteLiveFeed(Feed, options, TimeProvider.System, NullLogger<RemoteLiveFeed>.Instance);
            subscription = Feed.Subscribe(LiveAudience.Supervisor, update =>
            {
                Updates.Enqueue(update);
                return Task.CompletedTask;
            });
        }

        public LiveFeed Feed { get; }
        public RemoteLiveFeed Remote { get; }
        public ConcurrentQueue<LiveUpdate> Updates { get; } = new();

        public static async Task<RemoteDashboard> StartAsync(Uri hub)
        {
            var dashboard = new RemoteDashboard(hub);
            await dashboard.Feed.StartAsync(CancellationToken.None);
            await dashboard.Remote.StartAsync(CancellationToken.None);
            return dashboard;
        }

        public async ValueTask DisposeAsync()
        {
            subscription.Dispose();
            await Remote.StopAsync(CancellationToken.None);
            await Feed.StopAsync(CancellationToken.None);
            Remote.Dispose();
            Feed.Dispose();
        }
    }
}
