using System.Net;
using Ioc.Dashboard.Security;
using Ioc.Dashboard.Tests.Security;
using Ioc.Hub.Live;
using Ioc.Hub.Live.Contract;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Ioc.Dashboard.Tests.Live;

/// <summary>
/// Embedded mode: the dashboard hosts the live hub for scripts in its pages, signed in with the dashboard's own
/// cookie and judged by the same roles as the pages (docs/live-feed.md "Audiences").
/// </summary>
public sealed class DashboardHubTests(DevelopmentDashboard factory) : IClassFixture<DevelopmentDashboard>
{
    private const string Password = "Kiem-tra-2026-Mat-khau";

    [Fact]
    public async Task WallAccountSignedInWithTheCookieJoinsTheWallButNotTheSupervisorsAudience()
    {
        var email = $"wall-{Guid.NewGuid():N}@ioc.local";
        await factory.CreateUserAsync(email, Password, IocRoles.Wall);
        await using var connection = await ConnectAsync(await SignInAsync(email));

        await connection.InvokeAsync(nameof(IocHub.Subscribe), "wall");
        var snapshot = await connection.InvokeAsync<LiveSnapshotDto>(nameof(IocHub.GetSnapshot));
        Assert.Equal("wall", snapshot.Audience);
        await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync(nameof(IocHub.Subscribe), "supervisor"));
        await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync(nameof(IocHub.Subscribe), "agency:kh-sxd"));
    }

    [Fact]
    public async Task AgencyAccountJoinsOnlyTheAudienceOfTheAgencyInItsCookie()
    {
        var email = $"agency-{Guid.NewGuid():N}@ioc.local";
        await factory.CreateUserAsync(email, Password, IocRoles.Agency, agencyId: "kh-sxd");
        await using var connection = await ConnectAsync(await SignInAsync(email));

        await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync(nameof(IocHub.Subscribe), "agency:kh-other"));
        await connection.InvokeAsync(nameof(IocHub.Subscribe), "agency:kh-sxd");
        Assert.Equal("agency:kh-sxd", (await connection.InvokeAsync<LiveSnapshotDto>(nameof(IocHub.GetSnapshot))).Audience);
    }

    [Fact]
    public async Task AnonymousVisitorCannotOpenTheHub()
    {
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => ConnectAsync(cookie: null));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    private async Task<string> SignInAsync(string email)
    {
        var browser = factory.CreateBrowser();
        var response = await SignInForm.PostAsync(browser, email, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("ioc.auth=", StringComparison.Ordinal));
        return cookie[..cookie.IndexOf(';')];
    }

    /// <summary>A .NET client over the test server (long polling: the test server has no sockets), sending the cookie.</summary>
    private async Task<HubConnection> ConnectAsync(string? cookie)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(factory.Server.BaseAddress, IocHub.Path), o =>
            {
                o.HttpMessageHandlerFactory = _ => factory.Server.CreateHandler();
                o.Transports = HttpTransportType.LongPolling;
                if (cookie is not null)
                {
                    o.Headers["Cookie"] = cookie;
                }
            })
            .Build();
        try
        {
            await connection.StartAsync();
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
        return connection;
    }
}
