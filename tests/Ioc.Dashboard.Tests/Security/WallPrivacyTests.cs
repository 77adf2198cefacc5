using System.Net;
using System.Text.Json;
using Ioc.Dashboard.Security;
using Ioc.Data;
using Ioc.Data.Cases;
using Ioc.Hub.Live;
using Ioc.Hub.Live.Contract;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ioc.Dashboard.Tests.Security;

/// <summary>No personal field and no confidential case reaches a wall session: page markup, hub payloads, API answers.</summary>
public sealed class WallPrivacyTests(MatrixDashboard app) : IClassFixture<MatrixDashboard>
{
    private static readonly string[] Personal = ["Nguyễn Văn Bình", "0905123456", "binh@example.vn", "079203001234", "12 Trần Phú", "KH-2026-CONF"];

    [Fact]
    public async Task TheWallPageCarriesNoPersonalFieldAndNoConfidentialCase()
    {
        await SeedAsync();
        var wall = await app.ClientAsync(IocRoles.Wall);

        var response = await wall.GetAsync("/wall");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.All(Personal, p => Assert.DoesNotContain(p, html));
    }

    [Fact]
    public async Task TheWallsHubPayloadsCarryNoPersonalFieldAndNoConfidentialCase()
    {
        await SeedAsync();
        await using var connection = await app.ConnectHubAsync(IocRoles.Wall);

        await connection.InvokeAsync(nameof(IocHub.Subscribe), "wall");
        var snapshot = await connection.InvokeAsync<LiveSnapshotDto>(nameof(IocHub.GetSnapshot));
        var json = JsonSerializer.Serialize(snapshot);

        Assert.Equal("wall", snapshot.Audience);
        Assert.All(snapshot.Cases, c => Assert.False(c.IsConfidential));
        Assert.All(Personal, p => Assert.DoesNotContain(p, json));
        // The wire contract has no field that could carry a reporter.
        Assert.DoesNotContain(typeof(LiveCase).GetProperties(), p => p.Name is "Reporter" or "Name" or "Phone" or "Email" or "Address" or "Description");
    }

    [Theory]
    [InlineData("/api/profiles")]
    [InlineData("/api/calendar/khanh-hoa/2026")]
    [InlineData("/api/sla/preview?profile=khanh-hoa&receivedAt=2026-03-02T08:00:00%2B07:00")]
    public async Task TheApisAWallMayCallCarryNoPersonalField(string path)
    {
        await SeedAsync();
        var wall = await app.ClientAsync(IocRoles.Wall);

        var text = await (await wall.GetAsync(path)).Content.ReadAsStringAsync();

        Assert.All(Personal, p => Assert.DoesNotContain(p, text));
    }

    [Fact]
    public async Task AWallAskingForAContactIsForbiddenAndGetsNothing()
    {
        await SeedAsync();
        var wall = await app.ClientAsync(IocRoles.Wall);

        var response = await wall.PostAsync($"/api/cases/{MatrixDashboard.CaseId}/contact/reveal",
            new StringContent("""{"reason":"Hiển thị trên màn hình"}""", System.Text.Encoding.UTF8, "application/json"));

        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.All(Personal, p => Assert.DoesNotContain(p, text));
    }

    private async Task SeedAsync()
    {
        await app.ClientAsync(null);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<IocDbContext>>().CreateDbContextAsync();
        if (await db.Cases.AnyAsync(c => c.Id == "wall-conf-1"))
        {
            return;
        }
        var now = DateTime.UtcNow;
        db.Cases.Add(new CaseRecord
        {
            Id = "wall-conf-1", Code = "KH-2026-CONF", ProfileId = "khanh-hoa", Channel = "hotline", FieldCode = "infrastructure", AdminUnitCode = "kh-nha-trang",
            Latitude = 12.247, Longitude = 109.192, Description = "Ông Nguyễn Văn Bình, 0905123456, báo tranh chấp đất",
            Stage = "accepted", SlaStatus = "Overdue", StateJson = "{}", LeadAgencyId = MatrixDashboard.AgencyId, Holder = MatrixDashboard.AgencyId,
            IsConfidential = true, IsEmergency = true, EmergencyCategory = "fire",
            ReceivedAtUtc = now.AddHours(-1), LastEventAtUtc = now, UpdatedAtUtc = now,
            Reporter = new CaseReporter
            {
                CaseId = "wall-conf-1", Name = "Nguyễn Văn Bình", Phone = "0905123456", Email = "binh@example.vn", IdNumber = "079203001234", Address = "12 Trần Phú, Nha Trang",
            },
        });
        await db.SaveChangesAsync();
    }
}
