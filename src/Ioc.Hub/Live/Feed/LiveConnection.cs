namespace Ioc.Hub.Live.Feed;

public enum LiveConnectionState
{
    /// <summary>In step with the projection (always, when it runs in this process).</summary>
    Live,
    /// <summary>Showing the last state received; the hub connection is down or resynchronizing since <see cref="LiveConnection.Since"/>.</summary>
    Stale,
    /// <summary>No state received yet: nothing to show.</summary>
    Offline,
}

/// <summary>How current the feed is, and since when it has been so.</summary>
public readonly record struct LiveConnection(LiveConnectionState State, DateTimeOffset? Since)
{
    public static LiveConnection Offline { get; } = new(LiveConnectionState.Offline, null);
}
