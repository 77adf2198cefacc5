using Ioc.Hub.Live;
using Ioc.Hub.Live.Security;
using Ioc.Hub.Tests.Projection.Support;
using Ioc.Hub.Tests.Support.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Ioc.Hub.Tests.Live.Support;

/// <summary>
/// The Hub worker (Ioc.Hub's Program) on a real Kestrel port, over a migrated SQLite file, the in-process stream (or
/// Redis, see <see cref="ExtraSettings"/>) and the test profiles, with one API key per subscriber the tests play.
/// </summary>
public class LiveHubFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string SupervisorKey = "test-supervisor-key-0001";
    public const string WallKey = "test-wall-key-0002";
    public const string LeaderKey = "test-leader-key-0003";
    public const string AgencyKey = "test-agency-key-0004";
    /// <summary>The agency of <see cref="AgencyKey"/>: the construction department the test cases are routed to.</summary>
    public const string Agency = "kh-sxd";

    private readonly SqliteTestDatabase database = new();
    private readonly ProfileFiles profiles = new();
    private int disposed;

    public LiveHubFactory() : this(0)
    {
    }

    /// <summary>A hub on a given port (0: any free one), for a test that must bring a hub back where it was.</summary>
    protected LiveHubFactory(int port) => UseKestrel(port);

    /// <summary>Settings a derived fixture adds or overrides (Redis, pacing).</summary>
    protected virtual IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
    }

    public Uri HubUrl => new(BaseAddress, IocHub.Path);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Ioc"] = database.ConnectionString,
            ["Ioc:Storage:Provider"] = "Sqlite",
            ["Ioc:Sla:ProfilesPath"] = profiles.Path,
            ["Ioc:Redis"] = "",
            ["Ioc:Stream:Partitions"] = "2",
            ["Ioc:Stream:PollMaxInterval"] = "00:00:00.010",
        };
        (string Name, string Key, string Role, string? Agency)[] keys =
        [
            ("supervisor-test", SupervisorKey, HubRoles.Supervisor, null),
            ("wall-test", WallKey, HubRoles.Wall, null),
            ("leader-test", LeaderKey, HubRoles.Leader, null),
            ("agency-test", AgencyKey, HubRoles.Agency, Agency),
        ];
        for (var i = 0; i < keys.Length; i++)
        {
            settings[$"Ioc:Hub:Keys:{i}:Name"] = keys[i].Name;
            settings[$"Ioc:Hub:Keys:{i}:Sha256"] = HubKeyHandler.Hash(keys[i].Key);
            settings[$"Ioc:Hub:Keys:{i}:Role"] = keys[i].Role;
            settings[$"Ioc:Hub:Keys:{i}:AgencyId"] = keys[i].Agency;
        }
        foreach (var (key, value) in ExtraSettings)
        {
            settings[key] = value;
        }
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    /// <summary>Stops the host, then deletes its database and profile files (once, however often it is called).</summary>
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            await database.DisposeAsync();
            profiles.Dispose();
        }
        GC.SuppressFinalize(this);
    }
}
