using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Ioc.Hub.Ingest;
using Ioc.Hub.Tests.Support;
using static Ioc.Hub.Tests.Api.IngestEvents;

namespace Ioc.Hub.Tests.Api;

/// <summary>docs/ingest.md is what producers' developers follow: its requests, answers and defaults must be the API's.</summary>
public sealed partial class IngestDocTests(IngestApiFactory factory) : IClassFixture<IngestApiFactory>
{
    private static readonly string Doc = File.ReadAllText(RepositoryFiles.PathOf("docs", "ingest.md"));

    /// <summary>The ```json blocks in order: event.json, batch.json, its 202 answer, bad-batch.json, its 400 answer.</summary>
    private static readonly IReadOnlyList<string> Blocks = [.. JsonBlock().Matches(Doc).Select(m => m.Groups[1].Value)];

    [Fact]
    public async Task TheSingleEventExampleIsAccepted()
    {
        var client = factory.ClientWith(await factory.CreateKeyAsync("doc.single"));

        var response = await client.PostAsync("/api/events", Json(Blocks[0]));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task TheBatchExampleIsAcceptedWithTheDocumentedAnswerShape()
    {
        var client = factory.ClientWith(await factory.CreateKeyAsync("doc.batch"));

        var response = await client.PostAsync("/api/events", Json(Blocks[1]));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var actual = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var documented = JsonNode.Parse(Blocks[2])!;
        Assert.Equal((int)documented["accepted"]!, (int)actual["accepted"]!);
        var pairs = documented["positions"]!.AsArray().Zip(actual["positions"]!.AsArray());
        foreach (var (doc, real) in pairs)
        {
            Assert.Equal(Names(doc!), Names(real!));
            foreach (var field in new[] { "id", "caseId", "stream" })
                Assert.Equal((string)doc![field]!, (string)real![field]!);
        }
    }

    [Fact]
    public async Task TheBadBatchExampleGetsExactlyTheDocumentedErrors()
    {
        var client = factory.ClientWith(await factory.CreateKeyAsync("doc.bad"));

        var response = await client.PostAsync("/api/events", Json(Blocks[3]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var actual = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var documented = JsonNode.Parse(Blocks[4])!;
        foreach (var field in new[] { "type", "title", "detail" })
            Assert.Equal((string)documented[field]!, (string)actual[field]!);
        Assert.True(JsonNode.DeepEquals(documented["errors"], actual["errors"]), $"The doc shows other errors than the API gives: {actual["errors"]}");
    }

    [Fact]
    public async Task TheDocumentedBatchLimitMessageIsTheOneProducersGet()
    {
        var client = factory.ClientWith(await factory.CreateKeyAsync("doc.limit"));

        var response = await client.PostAsync("/api/events", Batch(Enumerable.Range(0, 1001).Select(_ => Received())));

        Assert.Contains((string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!, Doc);
    }

    [Fact]
    public void TheDocumentedDefaultsAreTheCodes()
    {
        var o = new IngestOptions();
        var expected = new Dictionary<string, string>
        {
            ["Ioc:Ingest:MaxBatch"] = o.MaxBatch.ToString(CultureInfo.InvariantCulture),
            ["Ioc:Ingest:MaxRequestBodyBytes"] = o.MaxRequestBodyBytes.ToString(CultureInfo.InvariantCulture),
            ["Ioc:Ingest:KeyCacheDuration"] = o.KeyCacheDuration.ToString("c", CultureInfo.InvariantCulture),
            ["Algorithm"] = o.RateLimit.Algorithm.ToString(),
            ["PermitLimit"] = o.RateLimit.PermitLimit.ToString(CultureInfo.InvariantCulture),
            ["TokensPerPeriod"] = o.RateLimit.TokensPerPeriod.ToString(CultureInfo.InvariantCulture),
            ["Period"] = o.RateLimit.Period.ToString("c", CultureInfo.InvariantCulture),
            ["QueueLimit"] = o.RateLimit.QueueLimit.ToString(CultureInfo.InvariantCulture),
        };

        var documented = DefaultRow().Matches(Doc).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

        foreach (var (key, value) in expected)
            Assert.True(documented.TryGetValue(key, out var shown) && shown == value, $"docs/ingest.md: {key} should default to `{value}`, shows `{shown}`");
    }

    [Fact]
    public void TheExampleKeyHasTheShapeOfARealOne()
    {
        var example = Regex.Match(Doc, "e\\.g\\. `(ioc_[^`]+)`").Groups[1].Value;

        Assert.Equal(Producers.ProducerKeyFormat.NewKey().Length, example.Length);
        Assert.Matches("^ioc_[A-Za-z0-9_-]{43}$", example);
    }

    private static IEnumerable<string> Names(JsonNode node) => node.AsObject().Select(p => p.Key);

    [GeneratedRegex("```json\\n(.*?)\\n```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();

    [GeneratedRegex("^\\| `([A-Za-z:]+)` \\| `([^`]+)` \\|", RegexOptions.Multiline)]
    private static partial Regex DefaultRow();
}
