using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Ingest;
using Ioc.Hub.Streaming;
using static Ioc.Hub.Tests.Api.IngestEvents;

namespace Ioc.Hub.Tests.Api;

/// <summary><c>POST /api/events</c>: what is accepted, where it lands, and what is refused whole (docs/ingest.md).</summary>
public sealed class IngestApiTests(IngestApiFactory factory) : IClassFixture<IngestApiFactory>
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task AValidEventIsAcceptedAndLandsInTheStreamAtTheReturnedPosition()
    {
        var client = factory.ClientWith(await factory.CreateKeyAsync("pakn.khanhhoa.gov.vn"));
        var received = Received();

        var response = await client.PostAsync("/api/events", Body(received));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = (await response.Content.ReadFromJsonAsync<IngestAccepted>(Web))!;
        var position = Assert.Single(accepted.Positions);
        Assert.Equal(1, accepted.Accepted);
        Assert.Equal(IdOf(received), position.Id);
        Assert.Equal((string)received["caseId"]!, position.CaseId);
        Assert.Equal($"ioc:events:{factory.Stream.PartitionOf(position.CaseId)}", position.Stream);

        var entry = (await factory.ReadAsync([position.Id]))[position.Id];
        Assert.Equal(position.Stream, entry.Stream);
        Assert.Equal(position.Position, entry.Position);
        var stored = CaseEventJson.Deserialize(entry.Json);
        Assert.IsType<CaseReceived>(stored);
        Assert.Equal("pakn.khanhhoa.gov.vn", stored.Actor); // no actor sent: the producer's name
    }

    [Fact]
    public async Task ABatchIsAppendedWholeInRequestOrder()
    {
        var client = factory.ClientWith(await factory.CreateKeyAsync("tongdai1022"));
        var caseId = NewCaseId();
        var events = new[] { Received(caseId), Routed(caseId, 2), Received() };
        events[1]["actor"] = "dieuphoi.1022";

        var response = await client.PostAsync("/api/events", Body(events));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = (await response.Content.ReadFromJsonAsync<IngestAccepted>(Web))!;
        Assert.Equal(3, accepted.Accepted);
        Assert.Equal(events.Select(IdOf), accepted.Positions.Select(p => p.Id));
        var entries = await factory.ReadAsync([.. events.Select(IdOf)]);
        foreach (var p in accepted.Positions)
            Assert.Equal(p.Position, entries[p.Id].Position);
        // One case, one partition, in the order sent.
        Assert.Equal(accepted.Positions[0].Stream, accepted.Positions[1].Stream);
        Assert.True(StreamId.Parse(accepted.Positions[0].Position) < StreamId.Parse(accepted.Positions[1].Position));
        Assert.Equal("dieuphoi.1022", CaseEventJson.Deserialize(entries[IdOf(events[1])].Json).Actor);
        Assert.Equal("tongdai1022", CaseEventJson.Deserialize(entries[IdOf(events[0])].Json).Actor);
    }

    [Fact]
    public async Task OneBadEventAmongManyIsListedByIndexAndNothingIsAppended()
    {
        var client = factory.ClientWith(await factory.CreateKeyAsync("phanhoi.thanhhoa.gov.vn"));
        var events = Enumerable.Range(0, 40).Select(_ => Received()).ToList();
        events[17]["location"]!["latitude"] = 95.5;
        events[17]["title"] = "   ";
        events[31]["colour"] = "red";
        var before = await factory.StreamLengthAsync();

        var response = await client.PostAsync("/api/events", Batch(events));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var errors = problem["errors"]!.AsObject();
        Assert.Equal(["[17].location.latitude", "[17].title", "[31].colour"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Contains("between -90 and 90", (string)errors["[17].location.latitude"]![0]!);
        Assert.Contains("unknown property 'colour'", (string)errors["[31].colour"]![0]!);
        Assert.Contains("2 of 40 events", (string)problem["detail"]!);
        Assert.Equal(before, await factory.StreamLengthAsync());
    }

    [Fact]
    public async Task ASingleInvalidEventIsReportedWithoutAnIndex()
    {
        var client = factory.ClientWith(await factory.CreateKeyAsync("paht.soctrang.gov.vn"));
        var received = Received();
        received["channel"] = "pigeon";
        received["occurredAt"] = "2026-03-02T08:00:00";

        var response = await client.PostAsync("/api/events", Body(received));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        Assert.Equal(["channel", "occurredAt"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AnEventThatIsNotAnObjectIsReportedAsAWhole()
    {
        var client = factory.ClientWith(await factory.CreateKeyAsync("tayninhsmart"));

        var response = await client.PostAsync("/api/events", Json($"[{Received().ToJsonString()}, 42]"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        var only = Assert.Single(errors);
        Assert.Equal("[1]", only.Key);
        Assert.Contains("must be a JSON object", (string)only.Value![0]!);
    }

    [Theory]
    [InlineData("{\"type\": \"case.received\",", "not valid JSON")]
    [InlineData("[]", "The batch is empty")]
    [InlineData("\"case.received\"", "one event (a JSON object) or a JSON array")]
    public async Task ABodyThatIsNoEventAtAllIsRefusedWithTheReason(string body, string reason)
    {
        var client = factory.ClientWith(await factory.CreateKeyAsync("ctdt.kythuat"));

        var response = await client.PostAsync("/api/events", Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![""]![0]!);
    }

    [Fact]
    public async Task ABatchOverTheLimitIsRefusedWholeWithTheLimitInTheMessage()
    {
        var client = factory.ClientWith(await factory.CreateKeyAsync("bulk.loader"));
        var before = await factory.StreamLengthAsync();

        var response = await client.PostAsync("/api/events", Batch(Enumerable.Range(0, 1001).Select(_ => Received())));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var detail = (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!;
        Assert.Equal("The batch has 1001 events; at most 1000 are accepted in one request. Split it into smaller batches.", detail);
        Assert.Equal(before, await factory.StreamLengthAsync());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ABodyOverTheByteLimitIsRefusedWhetherOrNotItsLengthWasAnnounced(bool announced)
    {
        var client = factory.ClientWith(await factory.CreateKeyAsync($"big.body.{announced}".ToLowerInvariant()));
        var received = Received();
        received["description"] = new string('a', 2 * 1024 * 1024); // over the factory's 2 MiB limit
        HttpContent content = Body(received);
        if (!announced)
            content = new StreamContent(new NonSeekableStream(await content.ReadAsByteArrayAsync())) { Headers = { ContentType = content.Headers.ContentType } };

        var response = await client.PostAsync("/api/events", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("larger than 2097152 bytes", (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!);
    }

    [Fact]
    public async Task ABodyThatIsNotJsonIsRefusedAsUnsupported()
    {
        var client = factory.ClientWith(await factory.CreateKeyAsync("form.poster"));

        var response = await client.PostAsync("/api/events", new FormUrlEncodedContent([new("type", "case.received")]));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task ScriptInTextFieldsIsStoredAsTheSameTextNotHtmlEncoded()
    {
        var client = factory.ClientWith(await factory.CreateKeyAsync("pakn.test"));
        const string script = "<script>alert('xss')</script> & \"Ngập\" <b>nước</b>";
        var received = Received();
        received["description"] = script;
        received["title"] = "<img src=x onerror=alert(1)>";

        var response = await client.PostAsync("/api/events", Body(received));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var entry = (await factory.ReadAsync([IdOf(received)]))[IdOf(received)];
        var stored = (CaseReceived)CaseEventJson.Deserialize(entry.Json);
        Assert.Equal(script, stored.Description);
        Assert.Equal("<img src=x onerror=alert(1)>", stored.Title);
        Assert.DoesNotContain("&lt;", entry.Json);
        Assert.DoesNotContain("&amp;", entry.Json);
        Assert.DoesNotContain("&quot;", entry.Json);
    }

    /// <summary>A body whose length the client cannot know in advance: sent chunked, without Content-Length.</summary>
    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
