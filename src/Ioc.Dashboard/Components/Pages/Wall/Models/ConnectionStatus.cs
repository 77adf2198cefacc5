namespace Ioc.Dashboard.Components.Pages.Wall.Models;

/// <summary>How fresh the wall's data is.</summary>
public enum WallConnection
{
    /// <summary>Updates arrive.</summary>
    Live,
    /// <summary>Updates stopped arriving; the numbers shown are those of <see cref="ConnectionStatus.Since"/>.</summary>
    Stale,
    /// <summary>No data source for a long time.</summary>
    Offline,
}

/// <param name="Since">The last good update (Stale, Offline); null when there was none.</param>
public sealed record ConnectionStatus(WallConnection State, DateTimeOffset? Since = null)
{
    public static readonly ConnectionStatus Live = new(WallConnection.Live);
}
