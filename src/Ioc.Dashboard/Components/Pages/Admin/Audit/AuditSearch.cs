using Ioc.Dashboard.Localization;
using Ioc.Data;
using Ioc.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace Ioc.Dashboard.Components.Pages.Admin.Audit;

/// <summary>What the audit page filters on; dates are Việt Nam calendar days, both ends included.</summary>
public sealed record AuditFilter(string? User, string? Action, string? CaseCode, DateOnly? From, DateOnly? To);

public sealed record AuditResults(IReadOnlyList<AuditEntry> Entries, int Total);

/// <summary>
/// Server-side search of the audit log, newest first, one page at a time. A case code is matched in the target and
/// the details, because reveals and reminders name the case there (e.g. <c>case:KH-2026-000123</c>).
/// </summary>
public sealed class AuditSearch(IDbContextFactory<IocDbContext> contexts)
{
    public const int PageSize = 25;
    public const int FilterMaxLength = 100;

    public async Task<AuditResults> SearchAsync(AuditFilter filter, int page, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = db.AuditEntries.AsNoTracking();
        if (filter.User?.Trim() is { Length: > 0 } user)
            query = query.Where(a => a.UserName.ToLower().Contains(user.ToLower()));
        if (filter.Action?.Trim() is { Length: > 0 } action)
            query = query.Where(a => a.Action.StartsWith(action));
        if (filter.CaseCode?.Trim() is { Length: > 0 } code)
            query = query.Where(a => a.Target.Contains(code) || (a.Details != null && a.Details.Contains(code)));
        if (filter.From is { } from)
            query = query.Where(a => a.AtUtc >= StartUtc(from));
        if (filter.To is { } to)
            query = query.Where(a => a.AtUtc < StartUtc(to.AddDays(1)));
        var total = await query.CountAsync(ct);
        var entries = await query.OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id)
            .Skip(Math.Max(0, page) * PageSize).Take(PageSize).ToListAsync(ct);
        return new AuditResults(entries, total);
    }

    /// <summary>The distinct actions logged so far, for the filter's list.</summary>
    public async Task<IReadOnlyList<string>> ActionsAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.AuditEntries.AsNoTracking().Select(a => a.Action).Distinct().OrderBy(a => a).ToListAsync(ct);
    }

    /// <summary>Midnight of a Việt Nam day as a UTC instant (instants are stored in UTC, converted at the edges).</summary>
    public static DateTime StartUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), DisplayTime.Zone);
}
