using System.Net.Http.Json;
using System.Text.Json;
using Ioc.Data;
using Ioc.Data.Reference;
using Ioc.Data.Storage;
using Ioc.Hub.Ingest;
using Ioc.Hub.Producers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Ioc.EndToEnd.Tests.Wall;

/// <summary>
/// The real dashboard fed through its front door: events posted to <c>POST /api/events</c> with a producer key, as
/// the province's systems send them, so every number the wall shows comes through the stream, the projection and the
/// live feed. Khánh Hòa; open cases received from minutes to days ago (so some are overdue), two emergencies, one
/// confidential case and one state secret.
/// </summary>
public sealed class LiveWall : IAsyncLifetime
{
    public const string ProfileId = "khanh-hoa";
    public const string ReporterName = "Trần Thị Bích Ngọc";
    public const int OpenCases = 40;
    private static readonly string[] Departments = ["kh-sxd", "kh-snnmt", "kh-syt", "kh-ca-csgt", "kh-pc"];
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Random random = new(20261123);
    private readonly IReadOnlyList<AdminUnitData> units =
        [.. ReferenceDataLoader.LoadEmbedded().Single(f => f.ProfileId == ProfileId).AdminUnits!.Where(u => u.Kind != "special-zone")];
    private int serial;
    private HttpClient? api;

    public DashboardProcess Dashboard { get; } = new();

    public string ConfidentialCode { get; private set; } = "";
    public string SecretCode { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await Dashboard.InitializeAsync();
        var key = await CreateProducerKeyAsync();
        api = new HttpClient { BaseAddress = new Uri(Dashboard.BaseUrl) };
        api.DefaultRequestHeaders.Add("X-Api-Key", key);

        var now = DateTimeOffset.UtcNow;
        var events = new List<object>();
        for (var i = 0; i < OpenCases; i++)
        {
            // Received from minutes to six days ago: the oldest are past their acceptance deadline (overdue).
            var received = now - TimeSpan.FromMinutes(5 + Math.Pow(random.NextDouble(), 2) * 6 * 24 * 60);
            events.AddRange(NewCase(received, Departments[i % Departments.Length]).Events);
        }
        var confidential = NewCase(now.AddDays(-3), "kh-sxd", confidential: true);
        ConfidentialCode = confidential.Code;
        var secret = NewCase(now.AddHours(-2), "kh-syt", secret: true);
        SecretCode = secret.Code;
        events.AddRange(confidential.Events);
        events.AddRange(secret.Events);
        await PostAsync(events);
    }

    /// <summary>A new case: received at <paramref name="received"/>, routed to <paramref name="agency"/> ten minutes later.</summary>
    public (string Code, List<object> Events) NewCase(DateTimeOffset received, string agency, bool confidential = false, bool secret = false, string? emergency = null)
    {
        var n = Interlocked.Increment(ref serial);
        var code = $"KH-2026-9{n:D5}";
        var unit = units[random.Next(units.Count)];
        var received1 = new Dictionary<string, object?>
        {
            ["type"] = "case.received", ["id"] = Guid.NewGuid(), ["caseId"] = code, ["sequence"] = 1, ["occurredAt"] = received,
            ["code"] = code, ["profileId"] = ProfileId, ["channel"] = "hotline", ["fieldCode"] = "infrastructure",
            ["description"] = $"Đèn đường không sáng, {ReporterName} báo.",
            ["location"] = new { latitude = unit.Lat!.Value + (random.NextDouble() - 0.5) * 0.01, longitude = unit.Lng!.Value + (random.NextDouble() - 0.5) * 0.01, adminUnitCode = unit.Code },
            ["isConfidential"] = confidential, ["isStateSecret"] = secret,
            ["reporter"] = new { name = ReporterName, phone = "0912345678" },
        };
        if (emergency is not null)
        {
            received1["isEmergency"] = true;
            received1["emergencyCategory"] = emergency;
        }
        var events = new List<object> { received1 };
        if (emergency is null)
        {
            events.Add(new Dictionary<string, object?>
            {
                ["type"] = "case.routed", ["id"] = Guid.NewGuid(), ["caseId"] = code, ["sequence"] = 2, ["occurredAt"] = received + TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(10).Ticks, (DateTimeOffset.UtcNow - received).Ticks / 2)),
                ["leadAgencyId"] = agency,
            });
        }
        return (code, events);
    }

    /// <summary>The console's acknowledgement; an annotation carries the last lifecycle sequence seen (docs/events.md "Sequence").</summary>
    public static object Acknowledgement(string code, int sequence) => new Dictionary<string, object?>
    {
        ["type"] = "ioc.emergency-acknowledged", ["id"] = Guid.NewGuid(), ["caseId"] = code, ["sequence"] = sequence,
        ["occurredAt"] = DateTimeOffset.UtcNow, ["actor"] = "giamsat@ioc.local",
    };

    public async Task PostAsync(IEnumerable<object> events)
    {
        var response = await api!.PostAsJsonAsync("/api/events", events, Json);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST /api/events: {(int)response.StatusCode} {body}");
    }

    /// <summary>Open cases in the store, all of them (the wall's numbers count confidential cases too, docs/wall.md).</summary>
    public async Task<(int Open, int Overdue, int Shown)> StoreCountsAsync()
    {
        await using var db = new SqliteIocDbContext(SqliteIocDbContext.CreateOptions(Dashboard.ConnectionString));
        var open = db.Cases.AsNoTracking().Where(c => c.ProfileId == ProfileId && c.ClosedAtUtc == null);
        return (await open.CountAsync(), await open.CountAsync(c => c.SlaStatus == "Overdue"),
            await open.CountAsync(c => !c.IsConfidential && !c.IsStateSecret));
    }

    private async Task<string> CreateProducerKeyAsync()
    {
        var keys = new ProducerKeys(new Contexts(Dashboard.ConnectionString), Options.Create(new IngestOptions()), TimeProvider.System, NullLogger<ProducerKeys>.Instance);
        // "ioc" too: the test posts the console's emergency acknowledgements (IOC annotations) itself.
        return (await keys.CreateAsync("e2e-wall", ["ingest", "ioc"], "e2e")).Key;
    }

    public async Task DisposeAsync()
    {
        api?.Dispose();
        await Dashboard.DisposeAsync();
    }

    private sealed class Contexts(string connectionString) : IDbContextFactory<IocDbContext>
    {
        public IocDbContext CreateDbContext() => new SqliteIocDbContext(SqliteIocDbContext.CreateOptions(connectionString));
    }
}
