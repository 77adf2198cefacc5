using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Ioc.Dashboard.Components.Pages.Wall.Models;
using Ioc.Data;
using Ioc.Data.Kiosk;
using Microsoft.EntityFrameworkCore;

namespace Ioc.Dashboard.Kiosk;

/// <summary>A display as the admin page lists it (never its token).</summary>
public sealed record KioskDisplayInfo(
    Guid Id, string Name, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? RevokedAt, DateTimeOffset? LastSeenAt,
    string? LastConnection, WallDisplaySettings Settings)
{
    public bool IsActive => RevokedAt is null;
}

/// <summary>
/// Kiosk tokens of the wall displays: created by an admin (the token is returned once), revoked, looked up by hash at
/// sign-in and re-validated while the display runs; the display's heartbeat and settings (docs/wall.md "Kiosk displays").
/// </summary>
public sealed class KioskDisplays(IDbContextFactory<IocDbContext> contexts, TimeProvider time)
{
    /// <summary>How long an "is it still active" answer is reused by the cookie check on each request.</summary>
    public static readonly TimeSpan ActiveCacheTime = TimeSpan.FromSeconds(10);

    private const int TokenBytes = 32;
    private readonly ConcurrentDictionary<Guid, (bool Active, DateTimeOffset At)> active = new();

    public async Task<(KioskDisplayInfo Display, string Token)> CreateAsync(string name, WallDisplaySettings settings, string createdBy, CancellationToken ct = default)
    {
        var trimmed = name.Trim();
        if (trimmed.Length is 0 or > KioskDisplay.NameMaxLength)
        {
            throw new ArgumentException($"A display name has 1 to {KioskDisplay.NameMaxLength} characters.", nameof(name));
        }
        var token = Base64Url(RandomNumberGenerator.GetBytes(TokenBytes));
        var display = new KioskDisplay
        {
            Id = Guid.CreateVersion7(),
            Name = trimmed,
            TokenHash = Hash(token),
            CreatedAtUtc = time.GetUtcNow().UtcDateTime,
            CreatedBy = createdBy,
        };
        Write(display, settings);
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.KioskDisplays.Add(display);
        await db.SaveChangesAsync(ct);
        return (Info(display), token);
    }

    public async Task<IReadOnlyList<KioskDisplayInfo>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.KioskDisplays.AsNoTracking().ToListAsync(ct);
        return [.. rows.OrderBy(d => d.RevokedAtUtc is not null).ThenBy(d => d.Name, StringComparer.CurrentCulture).Select(Info)];
    }

    public async Task<bool> RevokeAsync(Guid id, string revokedBy, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.KioskDisplays.FindAsync([id], ct) is not { RevokedAtUtc: null } display)
        {
            return false;
        }
        display.RevokedAtUtc = time.GetUtcNow().UtcDateTime;
        display.RevokedBy = revokedBy;
        await db.SaveChangesAsync(ct);
        active[id] = (false, time.GetUtcNow());
        return true;
    }

    public async Task<bool> UpdateSettingsAsync(Guid id, WallDisplaySettings settings, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.KioskDisplays.FindAsync([id], ct) is not { } display)
        {
            return false;
        }
        Write(display, settings);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The active display holding <paramref name="token"/>; null for an unknown or revoked token.</summary>
    public async Task<KioskDisplayInfo?> FindByTokenAsync(string token, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            return null;
        }
        var hash = Hash(token);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var display = await db.KioskDisplays.AsNoTracking().SingleOrDefaultAsync(d => d.TokenHash == hash && d.RevokedAtUtc == null, ct);
        return display is null ? null : Info(display);
    }

    /// <summary>Whether the display may still show the wall; answers within <see cref="ActiveCacheTime"/> are reused.</summary>
    public async Task<bool> IsActiveAsync(Guid id, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        if (active.TryGetValue(id, out var known) && now - known.At < ActiveCacheTime)
        {
            return known.Active;
        }
        await using var db = await contexts.CreateDbContextAsync(ct);
        var isActive = await db.KioskDisplays.AsNoTracking().AnyAsync(d => d.Id == id && d.RevokedAtUtc == null, ct);
        active[id] = (isActive, now);
        return isActive;
    }

    public async Task<WallDisplaySettings> SettingsAsync(Guid id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.KioskDisplays.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct) is { } display ? Read(display) : WallDisplaySettings.Default;
    }

    /// <summary>Records that the display is alive and how its connection stands; false when its token was revoked.</summary>
    public async Task<bool> HeartbeatAsync(Guid id, string connection, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var updated = await db.KioskDisplays
            .Where(d => d.Id == id && d.RevokedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.LastSeenAtUtc, time.GetUtcNow().UtcDateTime).SetProperty(d => d.LastConnection, connection), ct);
        active[id] = (updated == 1, time.GetUtcNow());
        return updated == 1;
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static void Write(KioskDisplay display, WallDisplaySettings s)
    {
        display.Mode = s.Mode.ToString().ToLowerInvariant();
        display.Panels = string.Join(',', s.Panels.Where(WallDisplaySettings.AllPanels.Contains));
        display.RotateSeconds = Math.Clamp(s.RotateSeconds, WallDisplaySettings.MinRotateSeconds, WallDisplaySettings.MaxRotateSeconds);
        display.MapWindow = s.Window.ToString();
        display.Chime = s.Chime;
    }

    private static WallDisplaySettings Read(KioskDisplay d) => new(
        Enum.TryParse<WallMode>(d.Mode, ignoreCase: true, out var mode) ? mode : WallMode.All,
        WallDisplaySettings.ParsePanels(d.Panels),
        Math.Clamp(d.RotateSeconds, WallDisplaySettings.MinRotateSeconds, WallDisplaySettings.MaxRotateSeconds),
        Enum.TryParse<MapWindow>(d.MapWindow, out var window) ? window : MapWindow.AllOpen,
        d.Chime);

    private static KioskDisplayInfo Info(KioskDisplay d) => new(
        d.Id, d.Name, Utc(d.CreatedAtUtc), d.CreatedBy, d.RevokedAtUtc is { } r ? Utc(r) : null, d.LastSeenAtUtc is { } s ? Utc(s) : null,
        d.LastConnection, Read(d));

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
