using System.Collections.Concurrent;
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

namespace Ioc.Wall.Benchmarks;

/// <summary>Khánh Hòa cases posted to the ingest API with a producer key; each live case is stamped with its send time.</summary>
internal sealed class Traffic(HttpClient api)
{
    private static readonly string[] Agencies = ["kh-sxd", "kh-snnmt", "kh-syt", "kh-ca-csgt", "kh-pc", "kh-capnuoc", "kh-urenco", "kh-sct"];
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly IReadOnlyList<AdminUnitData> units =
        [.. ReferenceDataLoader.LoadEmbedded().Single(f => f.ProfileId == "khanh-hoa").AdminUnits!.Where(u => u.Kind != "special-zone")];
    private readonly Random random = new(42);
    private int serial;

    /// <summary>Case id → Unix milliseconds when its event was handed to the API.</summary>
    public ConcurrentDictionary<string, double> Sent { get; } = new();

    public static async Task<Traffic> CreateAsync(Dashboard dashboard)
    {
        var keys = new ProducerKeys(new Contexts(dashboard.ConnectionString), Options.Create(new IngestOptions()), TimeProvider.System, NullLogger<ProducerKeys>.Instance);
        var key = (await keys.CreateAsync("wall-bench", null, "bench")).Key;
        var api = new HttpClient { BaseAddress = new Uri(dashboard.BaseUrl), Timeout = TimeSpan.FromMinutes(5) };
        api.DefaultRequestHeaders.Add("X-Api-Key", key);
        return new Traffic(api);
    }

    /// <summary>Open cases received over the last week and routed, 500 cases (1 000 events) a request; waits until all are projected.</summary>
    public async Task SeedAsync(int count)
    {
        var now = DateTimeOffset.UtcNow;
        for (var done = 0; done < count; done += 500)
        {
            var events = new List<object>();
            for (var i = done; i < Math.Min(count, done + 500); i++)
            {
                events.AddRange(Case(now - TimeSpan.FromMinutes(random.NextDouble() * 7 * 24 * 60), routed: true));
            }
            await PostAsync(events);
        }
    }

    /// <summary>One new case now (one event: received), stamped; the wall must show its marker.</summary>
    public List<object> LiveCase(out string caseId)
    {
        var events = Case(DateTimeOffset.UtcNow, routed: false);
        caseId = (string)((Dictionary<string, object?>)events[0])["caseId"]!;
        return events;
    }

    public async Task PostAsync(List<object> events)
    {
        var response = await api.PostAsJsonAsync("/api/events", events, Json);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST /api/events: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    private List<object> Case(DateTimeOffset received, bool routed)
    {
        var n = Interlocked.Increment(ref serial);
        var code = $"KH-2026-8{n:D6}";
        var unit = units[random.Next(units.Count)];
        var events = new List<object>
        {
            new Dictionary<string, object?>
            {
                ["type"] = "case.received", ["id"] = Guid.NewGuid(), ["caseId"] = code, ["sequence"] = 1, ["occurredAt"] = received,
                ["code"] = code, ["profileId"] = "khanh-hoa", ["channel"] = "portal", ["fieldCode"] = "infrastructure",
                ["description"] = "Đèn đường không sáng.",
                ["location"] = new { latitude = unit.Lat!.Value + (random.NextDouble() - 0.5) * 0.02, longitude = unit.Lng!.Value + (random.NextDouble() - 0.5) * 0.02, adminUnitCode = unit.Code },
            },
        };
        if (routed)
        {
            events.Add(new Dictionary<string, object?>
            {
                ["type"] = "case.routed", ["id"] = Guid.NewGuid(), ["caseId"] = code, ["sequence"] = 2, ["occurredAt"] = received.AddMinutes(5),
                ["leadAgencyId"] = Agencies[n % Agencies.Length],
            });
        }
        return events;
    }

    private sealed class Contexts(string connectionString) : IDbContextFactory<IocDbContext>
    {
        public IocDbContext CreateDbContext() => new SqliteIocDbContext(SqliteIocDbContext.CreateOptions(connectionString));
    }
}
