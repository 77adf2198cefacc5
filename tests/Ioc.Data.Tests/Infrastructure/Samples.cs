using System.Reflection;
using Ioc.Data.Cases;

namespace Ioc.Data.Tests.Infrastructure;

/// <summary>Rows for the tests. Instants are whole microseconds: PostgreSQL's timestamptz keeps no finer.</summary>
public static class Samples
{
    public static readonly DateTime Base = new(2026, 3, 2, 1, 30, 15, 123, 456, DateTimeKind.Utc);

    /// <summary>A case id no other test uses, so tests sharing a database never see each other's rows.</summary>
    public static string NewCaseId() => $"case-{Guid.NewGuid():N}";

    public static EventRecord Event(string caseId, long sequence, string type = "CaseReceived") => new()
    {
        EventId = Guid.NewGuid(),
        CaseId = caseId,
        Sequence = sequence,
        Type = type,
        OccurredAtUtc = Base.AddMinutes(sequence),
        OccurredOffsetMinutes = 420,
        RecordedAtUtc = Base.AddMinutes(sequence).AddSeconds(2),
        StreamPosition = $"1700000000000-{sequence}",
        PayloadJson = $$"""{"caseId":"{{caseId}}","sequence":{{sequence}},"note":"Đường Trần Phú ngập nước"}""",
    };

    public static CaseRecord Case(string id, long lastSequence, string slaStatus = "OnTime") => new()
    {
        Id = id,
        Code = "KH-" + id,
        ProfileId = "khanh-hoa",
        Channel = "hotline",
        FieldCode = "infrastructure",
        AdminUnitCode = "kh-nha-trang",
        Latitude = 12.2388,
        Longitude = 109.1967,
        Description = "Đèn đường hỏng trên đường Trần Phú",
        IsEmergency = false,
        EmergencyCategory = null,
        IsConfidential = true,
        IsStateSecret = false,
        ReceivedAtUtc = Base,
        Stage = "Routed",
        CurrentStep = "accept",
        Holder = "kh-sxd",
        LeadAgencyId = "kh-sxd",
        StepDueAtUtc = Base.AddHours(8),
        CaseDueAtUtc = Base.AddDays(9),
        SlaStatus = slaStatus,
        LateByMinutes = null,
        ResolvedAtUtc = null,
        ClosedAtUtc = null,
        Rating = null,
        ExtensionCount = 0,
        RescheduleCount = 0,
        ReopenCount = 0,
        LastSequence = lastSequence,
        LastEventAtUtc = Base.AddMinutes(lastSequence),
        UpdatedAtUtc = Base.AddMinutes(lastSequence).AddSeconds(3),
        StreamPosition = $"1700000000000-{lastSequence}",
        StateJson = $$"""{"id":"{{id}}","sequence":{{lastSequence}}}""",
    };

    public static CaseReporter Reporter(string caseId, string name = "Nguyễn Văn A") => new()
    {
        CaseId = caseId,
        Name = name,
        Phone = "0905123456",
        Email = "nguyenvana@example.vn",
        IdNumber = "056090001234",
        Address = "12 Trần Phú, Nha Trang",
    };

    /// <summary>Asserts that every scalar property of <paramref name="actual"/> equals <paramref name="expected"/>'s.</summary>
    public static void AssertSameColumns<T>(T expected, T actual)
    {
        foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(IsColumn))
        {
            var want = property.GetValue(expected);
            var got = property.GetValue(actual);
            Assert.True(Equals(want, got), $"{typeof(T).Name}.{property.Name}: expected {Show(want)}, got {Show(got)}");
            if (want is DateTime)
            {
                Assert.Equal(DateTimeKind.Utc, ((DateTime)got!).Kind);
            }
        }
    }

    private static bool IsColumn(PropertyInfo property) =>
        property.CanWrite && (property.PropertyType.IsValueType || property.PropertyType == typeof(string));

    private static string Show(object? value) => value switch
    {
        null => "null",
        DateTime d => $"{d:O} ({d.Kind})",
        _ => $"'{value}'",
    };
}
