namespace Ioc.Data.Kiosk;

/// <summary>
/// A wall display signed in by a revocable token rather than a password (docs/wall.md "Kiosk displays"). Only the
/// token's SHA-256 is stored: the token itself is shown once, as the URL to open on the display. The display's own
/// settings (panel, playlist, map window, chime) live here too, so the screen needs no keyboard.
/// </summary>
public sealed class KioskDisplay
{
    public const int NameMaxLength = 100;
    public const int TokenHashLength = 64;

    public Guid Id { get; set; }
    public required string Name { get; set; }
    /// <summary>Lower-case hex SHA-256 of the token.</summary>
    public required string TokenHash { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime? RevokedAtUtc { get; set; }
    public string? RevokedBy { get; set; }

    /// <summary>The last heartbeat of the display's wall page, and the connection state it reported then.</summary>
    public DateTime? LastSeenAtUtc { get; set; }
    public string? LastConnection { get; set; }

    /// <summary><c>all</c> (the whole wall), <c>panel</c> (one panel full screen) or <c>playlist</c> (panels in turn).</summary>
    public string Mode { get; set; } = "all";
    /// <summary>Panel keys, comma-separated: the one panel (mode <c>panel</c>) or the playlist's order.</summary>
    public string Panels { get; set; } = "";
    public int RotateSeconds { get; set; } = 30;
    /// <summary>The map's time window: <c>LastHour</c>, <c>Last6Hours</c>, <c>Last24Hours</c> or <c>AllOpen</c>.</summary>
    public string MapWindow { get; set; } = "AllOpen";
    public bool Chime { get; set; } = true;
}
