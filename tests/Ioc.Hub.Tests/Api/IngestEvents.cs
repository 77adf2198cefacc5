using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Ioc.Hub.Tests.Api;

/// <summary>Request bodies for the ingest API: valid events of fresh cases, as JSON a producer would send.</summary>
internal static class IngestEvents
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    /// <summary>The host runs on the real clock, and the contract refuses events from the future: stay a little behind it.</summary>
    private static string Recently(int minutesAgo) =>
        TimeProvider.System.GetUtcNow().ToOffset(Vietnam).AddMinutes(-minutesAgo).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);

    public static string NewCaseId() => $"KH-T-{Guid.NewGuid():N}";

    /// <summary>A Khánh Hòa report (docs/events.md, case.received) without <c>actor</c>, so the API fills it in.</summary>
    public static JsonObject Received(string? caseId = null)
    {
        caseId ??= NewCaseId();
        return new JsonObject
        {
            ["type"] = "case.received",
            ["id"] = Guid.CreateVersion7().ToString(),
            ["caseId"] = caseId,
            ["sequence"] = 1,
            ["occurredAt"] = Recently(30),
            ["code"] = caseId,
            ["profileId"] = "khanh-hoa",
            ["channel"] = "hotline",
            ["fieldCode"] = "infrastructure",
            ["description"] = "Đèn đường hẻm 12 Nguyễn Thiện Thuật không sáng từ ba ngày nay.",
            ["location"] = new JsonObject
            {
                ["latitude"] = 12.2396,
                ["longitude"] = 109.1943,
                ["adminUnitCode"] = "kh-nha-trang",
            },
        };
    }

    public static JsonObject Routed(string caseId, int sequence) => new()
    {
        ["type"] = "case.routed",
        ["id"] = Guid.CreateVersion7().ToString(),
        ["caseId"] = caseId,
        ["sequence"] = sequence,
        ["occurredAt"] = Recently(20),
        ["leadAgencyId"] = "kh-sxd",
    };

    /// <summary>An IOC annotation (ioc.note-added), which only keys with the <c>ioc</c> scope may send.</summary>
    public static JsonObject Note(string caseId) => new()
    {
        ["type"] = "ioc.note-added",
        ["id"] = Guid.CreateVersion7().ToString(),
        ["caseId"] = caseId,
        ["sequence"] = 1,
        ["occurredAt"] = Recently(10),
        ["note"] = "Đã gọi lại người phản ánh.",
    };

    public static Guid IdOf(JsonObject e) => Guid.Parse((string)e["id"]!);

    public static StringContent Body(params JsonObject[] events) =>
        Json(events.Length == 1 ? events[0].ToJsonString() : new JsonArray([.. events.Select(e => e.DeepClone())]).ToJsonString());

    public static StringContent Batch(IEnumerable<JsonObject> events) => Json(new JsonArray([.. events.Select(e => e.DeepClone())]).ToJsonString());

    public static StringContent Json(string text) => new(text, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
}
