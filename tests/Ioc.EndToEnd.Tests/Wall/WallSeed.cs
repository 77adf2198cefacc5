using Ioc.Data.Cases;
using Ioc.Data.Reference;
using Ioc.Data.Storage;
using Ioc.Hub.Cases.Events;

namespace Ioc.EndToEnd.Tests.Wall;

/// <summary>
/// A working morning of Khánh Hòa written into the dashboard's store, as the projection would leave it: open cases in
/// every state across the mainland units, two emergencies (one acknowledged), rated answers, recent events, and cases
/// the wall must never show (confidential, state secret). Deterministic: the same seed gives the same rows.
/// </summary>
internal sealed class WallSeed
{
    public const string ProfileId = "khanh-hoa";
    public const string ReporterName = "Trần Thị Bích Ngọc";
    public const string PersonalText = "số nhà 14 hẻm 3 của tôi";

    private const int OpenCases = 160;
    private const int ResolvedCases = 70;
    private static readonly string[] Departments = ["kh-sxd", "kh-snnmt", "kh-syt", "kh-ca-csgt", "kh-pc", "kh-capnuoc", "kh-urenco", "kh-sct"];
    private static readonly string[] Fields = ["infrastructure", "environment", "urban-order", "traffic", "electricity", "water", "construction", "food-safety"];
    private static readonly string[] Ratings = ["very-satisfied", "satisfied", "satisfied", "satisfied", "unsatisfied"];

    private readonly Random random = new(20260302);
    private readonly List<CaseRecord> cases = [];
    private readonly List<EventRecord> events = [];
    private readonly DateTimeOffset now;
    private readonly IReadOnlyList<AdminUnitData> units;

    private WallSeed(DateTimeOffset now)
    {
        this.now = now;
        // Trường Sa stays out: the first view fits the mainland, and every seeded case must be in it.
        units = [.. ReferenceDataLoader.LoadEmbedded().Single(f => f.ProfileId == ProfileId).AdminUnits!.Where(u => u.Kind != "special-zone")];
    }

    /// <summary>Open cases the wall must show on its map (not confidential, not state secret, with a location).</summary>
    public int Shown => cases.Count(c => c.ClosedAtUtc is null && !c.IsConfidential && !c.IsStateSecret);

    public string AlertCode { get; private set; } = "";
    public string AcknowledgedCode { get; private set; } = "";
    public string ConfidentialCode { get; private set; } = "";
    public string SecretCode { get; private set; } = "";

    public static async Task<WallSeed> WriteAsync(string connectionString, DateTimeOffset now)
    {
        var seed = new WallSeed(now);
        seed.Generate();
        await using var db = new SqliteIocDbContext(SqliteIocDbContext.CreateOptions(connectionString));
        db.Cases.AddRange(seed.cases);
        db.Events.AddRange(seed.events);
        await db.SaveChangesAsync();
        return seed;
    }

    private void Generate()
    {
        for (var i = 1; i <= OpenCases; i++)
        {
            var roll = random.NextDouble();
            var status = roll < 0.22 ? "Overdue" : roll < 0.40 ? "DueSoon" : "OnTime";
            Open(i, status, received: now - TimeSpan.FromMinutes(Math.Pow(random.NextDouble(), 2) * 5 * 24 * 60));
        }

        AlertCode = Emergency(OpenCases + 1, "fire", now.AddMinutes(-18), acknowledged: false).Code;
        AcknowledgedCode = Emergency(OpenCases + 2, "accident", now.AddMinutes(-50), acknowledged: true).Code;
        var confidential = Open(OpenCases + 3, "Overdue", now.AddHours(-30));
        confidential.IsConfidential = true;
        ConfidentialCode = confidential.Code;
        var secret = Open(OpenCases + 4, "DueSoon", now.AddHours(-3));
        secret.IsStateSecret = true;
        SecretCode = secret.Code;

        for (var i = 1; i <= ResolvedCases; i++)
        {
            Resolved(OpenCases + 10 + i);
        }
    }

    private CaseRecord Open(int n, string status, DateTimeOffset received)
    {
        var unit = units[random.Next(units.Count)];
        var lead = random.NextDouble() < 0.55 ? CommitteeOf(unit) : Departments[(int)(Math.Pow(random.NextDouble(), 1.6) * Departments.Length)];
        var due = status switch
        {
            "Overdue" => now - TimeSpan.FromHours(1 + random.NextDouble() * 40),
            "DueSoon" => now + TimeSpan.FromMinutes(20 + random.NextDouble() * 200),
            _ => now + TimeSpan.FromHours(6 + random.NextDouble() * 60),
        };
        var record = Case(n, unit, received, lead, status, due);
        cases.Add(record);
        Received(record, received);
        if (status == "Overdue" && now - due < TimeSpan.FromHours(6))
        {
            Event(record, DeadlineStateChanged.TypeName, due, new DeadlineStateChanged
            {
                Id = Guid.NewGuid(), CaseId = record.Id, Sequence = 1, OccurredAt = due, Step = "processing", Status = SlaStatus.Overdue, DueAt = due,
            });
        }

        return record;
    }

    private CaseRecord Emergency(int n, string category, DateTimeOffset received, bool acknowledged)
    {
        var record = Open(n, acknowledged ? "DueSoon" : "OnTime", received);
        record.IsEmergency = true;
        record.EmergencyCategory = category;
        // 000 Điều 10: the agency confirms within 1 hour of routing.
        record.StepDueAtUtc = received.AddHours(1).UtcDateTime;
        if (acknowledged)
        {
            Event(record, EmergencyAcknowledged.TypeName, received.AddMinutes(3), new EmergencyAcknowledged
            {
                Id = Guid.NewGuid(), CaseId = record.Id, Sequence = 1, OccurredAt = received.AddMinutes(3), Actor = "giamsat@ioc.local",
            });
        }

        return record;
    }

    private void Resolved(int n)
    {
        var unit = units[random.Next(units.Count)];
        var received = now - TimeSpan.FromHours(6 + random.NextDouble() * 24 * 25);
        var resolved = received + TimeSpan.FromHours(2 + random.NextDouble() * 24 * 6);
        if (resolved > now)
        {
            resolved = now.AddMinutes(-random.Next(5, 300));
        }

        var lead = random.NextDouble() < 0.5 ? CommitteeOf(unit) : Departments[random.Next(Departments.Length)];
        var record = Case(n, unit, received, lead, "Closed", null);
        record.Stage = "published";
        record.CaseDueAtUtc = received.AddDays(random.NextDouble() < 0.8 ? 9 : 1).UtcDateTime;
        record.ResolvedAtUtc = resolved.UtcDateTime;
        record.ClosedAtUtc = resolved.UtcDateTime;
        cases.Add(record);
        Event(record, ResultPublished.TypeName, resolved, new ResultPublished { Id = Guid.NewGuid(), CaseId = record.Id, Sequence = 6, OccurredAt = resolved });
        if (random.NextDouble() < 0.85)
        {
            var rated = resolved.AddMinutes(random.Next(10, 600));
            rated = rated > now ? now.AddMinutes(-1) : rated;
            record.Rating = Ratings[random.Next(Ratings.Length)];
            Event(record, CaseRated.TypeName, rated, new CaseRated { Id = Guid.NewGuid(), CaseId = record.Id, Sequence = 7, OccurredAt = rated, Rating = record.Rating });
        }
    }

    private CaseRecord Case(int n, AdminUnitData unit, DateTimeOffset received, string lead, string status, DateTimeOffset? due) => new()
    {
        Id = $"e2e-wall-{n:0000}",
        Code = $"KH-2026-{n:000000}",
        ProfileId = ProfileId,
        Channel = "hotline",
        FieldCode = Fields[random.Next(Fields.Length)],
        AdminUnitCode = unit.Code!,
        // Within about 1.5 km of the unit's centre, as the simulator places reports.
        Latitude = Math.Round(unit.Lat!.Value + (random.NextDouble() - 0.5) * 0.025, 5),
        Longitude = Math.Round(unit.Lng!.Value + (random.NextDouble() - 0.5) * 0.025, 5),
        Description = $"Đèn đường trước {PersonalText} bị hỏng",
        ReceivedAtUtc = received.UtcDateTime,
        Stage = "accepted",
        CurrentStep = "processing",
        Holder = lead,
        LeadAgencyId = lead,
        StepDueAtUtc = due?.UtcDateTime,
        CaseDueAtUtc = received.AddDays(9).UtcDateTime,
        SlaStatus = status,
        LastSequence = 3,
        LastEventAtUtc = received.UtcDateTime,
        UpdatedAtUtc = now.UtcDateTime,
        StateJson = "{}",
        Reporter = new CaseReporter { CaseId = $"e2e-wall-{n:0000}", Name = ReporterName, Phone = "0905000111" },
    };

    private void Received(CaseRecord c, DateTimeOffset at) => Event(c, CaseReceived.TypeName, at, new CaseReceived
    {
        Id = Guid.NewGuid(),
        CaseId = c.Id,
        Sequence = 1,
        OccurredAt = at,
        Code = c.Code,
        ProfileId = c.ProfileId,
        Channel = Channel.Hotline,
        FieldCode = c.FieldCode,
        Description = c.Description,
        Location = new GeoLocation(c.Latitude!.Value, c.Longitude!.Value, c.AdminUnitCode),
        Reporter = new ReporterContact(ReporterName, "0905000111"),
    });

    private void Event(CaseRecord c, string type, DateTimeOffset at, CaseEvent payload) => events.Add(new EventRecord
    {
        EventId = payload.Id,
        CaseId = c.Id,
        Sequence = payload.Sequence,
        Type = type,
        OccurredAtUtc = at.UtcDateTime,
        OccurredOffsetMinutes = 420,
        RecordedAtUtc = at.UtcDateTime,
        PayloadJson = CaseEventJson.Serialize(payload),
    });

    private static string CommitteeOf(AdminUnitData unit) => "kh-ubnd-" + unit.Code!["kh-".Length..];
}
