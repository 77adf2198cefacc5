using Ioc.Hub.Live;
using Ioc.Hub.Live.Feed;

namespace Ioc.Hub.Api;

/// <summary>
/// <c>GET /api/live/status</c>: the province totals this process's live feed holds right now and whether it is live,
/// for operators and for scripts/distributed.sh --check, which compares every dashboard with the database. Counts
/// only, no case; signed-in wall, supervisor, leader or admin (a hub key on a worker, the cookie in a dashboard).
/// </summary>
public static class LiveStatusEndpoints
{
    public const string Path = "/api/live/status";

    public static IEndpointRouteBuilder MapLiveStatusApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (ILiveFeed feed) =>
        {
            var current = feed.Current;
            return TypedResults.Ok(new LiveStatus(feed.Connection.State.ToString().ToLowerInvariant(), current.Version,
                current.Totals.Open, current.Totals.DueSoon, current.Totals.Overdue, current.OpenEmergencyCount));
        }).WithTags("Live").RequireAuthorization(p => p.RequireRole(HubRoles.Wall, HubRoles.Supervisor, HubRoles.Leader, HubRoles.Admin));
        return app;
    }
}

/// <summary>The live feed's totals: <see cref="Connection"/> is <c>live</c>, <c>stale</c> or <c>offline</c>.</summary>
public sealed record LiveStatus(string Connection, long Version, int Open, int DueSoon, int Overdue, int OpenEmergencies);
