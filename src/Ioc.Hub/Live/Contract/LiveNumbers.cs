using System.Text.Json;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Projection.Aggregates;
using Ioc.Hub.Sla.Profiles;

namespace Ioc.Hub.Live.Contract;

/// <summary>
/// The live counters of <see cref="LiveSnapshot"/> on the wire, without its emergency list (a client builds that from
/// the emergency cases it holds). Confidential and state-secret cases are counted like any other: a count names no
/// case, and every audience must read the same totals. Holders are keyed kebab-case (<c>lead-agency</c>…).
/// </summary>
public sealed record LiveNumbers(
    SlaCounts Totals,
    IReadOnlyDictionary<string, SlaCounts> ByAgency,
    IReadOnlyDictionary<string, SlaCounts> ByHolder,
    int OpenEmergencyCount,
    IReadOnlyDictionary<string, int> OpenByField,
    IReadOnlyDictionary<string, int> OpenByAdminUnit,
    IReadOnlyDictionary<string, SatisfactionCounts> SatisfactionByAgency,
    IReadOnlyDictionary<string, SatisfactionCounts> SatisfactionByField,
    IReadOnlyList<DailyCounts> Daily)
{
    private static readonly Dictionary<StepHolder, string> HolderNames =
        Enum.GetValues<StepHolder>().ToDictionary(h => h, h => JsonNamingPolicy.KebabCaseLower.ConvertName(h.ToString()));
    private static readonly Dictionary<string, StepHolder> HoldersByName = HolderNames.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static LiveNumbers From(LiveSnapshot s) => new(
        s.Totals, s.ByAgency, s.ByHolder.ToDictionary(p => HolderNames[p.Key], p => p.Value, StringComparer.Ordinal), s.OpenEmergencyCount,
        s.OpenByField, s.OpenByAdminUnit, s.SatisfactionByAgency, s.SatisfactionByField, s.Daily);

    /// <summary>
    /// The <see cref="LiveSnapshot"/> these numbers belong to, its emergency list rebuilt from <paramref name="cases"/>
    /// the way the projection builds it: open emergencies that are not confidential, most urgent first.
    /// </summary>
    public LiveSnapshot ToSnapshot(long version, IReadOnlyDictionary<string, string> positions, DateTimeOffset at, IEnumerable<LiveCase> cases) => new()
    {
        Version = version,
        Positions = positions,
        At = at,
        Totals = Totals,
        ByAgency = ByAgency,
        ByHolder = ByHolder.Where(p => HoldersByName.ContainsKey(p.Key)).ToDictionary(p => HoldersByName[p.Key], p => p.Value),
        OpenEmergencyCount = OpenEmergencyCount,
        Emergencies = Emergencies(cases),
        OpenByField = OpenByField,
        OpenByAdminUnit = OpenByAdminUnit,
        SatisfactionByAgency = SatisfactionByAgency,
        SatisfactionByField = SatisfactionByField,
        Daily = Daily,
    };

    /// <summary>An agency's cut: its own row of the per-agency tables, the province-wide rest.</summary>
    public LiveNumbers ForAgency(string agencyId) => this with
    {
        ByAgency = LiveAudience.Only(ByAgency, agencyId),
        SatisfactionByAgency = LiveAudience.Only(SatisfactionByAgency, agencyId),
    };

    /// <summary>What changed from this to <paramref name="next"/>; null when nothing did.</summary>
    public LiveNumbersDelta? DeltaTo(LiveNumbers next)
    {
        var delta = new LiveNumbersDelta(
            next.Totals == Totals ? null : next.Totals,
            Diff(ByAgency, next.ByAgency),
            Diff(ByHolder, next.ByHolder),
            next.OpenEmergencyCount == OpenEmergencyCount ? null : next.OpenEmergencyCount,
            Diff(OpenByField, next.OpenByField),
            Diff(OpenByAdminUnit, next.OpenByAdminUnit),
            Diff(SatisfactionByAgency, next.SatisfactionByAgency),
            Diff(SatisfactionByField, next.SatisfactionByField),
            next.Daily.SequenceEqual(Daily) ? null : next.Daily);
        return delta.IsEmpty ? null : delta;
    }

    /// <summary>These numbers with <paramref name="delta"/> applied: a zero entry removes its key.</summary>
    public LiveNumbers Apply(LiveNumbersDelta? delta) => delta is null ? this : new(
        delta.Totals ?? Totals,
        Patch(ByAgency, delta.ByAgency),
        Patch(ByHolder, delta.ByHolder),
        delta.OpenEmergencyCount ?? OpenEmergencyCount,
        Patch(OpenByField, delta.OpenByField),
        Patch(OpenByAdminUnit, delta.OpenByAdminUnit),
        Patch(SatisfactionByAgency, delta.SatisfactionByAgency),
        Patch(SatisfactionByField, delta.SatisfactionByField),
        delta.Daily ?? Daily);

    private static List<OpenEmergency> Emergencies(IEnumerable<LiveCase> cases)
    {
        var list = cases
            .Where(c => c.IsEmergency && !c.IsConfidential)
            .Select(c => new OpenEmergency(c.CaseId, c.Code, c.EmergencyCategory, c.Latitude, c.Longitude, c.AdminUnitCode, c.LeadAgencyId,
                c.StepDueAt, Enum.TryParse<SlaStatus>(c.Status, out var status) ? status : null))
            .ToList();
        // The projection's order (LiveSnapshotBuilder): soonest step due first, cases without a clock last, then by id.
        list.Sort((a, b) => a.StepDueAt == b.StepDueAt ? string.CompareOrdinal(a.CaseId, b.CaseId)
            : a.StepDueAt is not { } dueA ? 1 : b.StepDueAt is not { } dueB ? -1 : dueA.CompareTo(dueB));
        return list;
    }

    private static Dictionary<string, T>? Diff<T>(IReadOnlyDictionary<string, T> before, IReadOnlyDictionary<string, T> after) where T : struct
    {
        Dictionary<string, T>? changed = null;
        foreach (var (key, value) in after)
        {
            if (!before.TryGetValue(key, out var old) || !old.Equals(value))
            {
                (changed ??= new(StringComparer.Ordinal))[key] = value;
            }
        }
        foreach (var key in before.Keys)
        {
            if (!after.ContainsKey(key))
            {
                (changed ??= new(StringComparer.Ordinal))[key] = default;
            }
        }
        return changed;
    }

    private static IReadOnlyDictionary<string, T> Patch<T>(IReadOnlyDictionary<string, T> table, IReadOnlyDictionary<string, T>? changes) where T : struct
    {
        if (changes is null || changes.Count == 0)
        {
            return table;
        }
        var patched = new Dictionary<string, T>(table, StringComparer.Ordinal);
        foreach (var (key, value) in changes)
        {
            if (value.Equals(default(T)))
            {
                patched.Remove(key);
            }
            else
            {
                patched[key] = value;
            }
        }
        return patched;
    }
}

/// <summary>
/// The counters that changed in a batch, with their new values; null members did not change. In the tables, a key
/// whose value is all zeros was removed. <see cref="Daily"/>, when present, is the whole window.
/// </summary>
public sealed record LiveNumbersDelta(
    SlaCounts? Totals,
    IReadOnlyDictionary<string, SlaCounts>? ByAgency,
    IReadOnlyDictionary<string, SlaCounts>? ByHolder,
    int? OpenEmergencyCount,
    IReadOnlyDictionary<string, int>? OpenByField,
    IReadOnlyDictionary<string, int>? OpenByAdminUnit,
    IReadOnlyDictionary<string, SatisfactionCounts>? SatisfactionByAgency,
    IReadOnlyDictionary<string, SatisfactionCounts>? SatisfactionByField,
    IReadOnlyList<DailyCounts>? Daily)
{
    internal bool IsEmpty => Totals is null && ByAgency is null && ByHolder is null && OpenEmergencyCount is null && OpenByField is null
        && OpenByAdminUnit is null && SatisfactionByAgency is null && SatisfactionByField is null && Daily is null;
}
