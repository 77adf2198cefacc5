using Ioc.Data;
using Ioc.Data.Audit;
using Ioc.Data.Calendar;
using Ioc.Hub.Sla.Calendar;
using Ioc.Hub.Sla.Profiles;
using Microsoft.EntityFrameworkCore;

namespace Ioc.Hub.Sla.CalendarEdits;

/// <summary>
/// Administrators' holidays and make-up working days: checked against the year as it stands, stored with an audit
/// entry in one transaction, then put in force for the SLA engine at once (<see cref="RefreshAsync"/>). Other
/// processes pick the change up within <see cref="CalendarEditRefresher"/>'s period. See docs/calendar.md.
/// </summary>
public sealed class CalendarEdits(
    IDbContextFactory<IocDbContext> contexts, ProfileCatalog catalog, TimeProvider time, ILogger<CalendarEdits> logger)
{
    public const string AddHolidayAction = "calendar.add-holiday";
    public const string AddMakeUpDayAction = "calendar.add-make-up-day";
    public const string RemoveAction = "calendar.remove";

    private readonly SemaphoreSlim refreshing = new(1, 1);
    private IReadOnlyList<CalendarOverride> applied = [];

    /// <summary>The year as the engine sees it now (files plus edits).</summary>
    public HolidayYear Year(int year) => catalog.Holidays.GetYear(year);

    /// <summary>The year as shipped, to tell file days from administrators' days.</summary>
    public HolidayYear ShippedYear(int year) => catalog.ShippedHolidays.GetYear(year);

    public async Task<IReadOnlyList<CalendarOverride>> ListAsync(int year, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        return await db.CalendarOverrides.AsNoTracking()
            .Where(o => o.FirstDate >= first && o.FirstDate <= last).OrderBy(o => o.FirstDate).ToListAsync(ct);
    }

    /// <exception cref="CalendarEditException">The holiday breaks a rule of <see cref="CalendarEditRules.CheckHoliday"/>.</exception>
    /// <param name="year">The year being edited: every date must fall in it.</param>
    public Task<CalendarOverride> AddHolidayAsync(int year, DateOnly first, DateOnly last, string name, string user, CancellationToken ct = default) =>
        AddAsync(year, CalendarOverrideKinds.Holiday, first, last, name, user,
            year => CalendarEditRules.CheckHoliday(year, first, last, name), AddHolidayAction, ct);

    /// <exception cref="CalendarEditException">The day breaks a rule of <see cref="CalendarEditRules.CheckMakeUpDay"/>.</exception>
    public Task<CalendarOverride> AddMakeUpDayAsync(int year, DateOnly date, string name, string user, CancellationToken ct = default) =>
        AddAsync(year, CalendarOverrideKinds.MakeUpWorkingDay, date, date, name, user,
            year => CalendarEditRules.CheckMakeUpDay(year, date, name), AddMakeUpDayAction, ct);

    /// <summary>Removes an administrator's day (shipped days are data files and stay); false when there is no such edit.</summary>
    public async Task<bool> RemoveAsync(Guid id, string user, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            var row = await db.CalendarOverrides.SingleOrDefaultAsync(o => o.Id == id, ct);
            if (row is null)
                return false;
            db.CalendarOverrides.Remove(row);
            db.AuditEntries.Add(Audit(RemoveAction, row, user));
            await db.SaveChangesAsync(ct);
        }
        await RefreshAsync(ct);
        return true;
    }

    /// <summary>Reads every edit and, when they changed, puts the shipped schedule plus them in force.</summary>
    public async Task RefreshAsync(CancellationToken ct = default)
    {
        await refreshing.WaitAsync(ct);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var rows = await db.CalendarOverrides.AsNoTracking().OrderBy(o => o.FirstDate).ThenBy(o => o.Id).ToListAsync(ct);
            if (Same(rows, applied))
                return;
            var merged = CalendarMerge.Apply(catalog.ShippedHolidays, rows, out var skipped);
            catalog.UseHolidays(merged);
            applied = rows;
            logger.LogInformation("Working calendar: {Count} administrator edits in force", rows.Count);
            if (skipped > 0)
                logger.LogWarning("Working calendar: {Skipped} days of administrator edits are already listed by the shipped files, which win", skipped);
        }
        finally
        {
            refreshing.Release();
        }
    }

    private async Task<CalendarOverride> AddAsync(int year, string kind, DateOnly first, DateOnly last, string name, string user,
        Func<HolidayYear, IReadOnlyList<CalendarEditProblem>> check, string action, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        // Another process may have edited the year: check against the stored edits, not only this process's view.
        await RefreshAsync(ct);
        var problems = CalendarEditRules.IsSupportedYear(year)
            ? check(Year(year))
            : [new CalendarEditProblem("first", CalendarEditError.YearNotSupported)];
        if (problems.Count > 0)
            throw new CalendarEditException(problems);

        var row = new CalendarOverride
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            Kind = kind,
            FirstDate = first,
            LastDate = last,
            Name = name.Trim(),
            CreatedAtUtc = time.GetUtcNow().UtcDateTime,
            CreatedBy = user,
        };
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            db.CalendarOverrides.Add(row);
            db.AuditEntries.Add(Audit(action, row, user));
            await db.SaveChangesAsync(ct);
        }
        await RefreshAsync(ct);
        return row;
    }

    private AuditEntry Audit(string action, CalendarOverride row, string user) => new()
    {
        AtUtc = time.GetUtcNow().UtcDateTime,
        UserName = user,
        Action = action,
        Target = $"calendar:{row.FirstDate:yyyy-MM-dd}",
        Details = $"kind={row.Kind}; from={row.FirstDate:yyyy-MM-dd}; to={row.LastDate:yyyy-MM-dd}; name={row.Name}",
    };

    private static bool Same(IReadOnlyList<CalendarOverride> a, IReadOnlyList<CalendarOverride> b) =>
        a.Count == b.Count && a.Zip(b).All(p => p.First.Id == p.Second.Id && p.First.Name == p.Second.Name
            && p.First.FirstDate == p.Second.FirstDate && p.First.LastDate == p.Second.LastDate && p.First.Kind == p.Second.Kind);
}
