using Ioc.Dashboard.Components.Pages.Console.Data;
using Ioc.Dashboard.Components.Pages.Wall.Data;
using Ioc.Data;
using Ioc.Data.Extensions;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Extensions;
using Ioc.Hub.Streaming;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Ioc.Dashboard.Tests.Console;

/// <summary>
/// The console on a real store: a throw-away SQLite file behind the same start-up as the dashboard (in-process stream,
/// projection, SLA engine), with Khánh Hòa cases sent as events through the stream and projected for real. The clock
/// stands at <see cref="Now"/>, 09:00 on Tuesday 10 March 2026 in Việt Nam (office hours 07:30–11:30, 13:00–17:00).
/// </summary>
public sealed class ConsoleStore : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = At("2026-03-10T09:00:00+07:00");

    /// <summary>Sở Xây dựng: routed late, accepted on time, processing overdue by 2 h 30 working time.</summary>
    public const string Late = "KH-2026-000101";
    /// <summary>UBND phường Nha Trang: processing overdue by more than 3 working days.</summary>
    public const string VeryLate = "KH-2026-000102";
    /// <summary>An open fire emergency, not routed, not acknowledged.</summary>
    public const string Fire = "KH-2026-000103";
    /// <summary>Sở Xây dựng, confidential, on time.</summary>
    public const string Confidential = "KH-2026-000104";

    private readonly string path = Path.Combine(Path.GetTempPath(), $"ioc-console-{Guid.NewGuid():N}.db");
    private IHost? host;

    public FakeTimeProvider Time { get; } = new(Now);

    public IServiceProvider Services => host!.Services;

    public T Get<T>() where T : notnull => host!.Services.GetRequiredService<T>();

    public async Task InitializeAsync()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Test" });
        builder.Configuration["ConnectionStrings:Ioc"] = $"Data Source={path}";
        builder.Configuration["Ioc:Scheduler:Enabled"] = "false";
        // The automatic reminder policy would add its own reminders to the overdue cases while a test counts entries.
        builder.Configuration["Ioc:Reminders:PolicyEnabled"] = "false";
        builder.AddIocData();
        builder.AddIocHub();
        builder.AddIocWall();
        builder.AddIocConsole();
        builder.Services.AddSingleton<TimeProvider>(Time);
        host = builder.Build();
        await host.StartAsync();

        await SendAsync(
            Received(Late, "2026-03-02T08:00:00+07:00", reporter: new ReporterContact("Lê Thị Hồng", "0900234567")),
            // 000 Điều 6.3: reception within 0.5 working day → due 13:30 (08:00–11:30 is 3.5 h, then 13:00–13:30); routed 14:30.
            Routed(Late, 2, "2026-03-02T14:30:00+07:00", "kh-sxd"),
            Accepted(Late, 3, "2026-03-02T16:00:00+07:00", "kh-sxd"),
            Received(VeryLate, "2026-02-23T08:00:00+07:00"),
            Routed(VeryLate, 2, "2026-02-23T09:00:00+07:00", "kh-ubnd-nha-trang"),
            Accepted(VeryLate, 3, "2026-02-23T09:30:00+07:00", "kh-ubnd-nha-trang"),
            Received(Fire, "2026-03-10T08:30:00+07:00", emergency: "fire"),
            Received(Confidential, "2026-03-10T08:00:00+07:00", confidential: true),
            Routed(Confidential, 2, "2026-03-10T08:20:00+07:00", "kh-sxd"));
    }

    /// <summary>Appends the events to the stream and waits until the projection has stored every one.</summary>
    public async Task SendAsync(params CaseEvent[] events)
    {
        var results = await Get<IEventStream>().AppendAsync(events);
        Assert.All(results, r => Assert.True(r.Succeeded, r.Error));
        var ids = events.Select(e => e.Id).ToList();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (await CountEventsAsync(ids) < ids.Count)
        {
            Assert.True(DateTime.UtcNow < deadline, "the projection did not store the events within 20 s");
            await Task.Delay(50);
        }
    }

    public async Task<int> CountEventsAsync(IReadOnlyCollection<Guid>? ids = null)
    {
        await using var db = await Get<IDbContextFactory<IocDbContext>>().CreateDbContextAsync();
        return ids is null ? await db.Events.CountAsync() : await db.Events.CountAsync(e => ids.Contains(e.EventId));
    }

    public static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    public static CaseReceived Received(string code, string at, string? emergency = null, bool confidential = false, ReporterContact? reporter = null) => new()
    {
        Id = Guid.NewGuid(), CaseId = code, Sequence = 1, OccurredAt = At(at), Actor = "pakn.khanhhoa.gov.vn",
        Code = code, ProfileId = "khanh-hoa", Channel = Channel.Portal, FieldCode = "infrastructure", Title = "Đèn đường hỏng",
        Description = "Đèn đường hỏng trước số 12 Trần Phú.", Location = new GeoLocation(12.2396, 109.1943, "kh-nha-trang", "12 Trần Phú"),
        IsEmergency = emergency is not null, EmergencyCategory = emergency, IsConfidential = confidential,
        Reporter = reporter ?? new ReporterContact(), Attachments = ["https://pakn.khanhhoa.gov.vn/files/2026/03/02/anh-1.jpg"],
    };

    public static CaseRouted Routed(string code, long sequence, string at, string agency) => new()
    {
        Id = Guid.NewGuid(), CaseId = code, Sequence = sequence, OccurredAt = At(at), Actor = "ioc.dieuphoi", LeadAgencyId = agency,
    };

    public static CaseAccepted Accepted(string code, long sequence, string at, string agency) => new()
    {
        Id = Guid.NewGuid(), CaseId = code, Sequence = sequence, OccurredAt = At(at), Actor = "sxd.canbo", AgencyId = agency,
    };

    public async Task DisposeAsync()
    {
        if (host is not null)
        {
            await host.StopAsync();
            host.Dispose();
        }
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(path + suffix);
        }
    }
}
