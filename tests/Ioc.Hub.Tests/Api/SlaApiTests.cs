using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ioc.Hub.Tests.Sla.Profiles;

namespace Ioc.Hub.Tests.Api;

/// <summary>The SLA HTTP API over the shipped profiles and calendars, against the worked examples of docs/profiles.md.</summary>
public sealed partial class SlaApiTests(SlaApiFactory factory) : IClassFixture<SlaApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task ThePreviewJsonEqualsEveryWorkedExample()
    {
        foreach (var example in ProfilesDoc.WorkedExamples())
        {
            var json = await GetJson(
                $"/api/sla/preview?profile={example.Profile}&receivedAt={Uri.EscapeDataString(example.ReceivedAt.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture))}" +
                $"&emergency={Flag(example.Emergency)}&coordinated={Flag(example.Coordinated)}", HttpStatusCode.OK);
            var label = $"{example.Profile} {example.ReceivedAt:O} emergency={example.Emergency}";

            Assert.Equal(example.Profile, json.GetProperty("profile").GetString());
            Assert.Equal(example.ReceivedAt, json.GetProperty("receivedAt").GetDateTimeOffset());
            Assert.Equal(example.Emergency, json.GetProperty("emergency").GetBoolean());
            Assert.Equal(example.Coordinated, json.GetProperty("coordinated").GetBoolean());

            var placed = example.Rows.Where(r => r.DueAt is not null).ToList();
            Assert.Equal(placed.Select(r => Documented(label, r)), json.GetProperty("steps").EnumerateArray().Select(s => Answered(label, s)));
            var unscheduled = example.Rows.Where(r => r.DueAt is null).ToList();
            Assert.Equal(unscheduled.Select(r => DocumentedUnscheduled(label, r)), json.GetProperty("unscheduled").EnumerateArray().Select(s => AnsweredUnscheduled(label, s)));

            var caseDue = json.GetProperty("caseDueAt");
            Assert.Equal(example.CaseDueAt, caseDue.ValueKind == JsonValueKind.Null ? null : caseDue.GetDateTimeOffset());
        }
    }

    [Fact]
    public async Task AnEmergencyPreviewIsRefusedWhereTheSeedHasNoEmergencyProcedureWithTheDocumentedReason()
    {
        var refused = ProfilesDoc.RefusedExamples();
        Assert.Equal(3, refused.Count); // 001, 003, 004

        foreach (var example in refused)
        {
            var json = await GetJson(
                $"/api/sla/preview?profile={example.Profile}&receivedAt={Uri.EscapeDataString(example.ReceivedAt.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture))}&emergency=true",
                HttpStatusCode.BadRequest);

            Assert.Equal(example.Reason, json.GetProperty("errors").GetProperty("emergency")[0].GetString());
        }
    }

    [Fact]
    public async Task TheProfilesListNamesTheFiveProvincesWithTheirOfficeHours()
    {
        var json = await GetJson("/api/profiles", HttpStatusCode.OK);

        var profiles = json.EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!);
        Assert.Equal(["dong-nai", "khanh-hoa", "soc-trang", "tay-ninh", "thanh-hoa"], profiles.Keys.Order());
        foreach (var profile in profiles.Values)
        {
            Assert.Equal(8, profile.GetProperty("workingDayHours").GetDouble());
            Assert.Equal(2, profile.GetProperty("officeHours").GetArrayLength());
        }
        var khanhHoa = profiles["khanh-hoa"].GetProperty("officeHours").EnumerateArray().Select(s => $"{s.GetProperty("start")}–{s.GetProperty("end")}");
        Assert.Equal(["07:30–11:30", "13:00–17:00"], khanhHoa);
        var socTrang = profiles["soc-trang"].GetProperty("officeHours").EnumerateArray().Select(s => $"{s.GetProperty("start")}–{s.GetProperty("end")}");
        Assert.Equal(["07:00–11:30", "13:00–16:30"], socTrang);
    }

    [Fact]
    public async Task TheCalendarOf2026ListsTheMakeUpSaturdayOfJanuary()
    {
        // Công văn 12729/VPCP-KGVX: Friday 02/01/2026 off, worked back on Saturday 10/01/2026.
        var json = await GetJson("/api/calendar/khanh-hoa/2026", HttpStatusCode.OK);

        Assert.False(json.GetProperty("provisional").GetBoolean());
        var days = json.GetProperty("days").EnumerateArray().ToDictionary(d => d.GetProperty("date").GetString()!, d => d.GetProperty("kind").GetString());
        Assert.Equal("make-up-working-day", days["2026-01-10"]);
        Assert.Equal("holiday", days["2026-04-27"]);
    }

    [Theory]
    [InlineData("/api/sla/preview?receivedAt=2026-04-24T15:30:00%2B07:00", "profile", "is required")]
    [InlineData("/api/sla/preview?profile=atlantis&receivedAt=2026-04-24T15:30:00%2B07:00", "profile", "unknown profile 'atlantis'")]
    [InlineData("/api/sla/preview?profile=khanh-hoa&receivedAt=24/04/2026", "receivedAt", "'24/04/2026' is not an ISO-8601 instant")]
    [InlineData("/api/sla/preview?profile=khanh-hoa", "receivedAt", "is required")]
    [InlineData("/api/sla/preview?profile=khanh-hoa&receivedAt=2026-04-24T15:30:00%2B07:00&emergency=maybe", "emergency", "'maybe' is not true or false")]
    [InlineData("/api/calendar/khanh-hoa/abc", "year", "'abc' is not a year")]
    [InlineData("/api/calendar/atlantis/2026", "profile", "unknown profile 'atlantis'")]
    public async Task ABadParameterGivesAProblemDetailsNamingIt(string url, string parameter, string reason)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = document.RootElement.GetProperty("errors");
        Assert.Contains(reason, errors.GetProperty(parameter)[0].GetString());
    }

    private async Task<JsonElement> GetJson(string url, HttpStatusCode expected)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"GET {url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static string Flag(bool value) => value ? "true" : "false";

    private static string Documented(string label, ExampleRow r)
    {
        var (working, clock) = Hours(r.Duration);
        return $"{label} | {r.Step} | {r.Holder} | {working} | {clock} | {r.StartsAt:O} | {r.DueAt:O} | {r.Article}";
    }

    private static string Answered(string label, JsonElement s) =>
        $"{label} | {s.GetProperty("step")} | {s.GetProperty("holder")} | {Number(s.GetProperty("workingHours"))} | {Number(s.GetProperty("clockHours"))} | " +
        $"{s.GetProperty("startsAt").GetDateTimeOffset():O} | {s.GetProperty("dueAt").GetDateTimeOffset():O} | {s.GetProperty("article")}";

    private static string DocumentedUnscheduled(string label, ExampleRow r)
    {
        var (working, clock) = Hours(r.Duration);
        return $"{label} | {r.Step} | {r.Holder} | {working} | {clock} | {r.From} | {r.Article}";
    }

    private static string AnsweredUnscheduled(string label, JsonElement s) =>
        $"{label} | {s.GetProperty("step")} | {s.GetProperty("holder")} | {Number(s.GetProperty("workingHours"))} | {Number(s.GetProperty("clockHours"))} | {s.GetProperty("from")} | {s.GetProperty("article")}";

    /// <summary>The doc's "0.5 WD" as the API's hours: working hours (1 WD = 8) or clock hours; "no limit" as neither.</summary>
    private static (string Working, string Clock) Hours(string duration)
    {
        if (duration == "no limit")
            return ("-", "-");
        var match = DocDuration().Match(duration);
        Assert.True(match.Success, $"unreadable duration '{duration}' in docs/profiles.md");
        var amount = decimal.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch
        {
            "WD" => (Text(amount * 8), "-"),
            "WH" => (Text(amount), "-"),
            "working min" => (Text(amount / 60), "-"),
            "clock h" => ("-", Text(amount)),
            _ => ("-", Text(amount / 60)),
        };
    }

    private static string Number(JsonElement e) => e.ValueKind == JsonValueKind.Null ? "-" : Text(e.GetDecimal());

    private static string Text(decimal d) => d.ToString("0.####", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^([\d.]+) (WD|WH|working min|clock h|clock min)$")]
    private static partial Regex DocDuration();
}
