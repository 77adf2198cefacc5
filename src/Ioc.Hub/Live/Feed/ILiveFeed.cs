namespace Ioc.Hub.Live.Feed;

/// <summary>
/// The live state for Blazor components, in-process (STYLE "Redis and SignalR": a component never opens a hub
/// connection to its own process). Embedded, the projection feeds it; distributed, the dashboard's one
/// <see cref="RemoteLiveFeed"/> connection does. Same updates either way, coalesced to at most four a second.
/// </summary>
public interface ILiveFeed
{
    /// <summary>The latest numbers delivered; the same for every audience but an agency (see <see cref="LiveAudience.Cut(Projection.Aggregates.LiveSnapshot)"/>).</summary>
    Projection.Aggregates.LiveSnapshot Current { get; }

    /// <summary>Live, stale since an instant, or offline (distributed mode before the first snapshot).</summary>
    LiveConnection Connection { get; }

    /// <summary>Everything <paramref name="audience"/> may see, at the version of <see cref="Current"/>.</summary>
    LiveView View(LiveAudience audience);

    /// <summary>
    /// Calls <paramref name="handler"/> for every later update, one at a time, in order, cut for <paramref name="audience"/>;
    /// a slow handler gets merged updates, never a backlog. Dispose to stop (with the component).
    /// </summary>
    IDisposable Subscribe(LiveAudience audience, Func<LiveUpdate, Task> handler);
}
