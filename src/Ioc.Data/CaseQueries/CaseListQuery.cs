using Ioc.Data.Cases;
using Microsoft.EntityFrameworkCore;

namespace Ioc.Data.CaseQueries;

/// <summary>
/// The console's case list on the server: filters, order and one page, with the total. Every filter is a plain
/// column comparison the indexes of <c>CaseRecordConfiguration</c> serve, so it stays fast at 200 000 cases
/// (docs/BENCHMARKS.md "Console case list").
/// </summary>
public static class CaseListQuery
{
    public const int MaxPageSize = 200;

    // Việt Nam has kept UTC+7 without daylight saving since 1975: a calendar day starts at 17:00 UTC the day before.
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    /// <summary>The cases <paramref name="filter"/> selects out of <paramref name="cases"/> (already cut to what the viewer may see).</summary>
    public static IQueryable<CaseRecord> Apply(IQueryable<CaseRecord> cases, CaseListFilter filter, bool caseInsensitiveLike)
    {
        cases = cases.Where(c => !c.IsStateSecret);
        if (filter.ProfileId is { } profile)
            cases = cases.Where(c => c.ProfileId == profile);
        cases = filter.State switch
        {
            CaseListState.Open => cases.Where(c => c.ClosedAtUtc == null),
            CaseListState.DueSoon => cases.Where(c => c.ClosedAtUtc == null && c.SlaStatus == "DueSoon"),
            CaseListState.Overdue => cases.Where(c => c.ClosedAtUtc == null && c.SlaStatus == "Overdue"),
            CaseListState.Closed => cases.Where(c => c.ClosedAtUtc != null),
            _ => cases,
        };
        if (filter.AgencyId is { } agency)
            cases = cases.Where(c => c.LeadAgencyId == agency);
        if (filter.Step is { } step)
            cases = cases.Where(c => c.CurrentStep == step);
        if (filter.Field is { } field)
            cases = cases.Where(c => c.FieldCode == field);
        if (filter.Channel is { } channel)
            cases = cases.Where(c => c.Channel == channel);
        if (filter.Unit is { } unit)
            cases = cases.Where(c => c.AdminUnitCode == unit);
        if (filter.Emergency is { } emergency)
            cases = cases.Where(c => c.IsEmergency == emergency);
        if (filter.From is { } from)
        {
            var start = StartOfVietnamDay(from);
            cases = cases.Where(c => c.ReceivedAtUtc >= start);
        }
        if (filter.To is { } to)
        {
            var end = StartOfVietnamDay(to.AddDays(1));
            cases = cases.Where(c => c.ReceivedAtUtc < end);
        }
        if (Search(filter.Query) is { } query)
        {
            var code = query.ToUpperInvariant();
            var pattern = "%" + EscapeLike(query) + "%";
            cases = caseInsensitiveLike
                ? cases.Where(c => c.Code == code || EF.Functions.ILike(c.Description, pattern, "\\"))
                : cases.Where(c => c.Code == code || EF.Functions.Like(c.Description, pattern, "\\"));
        }
        return cases;
    }

    public static IOrderedQueryable<CaseRecord> Order(IQueryable<CaseRecord> cases, CaseListSort sort) => sort switch
    {
        CaseListSort.ReceivedAsc => cases.OrderBy(c => c.ReceivedAtUtc).ThenBy(c => c.Id),
        // Cases without a running clock go last.
        CaseListSort.DueAsc => cases.OrderBy(c => c.StepDueAtUtc == null).ThenBy(c => c.StepDueAtUtc).ThenBy(c => c.Id),
        CaseListSort.CodeAsc => cases.OrderBy(c => c.Code),
        _ => cases.OrderByDescending(c => c.ReceivedAtUtc).ThenByDescending(c => c.Id),
    };

    /// <summary>One page of the list and the number of cases the filter selects.</summary>
    public static async Task<CaseListPage> PageAsync(
        IocDbContext db, IQueryable<CaseRecord> visible, CaseListFilter filter, CaseListSort sort, int skip, int take, CancellationToken ct = default)
    {
        var filtered = Apply(visible, filter, db.Database.IsNpgsql());
        var total = await filtered.CountAsync(ct);
        var rows = await Order(filtered, sort)
            .Skip(Math.Max(0, skip))
            .Take(Math.Clamp(take, 1, MaxPageSize))
            .Select(c => new CaseListRow(c.Id, c.Code, c.ReceivedAtUtc, c.FieldCode, c.AdminUnitCode, c.Channel, c.Stage, c.CurrentStep,
                c.LeadAgencyId, c.Holder, c.SlaStatus, c.StepDueAtUtc, c.LateByMinutes, c.IsEmergency, c.IsConfidential, c.ClosedAtUtc))
            .ToListAsync(ct);
        return new CaseListPage(rows, total);
    }

    /// <summary>The UTC instant a Vietnam calendar day starts.</summary>
    public static DateTime StartOfVietnamDay(DateOnly day) =>
        DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue) - VietnamOffset, DateTimeKind.Utc);

    private static string? Search(string? query)
    {
        var trimmed = query?.Trim();
        if (string.IsNullOrEmpty(trimmed))
            return null;
        return trimmed.Length > CaseListFilter.MaxQueryLength ? trimmed[..CaseListFilter.MaxQueryLength] : trimmed;
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
