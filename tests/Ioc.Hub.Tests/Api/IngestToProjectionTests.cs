using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Ingest;
using Ioc.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Ioc.Hub.Tests.Api.IngestEvents;

namespace Ioc.Hub.Tests.Api;

/// <summary>The whole Hub host, projection consumer included.</summary>
public sealed class FullHubFactory : IngestApiFactory
{
    protected override bool RunsHubWorkers => true;
}

/// <summary>The live pipeline end to end in one process: producer → API → stream → projection → store.</summary>
public sealed class IngestToProjectionTests(FullHubFactory factory) : IClassFixture<FullHubFactory>
{
    [Fact]
    public async Task AnAcceptedReportBecomesAProjectedCase()
    {
        var client = factory.ClientWith(await factory.CreateKeyAsync("pakn.khanhhoa.gov.vn"));
        var caseId = NewCaseId();

        var response = await client.PostAsync("/api/events", Body(Received(caseId), Routed(caseId, 2)));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var contexts = factory.Services.GetRequiredService<IDbContextFactory<IocDbContext>>();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        Data.Cases.CaseRecord? projected = null;
        while (DateTime.UtcNow < deadline)
        {
            await using var db = await contexts.CreateDbContextAsync();
            projected = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId && c.LastSequence == 2);
            if (projected is not null)
                break;
            await Task.Delay(50);
        }
        Assert.NotNull(projected);
        Assert.Equal("khanh-hoa", projected.ProfileId);
        Assert.Equal("kh-sxd", projected.LeadAgencyId);
        var accepted = (await response.Content.ReadFromJsonAsync<IngestAccepted>(new JsonSerializerOptions(JsonSerializerDefaults.Web)))!;
        await using var read = await contexts.CreateDbContextAsync();
        var logged = await read.Events.AsNoTracking().Where(e => e.CaseId == caseId).OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal(accepted.Positions.Select(p => p.Position), logged.Select(e => e.StreamPosition));
        Assert.Equal("pakn.khanhhoa.gov.vn", CaseEventJson.Deserialize(logged[0].PayloadJson).Actor);
    }
}
