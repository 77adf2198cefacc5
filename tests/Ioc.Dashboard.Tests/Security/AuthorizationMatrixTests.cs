using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using Ioc.Dashboard.Security;
using Ioc.Data;
using Ioc.Data.Cases;
using Ioc.Hub.Live;
using Ioc.Hub.Live.Contract;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ioc.Dashboard.Tests.Security;

/// <summary>
/// Who may reach what (docs/security.md "Authorisation matrix"): every endpoint of the app and every hub method against
/// every role. The table is the specification; an endpoint or hub method without a row fails the test, so whoever adds
/// one must decide its row here.
/// </summary>
public sealed class AuthorizationMatrixTests(MatrixDashboard app) : IClassFixture<MatrixDashboard>
{
    /// <summary>Allowed (authorization passed, whatever the endpoint then answered), Unauthorized (401, or the sign-in page), Forbidden (403, or access denied).</summary>
    public enum Access { A, U, F }

    private const Access A = Access.A, U = Access.U, F = Access.F;

    /// <summary>The columns, in this order.</summary>
    public static readonly string?[] Roles = [null, IocRoles.Wall, IocRoles.Supervisor, IocRoles.Leader, IocRoles.Agency, IocRoles.Admin];

    /// <summary>
    /// "METHOD pattern" as the endpoint data source names it → access for anonymous, wall, supervisor, leader, agency, admin.
    /// </summary>
    public static readonly Dictionary<string, Access[]> Endpoints = new()
    {
        // Pages
        ["GET,POST /"] = [U, A, A, A, A, A],
        ["GET,POST /wall"] = [U, A, A, A, F, A],
        ["GET,POST /not-found"] = [U, A, A, A, A, A],
        ["GET,POST /account/login"] = [A, A, A, A, A, A],
        ["GET,POST /account/access-denied"] = [U, A, A, A, A, A],
        ["POST /account/logout"] = [U, A, A, A, A, A],
        ["POST /account/external-login"] = [A, A, A, A, A, A],
        ["GET /account/external-callback"] = [A, A, A, A, A, A],
        ["GET /culture/set"] = [A, A, A, A, A, A],
        // Public reference APIs for integrators
        ["GET /api/sla/preview"] = [A, A, A, A, A, A],
        ["GET /api/profiles"] = [A, A, A, A, A, A],
        ["GET /api/calendar/{profile}/{year}"] = [A, A, A, A, A, A],
        // Producers post with an API key, never with an account
        ["POST /api/events"] = [U, U, U, U, U, U],
        ["POST /api/admin/producer-keys/"] = [U, F, F, F, F, A],
        ["GET /api/admin/producer-keys/"] = [U, F, F, F, F, A],
        ["GET /api/admin/producer-keys/{id:guid}"] = [U, F, F, F, F, A],
        ["DELETE /api/admin/producer-keys/{id:guid}"] = [U, F, F, F, F, A],
        ["POST /api/cases/{id}/contact/reveal"] = [U, F, A, F, A, F],
        ["GET /api/live/status"] = [U, A, A, A, F, A],
        // Wall displays: the kiosk sign-in is the token itself; the diagnostics are the administrators'
        ["GET /kiosk/{token}"] = [A, A, A, A, A, A],
        ["GET,POST /kiosk/ended"] = [A, A, A, A, A, A],
        ["GET /api/wall/diagnostics"] = [U, F, F, F, F, A],
        // Dead letters: administrators only
        ["GET /api/admin/dead-letters/"] = [U, F, F, F, F, A],
        ["GET /api/admin/dead-letters/{id}"] = [U, F, F, F, F, A],
        ["POST /api/admin/dead-letters/{id}/replay"] = [U, F, F, F, F, A],
        ["DELETE /api/admin/dead-letters/{id}"] = [U, F, F, F, F, A],
        // Reminders: supervisors (and administrators); delivery receipts come from gateways with a shared secret
        ["POST /api/reminders/preview"] = [U, F, A, F, F, A],
        ["POST /api/reminders/"] = [U, F, A, F, F, A],
        ["GET /api/reminders/cases/{caseId}"] = [U, F, A, F, F, A],
        ["POST /api/reminders/messages/{id:guid}/retry"] = [U, F, A, F, F, A],
        ["POST /api/notifications/receipts/"] = [U, U, U, U, U, U],
        ["POST /api/notifications/receipts/zalo"] = [U, U, U, U, U, U],
        // KPIs and reports: leaders and supervisors
        ["GET,POST /kpi"] = [U, F, A, A, F, A],
        ["GET,POST /kpi/reports"] = [U, F, A, A, F, A],
        ["GET,POST /kpi/reports/{Kind}/{Day}"] = [U, F, A, A, F, A],
        ["GET /kpi/reports/download/{kind}/{day}.{format}"] = [U, F, A, A, F, A],
        ["GET /kpi/reports/generated/{id:guid}.{format}"] = [U, F, A, A, F, A],
        // The console: supervisors, agency staff (their own agency), administrators
        ["GET,POST /console"] = [U, F, A, F, A, A],
        ["GET,POST /console/cases"] = [U, F, A, F, A, A],
        ["GET,POST /console/cases/{Code}"] = [U, F, A, F, A, A],
        ["GET,POST /console/review"] = [U, F, A, F, F, A], // the integrity queue is the supervisors'
        // Administration
        ["GET,POST /admin"] = [U, F, F, F, F, A],
        ["GET,POST /admin/users"] = [U, F, F, F, F, A],
        ["GET,POST /admin/agencies"] = [U, F, F, F, F, A],
        ["GET,POST /admin/producer-keys"] = [U, F, F, F, F, A],
        ["GET,POST /admin/calendar"] = [U, F, F, F, F, A],
        ["GET,POST /admin/profiles"] = [U, F, F, F, F, A],
        ["GET,POST /admin/audit"] = [U, F, F, F, F, A],
        ["GET,POST /admin/kiosk"] = [U, F, F, F, F, A],
        ["GET,POST /admin/templates"] = [U, F, F, F, F, A],
        ["GET,POST /admin/dead-letters"] = [U, F, F, F, F, A],
        // The live hub: any signed-in user may connect; what it receives is decided per method below
        ["* /hubs/ioc"] = [U, A, A, A, A, A],
        ["* /hubs/ioc/negotiate"] = [U, A, A, A, A, A],
    };

    /// <summary>Hub method (with its argument) → access per role; Forbidden is a HubException.</summary>
    public static readonly Dictionary<string, Access[]> HubMethods = new()
    {
        ["Subscribe(wall)"] = [U, A, A, A, F, A],
        ["Subscribe(supervisor)"] = [U, F, A, F, F, A],
        ["Subscribe(leader)"] = [U, F, A, A, F, A],
        ["Subscribe(agency:own)"] = [U, F, A, F, A, A],
        ["Subscribe(agency:other)"] = [U, F, A, F, F, A],
        ["GetSnapshot()"] = [U, A, A, A, A, A],
    };

    /// <summary>Endpoints of the framework itself, not ours to authorise: static files and Blazor's circuit plumbing.</summary>
    private static bool IsFramework(RouteEndpoint e) =>
        e.Metadata.Any(m => m.GetType().Name.Contains("StaticAsset", StringComparison.Ordinal))
        || e.RoutePattern.RawText!.StartsWith("/_", StringComparison.Ordinal)
        || e.RoutePattern.RawText!.StartsWith("_", StringComparison.Ordinal)
        // The static files' fallback route ("{**path:file}"), anonymous like every static file.
        || e.RoutePattern.RawText!.Contains(":file}", StringComparison.Ordinal);

    [Fact]
    public void EveryEndpointOfTheAppHasARow()
    {
        var names = EndpointNames();

        Assert.True(names.All(Endpoints.ContainsKey), $"Endpoints without a row in the authorisation matrix: {string.Join(", ", names.Where(n => !Endpoints.ContainsKey(n)))}");
        Assert.True(Endpoints.Keys.All(names.Contains), $"Rows for endpoints that no longer exist: {string.Join(", ", Endpoints.Keys.Where(k => !names.Contains(k)))}");
    }

    [Fact]
    public void EveryHubMethodHasARow()
    {
        var methods = typeof(IocHub).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && m.GetBaseDefinition().DeclaringType == typeof(IocHub)).Select(m => m.Name).ToList();

        Assert.NotEmpty(methods);
        Assert.All(methods, m => Assert.Contains(HubMethods.Keys, k => k.StartsWith(m + "(", StringComparison.Ordinal)));
    }

    public static TheoryData<string> EndpointRows() => [.. Endpoints.Keys];

    [Theory]
    [MemberData(nameof(EndpointRows))]
    public async Task EachRoleGetsWhatTheTableSays(string row)
    {
        var expected = Endpoints[row];
        var actual = new List<Access>();
        for (var i = 0; i < Roles.Length; i++)
        {
            actual.Add(Classify(await SendAsync(await app.ClientAsync(Roles[i]), row)));
        }

        Assert.Equal(expected, actual);
    }

    public static TheoryData<string> HubRows() => [.. HubMethods.Keys];

    [Theory]
    [MemberData(nameof(HubRows))]
    public async Task EachRoleGetsWhatTheHubTableSays(string row)
    {
        var expected = HubMethods[row];
        var actual = new List<Access>();
        foreach (var role in Roles)
        {
            actual.Add(await InvokeAsync(role, row));
        }

        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task AnAgencyAskingForAnotherAgencysCaseByIdGetsNotFound()
    {
        var other = await app.ClientAsync(IocRoles.Agency, agencyId: "kh-other");
        var own = await app.ClientAsync(IocRoles.Agency);

        var refused = await other.PostAsJsonAsync($"/api/cases/{MatrixDashboard.CaseId}/contact/reveal", new { reason = "Kiểm tra quyền truy cập" });
        var allowed = await own.PostAsJsonAsync($"/api/cases/{MatrixDashboard.CaseId}/contact/reveal", new { reason = "Kiểm tra quyền truy cập" });
        var missing = await own.PostAsJsonAsync("/api/cases/no-such-case/contact/reveal", new { reason = "Kiểm tra quyền truy cập" });

        // The same answer as for a case that does not exist: the id is not confirmed to another agency.
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.DoesNotContain("Nguyễn Văn Bình", await refused.Content.ReadAsStringAsync());
    }

    private List<string> EndpointNames() =>
    [
        .. app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().Where(e => !IsFramework(e))
            .Select(e => $"{(e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods is { Count: > 0 } methods ? string.Join(",", methods) : "*")} {e.RoutePattern.RawText}")
            .Distinct(),
    ];

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string row)
    {
        var space = row.IndexOf(' ');
        var method = row[..space] switch { "*" when row.EndsWith("/negotiate", StringComparison.Ordinal) => "POST", "*" => "GET", var m => m.Split(',')[0] };
        var path = row[(space + 1)..]
            .Replace("{id:guid}", Guid.NewGuid().ToString())
            .Replace("{id}", MatrixDashboard.CaseId)
            .Replace("{profile}", "khanh-hoa")
            .Replace("{year}", "2026");
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "POST" && path.StartsWith("/api/", StringComparison.Ordinal))
        {
            request.Content = JsonContent.Create(new { reason = "Kiểm tra ma trận quyền", producerName = "matrix" });
        }
        else if (method is "POST")
        {
            request.Content = new FormUrlEncodedContent([]);
        }
        return await client.SendAsync(request);
    }

    private static Access Classify(HttpResponseMessage response)
    {
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            return U;
        }
        if (response.StatusCode == HttpStatusCode.Forbidden)
        {
            return F;
        }
        // Pages answer with the sign-in page (carrying the return address) or the access-denied page.
        if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { } location)
        {
            var target = location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0];
            if (target == "/account/login" && location.OriginalString.Contains("ReturnUrl=", StringComparison.Ordinal))
            {
                return U;
            }
            if (target == "/account/access-denied")
            {
                return F;
            }
        }
        return A;
    }

    private async Task<Access> InvokeAsync(string? role, string row)
    {
        HubConnection connection;
        try
        {
            connection = await app.ConnectHubAsync(role);
        }
        catch (HttpRequestException e) when (e.StatusCode == HttpStatusCode.Unauthorized)
        {
            return U;
        }
        await using (connection)
        {
            var argument = row[(row.IndexOf('(') + 1)..^1].Replace("agency:own", "agency:" + MatrixDashboard.AgencyId).Replace("agency:other", "agency:kh-other");
            try
            {
                if (row.StartsWith(nameof(IocHub.Subscribe), StringComparison.Ordinal))
                {
                    await connection.InvokeAsync(nameof(IocHub.Subscribe), argument);
                }
                else
                {
                    await connection.InvokeAsync<LiveSnapshotDto>(nameof(IocHub.GetSnapshot));
                }
                return A;
            }
            catch (HubException)
            {
                return F;
            }
        }
    }
}

/// <summary>The Development dashboard with one account per role and one case with a reporter, led by <see cref="AgencyId"/>.</summary>
public sealed class MatrixDashboard() : DashboardFactory("Development")
{
    public const string Password = "Kiem-tra-2026-Mat-khau";
    public const string AgencyId = "kh-sxd";
    public const string CaseId = "matrix-case-1";

    private readonly Dictionary<string, string> cookies = [];
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task<HttpClient> ClientAsync(string? role, string agencyId = AgencyId)
    {
        var cookie = await CookieAsync(role ?? IocRoles.Wall, agencyId);
        var client = CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        if (role is not null)
        {
            client.DefaultRequestHeaders.Add("Cookie", cookie);
        }
        return client;
    }

    public async Task<HubConnection> ConnectHubAsync(string? role)
    {
        var cookie = role is null ? null : await CookieAsync(role, AgencyId);
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(Server.BaseAddress, IocHub.Path), o =>
            {
                o.HttpMessageHandlerFactory = _ => Server.CreateHandler();
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
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task<string> CookieAsync(string role, string agencyId)
    {
        var key = $"{role}/{agencyId}";
        await gate.WaitAsync();
        try
        {
            await SeedOnceAsync();
            if (!cookies.TryGetValue(key, out var cookie))
            {
                var email = $"{role}-{agencyId}@matrix.ioc.local";
                await CreateUserAsync(email, Password, role, role == IocRoles.Agency ? agencyId : null);
                var response = await SignInForm.PostAsync(CreateBrowser(), email, Password);
                var set = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("ioc.auth=", StringComparison.Ordinal));
                cookies[key] = cookie = set[..set.IndexOf(';')];
            }
            return cookie;
        }
        finally
        {
            gate.Release();
        }
    }

    private bool seeded;

    private async Task SeedOnceAsync()
    {
        if (seeded)
        {
            return;
        }
        seeded = true;
        await using var scope = Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<IocDbContext>>().CreateDbContextAsync();
        var now = DateTime.UtcNow;
        db.Cases.Add(new CaseRecord
        {
            Id = CaseId, Code = "KH-2026-MATRIX", ProfileId = "khanh-hoa", Channel = "hotline", FieldCode = "infrastructure", AdminUnitCode = "kh-nha-trang",
            Description = "Đèn đường hỏng", Stage = "accepted", SlaStatus = "OnTime", StateJson = "{}", LeadAgencyId = AgencyId, Holder = AgencyId,
            ReceivedAtUtc = now, LastEventAtUtc = now, UpdatedAtUtc = now,
            Reporter = new CaseReporter { CaseId = CaseId, Name = "Nguyễn Văn Bình", Phone = "0905123456" },
        });
        await db.SaveChangesAsync();
    }
}
