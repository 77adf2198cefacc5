using Ioc.Dashboard.Components.Pages.Wall.Data;
using Ioc.Data;
using Ioc.Data.Cases;
using Ioc.Data.Extensions;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Extensions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Ioc.Dashboard.Tests.Wall;

/// <summary>
/// A real store for the wall's reader: a throw-away SQLite file migrated and seeded with the reference data by the
/// same start-up as the dashboard's, the clock at <see cref="WallSamples.Now"/> (08:00 on Monday 2 March 2026 in Việt Nam).
/// </summary>
public sealed class WallStore(params (string Key, string Value)[] settings) : IAsyncLifetime
{
    public const string Profile = "khanh-hoa";

    private readonly string path = Path.Combine(Path.GetTempPath(), $"ioc-wall-{Guid.NewGuid():N}.db");
    private IHost? host;
    private bool started;

    public FakeTimeProvider Time { get; } = new(WallSamples.Now);

    public WallStoreReader Reader => host!.Services.GetRequiredService<WallStoreReader>();

    public async Task InitializeAsync()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Test" });
        builder.Configuration["ConnectionStrings:Ioc"] = $"Data Source={path}";
        foreach (var (key, value) in settings)
        {
            builder.Configuration[key] = value;
        }

        builder.AddIocData();
        builder.AddIocHub();
        builder.AddIocWall();
        builder.Services.AddSingleton<TimeProvider>(Time);
        host = builder.Build();
        await host.StartAsync();
        started = true;
    }

    public async Task AddAsync(IEnumerable<CaseRecord> cases, IEnumerable<EventRecord>? events = null)
    {
        await using var db = await host!.Services.GetRequiredService<IDbContextFactory<IocDbContext>>().CreateDbContextAsync();
        db.Cases.AddRange(cases);
        db.Events.AddRange(events ?? []);
        await db.SaveChangesAsync();
    }

    /// <summary>An open case in Phường Nha Trang led by Sở Xây dựng, received an hour ago; tests change what matters to them.</summary>
    public static CaseRecord Case(string id, string status = "OnTime", string profile = Profile) => new()
    {
        Id = id,
        Code = $"KH-2026-{id}",
        ProfileId = profile,
        Channel = "hotline",
        FieldCode = "infrastructure",
        AdminUnitCode = "kh-nha-trang",
        Latitude = 12.247,
        Longitude = 109.192,
        Description = "Ông Nguyễn Văn Bình, 0905123456, báo đèn đường hỏng trước nhà số 12",
        ReceivedAtUtc = WallSamples.Now.AddHours(-1).UtcDateTime,
        Stage = "accepted",
        LeadAgencyId = "kh-sxd",
        StepDueAtUtc = WallSamples.Now.AddDays(2).UtcDateTime,
        CaseDueAtUtc = WallSamples.Now.AddDays(7).UtcDateTime,
        SlaStatus = status,
        LastEventAtUtc = WallSamples.Now.AddHours(-1).UtcDateTime,
        UpdatedAtUtc = WallSamples.Now.UtcDateTime,
        StateJson = "{}",
    };

    /// <summary>A stored event of <paramref name="caseId"/> with its real JSON, as the projection keeps it.</summary>
    public static EventRecord Event(CaseEvent e) => new()
    {
        EventId = e.Id,
        CaseId = e.CaseId,
        Sequence = e.Sequence,
        Type = e.Type,
        OccurredAtUtc = e.OccurredAt.UtcDateTime,
        OccurredOffsetMinutes = 420,
        RecordedAtUtc = e.OccurredAt.UtcDateTime,
        PayloadJson = CaseEventJson.Serialize(e),
    };

    public async Task DisposeAsync()
    {
        if (host is not null)
        {
            // A host whose start failed (invalid options) has no hosted services to stop.
            if (started)
            {
                await host.StopAsync();
            }
            host.Dispose();
        }

        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(path + suffix);
        }
    }
}
