using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ioc.Hub.Api;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.DeadLetters;
using Ioc.Hub.Streaming;
using Ioc.Hub.Tests.Live.Support;
using Ioc.Hub.Tests.Projection.Support;
using Ioc.Hub.Tests.Streaming;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ioc.Hub.Tests.DeadLetters;

/// <summary>
/// <c>/api/admin/dead-letters</c> on a Hub worker over Redis: entries a producer wrote wrongly straight into the stream
/// are listed with their reasons and filtered; an out-of-order event is replayed once its predecessor arrived; a
/// still-bad entry comes back with its history; a discard is audited; bad ids are problem details.
/// </summary>
public sealed class DeadLetterApiTests(DeadLetterHub hub) : IClassFixture<DeadLetterHub>
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task MalformedEntriesAreListedWithReasonsAndCanBeFilteredAndPaged()
    {
        var tag = Guid.NewGuid().ToString("N");
        var stream = hub.Services.GetRequiredService<IEventStream>();
        // Written to the case's own partition, so the entry is judged there rather than forwarded first.
        var typeCase = StreamTestKit.CaseIn(stream, 0, $"dl-type-{tag}-");
        var unknownType = Json(new TestCase(typeCase).Received(), e => e["type"] = "case.teleported");
        var missingField = Json(new TestCase(StreamTestKit.CaseIn(stream, 1, $"dl-field-{tag}-")).Received(), e => e.Remove("profileId"));
        // Its case id still reads (the break comes after it), so it too must be written to its case's partition.
        var badJson = $"{{\"caseId\":\"{StreamTestKit.CaseIn(stream, 1, $"dl-json-{tag}-")}\",\"type\":\"case.received\"";
        var positions = new[] { await hub.XAddAsync(0, unknownType), await hub.XAddAsync(1, missingField), await hub.XAddAsync(1, badJson) };

        var ours = await Poll.UntilAsync(async () =>
        {
            var all = await hub.AllAsync();
            return all.Where(d => positions.Contains(d.Position)).ToList() is { Count: 3 } found ? found : null;
        }, "the three malformed entries are dead-lettered");

        var type = ours.Single(d => d.Event == unknownType);
        Assert.Equal(("case.teleported", typeCase, 0, $"{hub.Prefix}:events:0"), (type.Type, type.CaseId, type.Partition, type.Stream));
        Assert.Contains("case.teleported", type.Reason, StringComparison.Ordinal);
        var field = ours.Single(d => d.Event == missingField);
        Assert.Contains("profileId", field.Reason, StringComparison.OrdinalIgnoreCase);
        var broken = ours.Single(d => d.Event == badJson);
        Assert.Contains("malformed JSON", broken.Reason, StringComparison.Ordinal);
        Assert.All(ours, d =>
        {
            Assert.True(d.Attempts >= 1 && d.Deliveries >= 1 && d.Replays == 0);
            Assert.Equal(d.FirstFailedAt, d.LastFailedAt);
            Assert.True(DateTimeOffset.UtcNow - d.LastFailedAt < TimeSpan.FromMinutes(5));
        });

        using var admin = hub.Client(DeadLetterHub.AdminKey);
        var byType = await admin.GetFromJsonAsync<DeadLetterPage>("/api/admin/dead-letters?type=case.teleported&limit=500", Web);
        Assert.All(byType!.Items, d => Assert.Equal("case.teleported", d.Type));
        Assert.Contains(byType.Items, d => d.Id == type.Id);
        var byReason = await admin.GetFromJsonAsync<DeadLetterPage>("/api/admin/dead-letters?reason=MALFORMED%20JSON&limit=500", Web);
        Assert.Contains(byReason!.Items, d => d.Id == broken.Id);
        Assert.DoesNotContain(byReason.Items, d => d.Id == type.Id);
        var byPartition = await admin.GetFromJsonAsync<DeadLetterPage>("/api/admin/dead-letters?partition=1&limit=500", Web);
        Assert.All(byPartition!.Items, d => Assert.Equal(1, d.Partition));
        Assert.Contains(byPartition.Items, d => d.Id == field.Id);
        Assert.DoesNotContain(byPartition.Items, d => d.Id == type.Id);

        var first = await admin.GetFromJsonAsync<DeadLetterPage>("/api/admin/dead-letters?partition=1&limit=1", Web);
        Assert.Single(first!.Items);
        Assert.Equal(first.Items[0].Id, first.Next);
        var second = await admin.GetFromJsonAsync<DeadLetterPage>($"/api/admin/dead-letters?partition=1&limit=1&after={first.Next}", Web);
        Assert.Equal(byPartition.Items[1].Id, Assert.Single(second!.Items).Id);
        Assert.True(second.Total >= 3);

        var one = await admin.GetFromJsonAsync<DeadLetterEntry>($"/api/admin/dead-letters/{field.Id}", Web);
        Assert.Equal(field, one);
    }

    [Fact]
    public async Task AnOutOfOrderEventIsAppliedWhenReplayedAfterItsPredecessorArrived()
    {
        var c = new TestCase($"dl-order-{Guid.NewGuid():N}");
        var received = c.Received();
        var routed = c.After(TimeSpan.FromMinutes(5)).Routed();
        await AppendAsync(routed);
        var letter = await LetterOfAsync(c.CaseId, "the routing that came before its case is dead-lettered");
        Assert.Equal("case.routed", letter.Type);

        await AppendAsync(received);
        await WaitForEventAsync(c.CaseId, 1);
        using var admin = hub.Client(DeadLetterHub.AdminKey);
        var response = await admin.PostAsync($"/api/admin/dead-letters/{letter.Id}/replay", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replayed = (await response.Content.ReadFromJsonAsync<ReplayedDeadLetter>(Web))!;
        Assert.Equal((letter.Id, hub.Services.GetRequiredService<IEventStream>().PartitionOf(c.CaseId)), (replayed.Id, replayed.Partition));
        await WaitForEventAsync(c.CaseId, 2);
        Assert.DoesNotContain(await hub.AllAsync(), d => d.CaseId == c.CaseId);
        Assert.Equal("routed", await hub.WithStoreAsync(db => db.Cases.Where(x => x.Id == c.CaseId).Select(x => x.Stage).SingleAsync()));
        var audit = await hub.WithStoreAsync(db => db.AuditEntries.SingleAsync(a => a.Target == $"dead-letter:{letter.Id}"));
        Assert.Equal((DeadLetterAdmin.ReplayAction, DeadLetterHub.AdminName), (audit.Action, audit.UserName));

        var again = await admin.PostAsync($"/api/admin/dead-letters/{letter.Id}/replay", null);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal("No such dead letter.", (await again.Content.ReadFromJsonAsync<ProblemDetails>())!.Title);
    }

    [Fact]
    public async Task AReplayedEntryThatIsStillBadIsDeadLetteredAgainWithItsHistory()
    {
        var c = new TestCase($"dl-still-{Guid.NewGuid():N}");
        await AppendAsync(c.Accepted());
        var letter = await LetterOfAsync(c.CaseId, "an acceptance of an unknown case is dead-lettered");

        using var admin = hub.Client(DeadLetterHub.AdminKey);
        (await admin.PostAsync($"/api/admin/dead-letters/{letter.Id}/replay", null)).EnsureSuccessStatusCode();
        var again = await Poll.UntilAsync(async () => (await hub.AllAsync()).SingleOrDefault(d => d.CaseId == c.CaseId && d.Id != letter.Id),
            "the replayed entry fails again");

        Assert.Equal((letter.Event, letter.Reason, 1), (again.Event, again.Reason, again.Replays));
        Assert.Equal(letter.FirstFailedAt, again.FirstFailedAt);
        Assert.True(again.LastFailedAt >= letter.LastFailedAt);
        Assert.Equal(letter.Attempts + again.Deliveries, again.Attempts);
        Assert.Equal(0, await hub.WithStoreAsync(db => db.Events.CountAsync(e => e.CaseId == c.CaseId)));
    }

    [Fact]
    public async Task ADiscardNeedsAReasonAndIsAuditedWithWhoAndWhy()
    {
        var c = new TestCase($"dl-discard-{Guid.NewGuid():N}");
        await AppendAsync(c.Accepted());
        var letter = await LetterOfAsync(c.CaseId, "an acceptance of an unknown case is dead-lettered");
        using var admin = hub.Client(DeadLetterHub.AdminKey);

        var noReason = await admin.DeleteAsync($"/api/admin/dead-letters/{letter.Id}");
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("reason", (await noReason.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors.Keys);
        var discarded = await admin.DeleteAsync($"/api/admin/dead-letters/{letter.Id}?reason={Uri.EscapeDataString("Hồ sơ thử nghiệm, không có thật")}");

        Assert.Equal(HttpStatusCode.NoContent, discarded.StatusCode);
        Assert.DoesNotContain(await hub.AllAsync(), d => d.Id == letter.Id);
        var audit = await hub.WithStoreAsync(db => db.AuditEntries.SingleAsync(a => a.Target == $"dead-letter:{letter.Id}"));
        Assert.Equal((DeadLetterAdmin.DiscardAction, DeadLetterHub.AdminName, "Hồ sơ thử nghiệm, không có thật"), (audit.Action, audit.UserName, audit.Reason));
        Assert.Contains(c.CaseId, audit.Details, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"/api/admin/dead-letters/{letter.Id}?reason=again")).StatusCode);
    }

    [Theory]
    [InlineData("GET", "/api/admin/dead-letters/not-an-id")]
    [InlineData("POST", "/api/admin/dead-letters/12-x/replay")]
    [InlineData("DELETE", "/api/admin/dead-letters/abc?reason=x")]
    [InlineData("GET", "/api/admin/dead-letters?after=yesterday")]
    [InlineData("GET", "/api/admin/dead-letters?partition=99")]
    [InlineData("GET", "/api/admin/dead-letters?limit=0")]
    public async Task ABadIdOrQueryIsAProblemDetails400(string method, string path)
    {
        using var admin = hub.Client(DeadLetterHub.AdminKey);
        var response = await admin.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData(LiveHubFactory.SupervisorKey, HttpStatusCode.Forbidden)]
    [InlineData(LiveHubFactory.WallKey, HttpStatusCode.Forbidden)]
    public async Task OnlyAnAdministratorGetsIn(string? key, HttpStatusCode expected)
    {
        using var client = hub.Client(key);
        foreach (var (method, path) in new[] { ("GET", "/api/admin/dead-letters"), ("POST", "/api/admin/dead-letters/1-0/replay"), ("DELETE", "/api/admin/dead-letters/1-0?reason=x") })
        {
            var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
            Assert.Equal(expected, response.StatusCode);
        }
    }

    private static string Json(CaseEvent e, Action<JsonObject> change)
    {
        var node = JsonNode.Parse(CaseEventJson.Serialize(e))!.AsObject();
        change(node);
        return node.ToJsonString();
    }

    private async Task AppendAsync(params CaseEvent[] events)
    {
        var results = await hub.Services.GetRequiredService<IEventStream>().AppendAsync(events);
        Assert.All(results, r => Assert.True(r.Succeeded, r.Error));
    }

    private Task<DeadLetterEntry> LetterOfAsync(string caseId, string what) =>
        Poll.UntilAsync(async () => (await hub.AllAsync()).SingleOrDefault(d => d.CaseId == caseId), what);

    /// <summary>Waits for the lifecycle event of that sequence (the scheduler may add its annotations around it).</summary>
    private Task WaitForEventAsync(string caseId, long sequence) =>
        StreamTestKit.Eventually(async () => await hub.WithStoreAsync(db => db.Events.AnyAsync(e => e.CaseId == caseId && e.Sequence == sequence && !e.Type.StartsWith("ioc."))),
            $"event {sequence} of {caseId} is in the store", TimeSpan.FromSeconds(20));
}
