using System.Reflection;
using System.Text.Json;
using Ioc.Data.Cases;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Projection;
using Ioc.Hub.Projection.Aggregates;

namespace Ioc.Hub.Tests.Projection.Support;

/// <summary>Equality of live snapshots, projected cases and stored rows, with messages that name what differs.</summary>
internal static class SnapshotAssert
{
    private static readonly JsonSerializerOptions Json = new(CaseEventJson.Options) { WriteIndented = true };

    /// <summary>Every number of two snapshots, ignoring the version (how many batches it took) when asked to.</summary>
    public static void SameNumbers(LiveSnapshot expected, LiveSnapshot actual, bool compareVersion = false)
    {
        Assert.Equal(Canonical(expected, compareVersion), Canonical(actual, compareVersion));
    }

    /// <summary>The same open cases with the same states, deadlines and annotation ids.</summary>
    public static void SameCases(IEnumerable<ProjectedCase> expected, IEnumerable<ProjectedCase> actual)
    {
        Assert.Equal(Canonical(expected), Canonical(actual));
    }

    /// <summary>Every column of the row except <see cref="CaseRecord.UpdatedAtUtc"/> (when the row was written).</summary>
    public static void SameColumns(CaseRecord expected, CaseRecord actual)
    {
        foreach (var property in typeof(CaseRecord).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.Name == nameof(CaseRecord.UpdatedAtUtc) || !(property.PropertyType.IsValueType || property.PropertyType == typeof(string)))
            {
                continue;
            }
            var want = property.GetValue(expected);
            var got = property.GetValue(actual);
            Assert.True(Equals(want, got), $"case {expected.Id}, {property.Name}: expected '{want}', got '{got}'");
        }
    }

    private static string Canonical(LiveSnapshot s, bool compareVersion) => JsonSerializer.Serialize(new
    {
        Version = compareVersion ? s.Version : 0,
        Positions = Sorted(s.Positions),
        s.At,
        s.Totals,
        ByAgency = Sorted(s.ByAgency),
        ByHolder = s.ByHolder.OrderBy(p => p.Key).Select(p => $"{p.Key}={p.Value}").ToList(),
        s.OpenEmergencyCount,
        s.Emergencies,
        OpenByField = Sorted(s.OpenByField),
        OpenByAdminUnit = Sorted(s.OpenByAdminUnit),
        SatisfactionByAgency = Sorted(s.SatisfactionByAgency),
        SatisfactionByField = Sorted(s.SatisfactionByField),
        s.Daily,
    }, Json);

    private static string Canonical(IEnumerable<ProjectedCase> cases) => JsonSerializer.Serialize(
        cases.OrderBy(c => c.CaseId, StringComparer.Ordinal).Select(c => new
        {
            State = CaseStateJson.Serialize(c.State),
            c.Deadlines,
            Annotations = c.AnnotationIds.Order().ToList(),
            CaseDueAt = c.CaseDueAt?.UtcDateTime,
        }), Json);

    private static SortedDictionary<string, T> Sorted<T>(IReadOnlyDictionary<string, T> d) => new(d.ToDictionary(), StringComparer.Ordinal);
}
