using Ioc.Hub.Live.Broadcast;
using Ioc.Hub.Live.Contract;
using Ioc.Hub.Live.Feed;
using Ioc.Hub.Live.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Ioc.Hub.Live;

/// <summary>
/// The live hub at <see cref="Path"/> for subscribers outside the dashboard's circuits (browser scripts, other
/// systems, the distributed dashboard). Any signed-in user may connect (dashboard cookie or API key,
/// <see cref="HubAuthentication"/>); what it receives depends on the audience it may join. Protocol: docs/live-feed.md.
/// </summary>
[Authorize(AuthenticationSchemes = HubAuthentication.Scheme)]
public sealed class IocHub(LiveFeed feed, LiveGroups groups, ILogger<IocHub> logger) : Hub<IIocClient>
{
    public const string Path = "/hubs/ioc";

    private const string AudienceItem = "ioc:audience";

    /// <summary>
    /// Joins the group of <paramref name="audience"/> (<c>wall</c>, <c>supervisor</c>, <c>leader</c>, <c>agency:{id}</c>),
    /// leaving the one joined before: a connection follows one audience. Refused unless the user's role admits it.
    /// </summary>
    public async Task Subscribe(string audience)
    {
        if (!LiveAudience.TryParse(audience, out var requested))
        {
            throw new HubException($"Unknown audience '{audience}': use wall, supervisor, leader or agency:<id>.");
        }
        if (!requested.Admits(Context.User))
        {
            logger.LogWarning("{User} was refused the live audience {Audience}", Context.User?.Identity?.Name, requested);
            throw new HubException($"Not allowed to subscribe to '{requested}'.");
        }
        if (Context.Items.TryGetValue(AudienceItem, out var joined) && joined is LiveAudience previous)
        {
            if (previous == requested)
            {
                return;
            }
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, groups.GroupOf(previous));
            groups.Leave(previous);
            Context.Items.Remove(AudienceItem);
        }
        await Groups.AddToGroupAsync(Context.ConnectionId, groups.GroupOf(requested));
        groups.Join(requested);
        Context.Items[AudienceItem] = requested;
    }

    /// <summary>
    /// The state of the connection's audience (or, before <see cref="Subscribe"/>, of the widest one the user may join),
    /// at the version the next batch starts from. Subscribe first, then take the snapshot.
    /// </summary>
    public LiveSnapshotDto GetSnapshot()
    {
        var audience = Context.Items.TryGetValue(AudienceItem, out var joined) && joined is LiveAudience subscribed
            ? subscribed
            : LiveAudience.DefaultFor(Context.User) ?? throw new HubException("No live audience is open to this account.");
        return LiveMessages.Snapshot(feed.State, audience, groups.Source);
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        if (Context.Items.TryGetValue(AudienceItem, out var joined) && joined is LiveAudience audience)
        {
            groups.Leave(audience);
        }
        return base.OnDisconnectedAsync(exception);
    }
}
