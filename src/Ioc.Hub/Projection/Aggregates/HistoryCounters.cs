using System.Runtime.InteropServices;
using Ioc.Hub.Sla.Calendar;
using Ioc.Hub.Sla.Profiles;

namespace Ioc.Hub.Projection.Aggregates;

/// <summary>
/// The numbers that need closed cases too (satisfaction, received/resolved per day). Memory holds open cases only, so
/// these are counted once from the store at start-up and then kept by difference: when a case changes, its old
/// contribution is taken out and its new one put in. Not thread-safe: <see cref="ProjectionMemory"/> guards it.
/// </summary>
internal sealed class HistoryCounters(ProfileCatalog catalog)
{
    private readonly Dictionary<string, SatisfactionCounts> byAgency = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SatisfactionCounts> byField = new(StringComparer.Ordinal);
    private readonly Dictionary<DateOnly, DailyCounts> byDay = [];

    public IReadOnlyDictionary<string, SatisfactionCounts> ByAgency => byAgency;
    public IReadOnlyDictionary<string, SatisfactionCounts> ByField => byField;

    /// <summary>Replaces a case's contribution: <paramref name="old"/> out (if any), <paramref name="current"/> in.</summary>
    public void Replace(ProjectedCase? old, ProjectedCase current)
    {
        if (old is not null)
        {
            Add(old, -1);
        }
        Add(current, +1);
    }

    public void AddRating(string profileId, string? leadAgencyId, string fieldCode, string? rating, int count)
    {
        // A rating outside the case's scale cannot be told satisfied or not; the state machine never applies one.
        if (rating is null || !catalog.TryGet(profileId, out var planner) || planner.Profile.FindRating(rating) is not { } level)
        {
            return;
        }
        var (satisfied, unsatisfied) = level.Satisfied ? (count, 0) : (0, count);
        Bump(byAgency, leadAgencyId ?? SnapshotNames.OperationsCenter, satisfied, unsatisfied);
        Bump(byField, fieldCode, satisfied, unsatisfied);
    }

    public void AddDays(DateTimeOffset receivedAt, DateTimeOffset? resolvedAt, bool onTime, int count)
    {
        ref var received = ref CollectionsMarshal.GetValueRefOrAddDefault(byDay, VietnamDate(receivedAt), out _);
        received = received with { Received = received.Received + count };
        if (resolvedAt is { } resolved)
        {
            var day = VietnamDate(resolved);
            ref var counts = ref CollectionsMarshal.GetValueRefOrAddDefault(byDay, day, out _);
            counts = counts with { Resolved = counts.Resolved + count, ResolvedOnTime = counts.ResolvedOnTime + (onTime ? count : 0) };
        }
    }

    /// <summary>The <paramref name="days"/> days ending with <paramref name="today"/>, oldest first, zeros included.</summary>
    public DailyCounts[] Window(DateOnly today, int days)
    {
        var window = new DailyCounts[days];
        for (var i = 0; i < days; i++)
        {
            var date = today.AddDays(i - days + 1);
            window[i] = byDay.TryGetValue(date, out var counts) ? counts with { Date = date } : new DailyCounts(date, 0, 0, 0);
        }
        return window;
    }

    public static DateOnly VietnamDate(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, WorkingCalendar.VietnamTime).DateTime);

    private void Add(ProjectedCase c, int sign)
    {
        var s = c.State;
        AddRating(s.ProfileId, s.LeadAgencyId, s.FieldCode, s.Rating, sign);
        AddDays(s.ReceivedAt, s.ResolvedAt, c.ResolvedOnTime, sign);
    }

    private static void Bump(Dictionary<string, SatisfactionCounts> counts, string key, int satisfied, int unsatisfied)
    {
        ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _);
        entry = new SatisfactionCounts(entry.Satisfied + satisfied, entry.Unsatisfied + unsatisfied);
        if (entry.Total == 0)
        {
            counts.Remove(key);
        }
    }
}
