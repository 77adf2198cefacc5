using System.Net;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Live.Contract;
using Ioc.Hub.Streaming;
using Ioc.Hub.Tests.Live.Support;
using Ioc.Hub.Tests.Projection.Support;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;

namespace Ioc.Hub.Tests.Live;

/// <summary>
/// The hub as external subscribers use it: a real SignalR client over Kestrel, events appended to the worker's
/// stream and projected, batches inspected as they crossed the wire.
/// </summary>
public sealed class LiveHubTests(LiveHubFactory hub) : IClassFixture<LiveHubFactory>
{
    [Fact]
    public async Task SubscriberGetsASnapshotThenTheDeltaOfAnAppendedEventWithTheFollowingVersion()
    {
        await using var client = await LiveClient.ConnectAsync(hub.HubUrl, LiveHubFactory.SupervisorKey);
        await client.SubscribeAsync("supervisor");
        var (snapshot, _) = await client.SnapshotAsync();

        var c = new TestCase($"live-{Guid.NewGuid():N}");
        await AppendAsync(c.Received());

        var batch = await LiveAssert.EventuallyAsync(() => client.Batches.FirstOrDefault(b => b.Cases.Any(x => x.CaseId == c.CaseId)), "the new case arrives");
        var first = client.Batches.First(b => b.ToVersion > snapshot.Version);
        Assert.Equal(snapshot.Version, first.FromVersion);
        Assert.Equal(snapshot.Source, batch.Source);
        Assert.True(batch.ToVersion > snapshot.Version);
        var live = batch.Cases.Single(x => x.CaseId == c.CaseId);
        Assert.Equal(("received", "operations-center", 12.2388, 109.1967), (live.Stage, live.HolderId, live.Latitude, live.Longitude));
        Assert.NotNull(live.StepDueAt);
        Assert.True(batch.Numbers!.Totals!.Value.Open > snapshot.Numbers.Totals.Open);
        Assert.Contains(batch.Positions!, p => p.Value != snapshot.Positions.GetValueOrDefault(p.Key));
    }

    [Fact]
    public async Task ClientWithoutAValidKeyIsRefused()
    {
        var anonymous = await Assert.ThrowsAsync<HttpRequestException>(() => LiveClient.ConnectAsync(hub.HubUrl, null));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        var unknown = await Assert.ThrowsAsync<HttpRequestException>(() => LiveClient.ConnectAsync(hub.HubUrl, "not-a-configured-key"));
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
    }

    [Fact]
    public async Task AgencyUserJoinsOnlyItsOwnAgencysGroup()
    {
        await using var client = await LiveClient.ConnectAsync(hub.HubUrl, LiveHubFactory.AgencyKey);
        foreach (var audience in new[] { "agency:kh-other", "supervisor", "wall", "leader", "agency:", "everything" })
        {
            await Assert.ThrowsAsync<HubException>(() => client.SubscribeAsync(audience));
        }
        await client.SubscribeAsync($"agency:{LiveHubFactory.Agency}");

        var ours = new TestCase($"ours-{Guid.NewGuid():N}");
        var theirs = new TestCase($"theirs-{Guid.NewGuid():N}") { Lead = "kh-other" };
        await AppendAsync(ours.Received(), theirs.Received(), ours.After(TimeSpan.FromMinutes(5)).Routed(), theirs.After(TimeSpan.FromMinutes(5)).Routed());

        await LiveAssert.EventuallyAsync(() => client.Batches.Any(b => b.Cases.Any(x => x.CaseId == ours.CaseId)), "the agency sees the case routed to it");
        var (snapshot, _) = await client.SnapshotAsync();
        Assert.Equal($"agency:{LiveHubFactory.Agency}", snapshot.Audience);
        Assert.Contains(snapshot.Cases, x => x.CaseId == ours.CaseId);
        Assert.All(snapshot.Cases, x => Assert.True(x.LeadAgencyId == LiveHubFactory.Agency || x.HolderId == LiveHubFactory.Agency));
        Assert.DoesNotContain(client.Messages, m => m.Json.Contains(theirs.CaseId, StringComparison.Ordinal));
        Assert.All(snapshot.Numbers.ByAgency.Keys, k => Assert.Equal(LiveHubFactory.Agency, k));
    }

    [Fact]
    public async Task WallNeverReceivesReporterDataNorAConfidentialCase()
    {
        await using var wall = await LiveClient.ConnectAsync(hub.HubUrl, LiveHubFactory.WallKey);
        await using var supervisor = await LiveClient.ConnectAsync(hub.HubUrl, LiveHubFactory.SupervisorKey);
        await wall.SubscribeAsync("wall");
        await supervisor.SubscribeAsync("supervisor");
        var (_, wallBefore) = await wall.SnapshotAsync();

        // DOMAIN glossary: a confidential case is "never on public or wall screens"; reporter contacts are personal data.
        var secret = new TestCase($"conf-{Guid.NewGuid():N}");
        var open = new TestCase($"open-{Guid.NewGuid():N}");
        await AppendAsync(secret.Received(confidential: true, emergency: true), open.Received(emergency: true),
            secret.After(TimeSpan.FromMinutes(5)).Routed(), open.After(TimeSpan.FromMinutes(5)).Routed());

        var seen = await LiveAssert.EventuallyAsync(
            () => supervisor.Batches.SelectMany(b => b.Cases).LastOrDefault(x => x.CaseId == secret.CaseId && x.Stage == "routed"), "the supervisor sees the routed confidential case");
        Assert.True(seen.IsConfidential);
        await LiveAssert.EventuallyAsync(() => wall.Batches.Any(b => b.Cases.Any(x => x.CaseId == open.CaseId && x.Stage == "routed")), "the wall sees the other case routed");
        var (wallSnapshot, wallAfter) = await wall.SnapshotAsync();
        var (supervisorSnapshot, _) = await supervisor.SnapshotAsync();

        string[] forbidden = [secret.CaseId, $"T-{secret.CaseId}", "Nguyễn Văn A", "0905123456", "nguyenvana@example.vn", "12 Trần Phú", "Ổ gà lớn"];
        var wallStrings = wall.Messages.Select(m => m.Json).Concat([wallBefore, wallAfter]).SelectMany(LiveAssert.Strings).ToList();
        Assert.Contains(open.CaseId, wallStrings);
        foreach (var text in forbidden)
        {
            Assert.DoesNotContain(wallStrings, s => s.Contains(text, StringComparison.Ordinal));
        }
        Assert.Contains(supervisorSnapshot.Cases, x => x.CaseId == secret.CaseId);
        // Counts include the confidential case for everyone, so the wall never contradicts the console.
        Assert.Equal(supervisorSnapshot.Numbers.Totals, wallSnapshot.Numbers.Totals);
        Assert.Equal(supervisorSnapshot.Numbers.OpenEmergencyCount, wallSnapshot.Numbers.OpenEmergencyCount);
    }

    private async Task AppendAsync(params CaseEvent[] events)
    {
        var results = await hub.Services.GetRequiredService<IEventStream>().AppendAsync(events);
        Assert.All(results, r => Assert.True(r.Succeeded, r.Error));
    }
}
