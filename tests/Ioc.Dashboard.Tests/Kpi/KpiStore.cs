using Ioc.Dashboard.Components.Pages.Wall.Data;
using Ioc.Dashboard.Kpi;
using Ioc.Dashboard.Kpi.Reports;
using Ioc.Data.Extensions;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Extensions;
using Ioc.Hub.Projection;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Ioc.Dashboard.Tests.Kpi;

/// <summary>
/// A real store for the KPI area, on SQLite or PostgreSQL (<c>IOC_TEST_POSTGRES</c>, set by scripts/test.sh): the
/// dashboard's own start-up (migrations, reference data, projection), events projected through the real
/// <see cref="CaseProjection"/> so the daily roll-ups are the projection's, the clock under the test's control.
/// </summary>
public sealed class KpiStore(string provider, string profileId, DateTimeOffset now) : IAsyncLifetime
{
    private readonly string sqlitePath = Path.Combine(Path.GetTempPath(), $"ioc-kpi-{Guid.NewGuid():N}.db");
    private readonly string postgresName = $"ioc_kpi_test_{Guid.NewGuid():N}";
    private IHost? host;
    private int position;

    public FakeTimeProvider Time { get; } = new(now);

    public IServiceProvider Services => host!.Services;

    public ReportBuilder Reports => Services.GetRequiredService<ReportBuilder>();

    public KpiStoreReader Kpis => Services.GetRequiredService<KpiStoreReader>();

    public async Task InitializeAsync()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Test" });
        if (provider == "Postgres")
        {
            var server = Environment.GetEnvironmentVariable("IOC_TEST_POSTGRES")
                ?? throw new InvalidOperationException("IOC_TEST_POSTGRES is not set: run the tests through scripts/test.sh.");
            await using (var connection = new NpgsqlConnection(server))
            {
                await connection.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE {postgresName}", connection);
                await create.ExecuteNonQueryAsync();
            }
            builder.Configuration["Ioc:Storage:Provider"] = "Postgres";
            builder.Configuration["ConnectionStrings:Ioc"] = new NpgsqlConnectionStringBuilder(server) { Database = postgresName }.ConnectionString;
        }
        else
        {
            builder.Configuration["ConnectionStrings:Ioc"] = $"Data Source={sqlitePath}";
        }
        builder.Configuration["Ioc:Wall:ProfileId"] = profileId;
        builder.Configuration["Ioc:Kpi:ScheduleReports"] = "false";
        builder.Configuration["Ioc:Projection:Consume"] = "false";
        builder.AddIocData();
        builder.AddIocHub();
        builder.AddIocWall();
        builder.AddIocKpi();
        builder.Services.AddLocalization();
        builder.Services.AddSingleton<TimeProvider>(Time);
        host = builder.Build();
        await host.StartAsync();
    }

    /// <summary>Projects the events in batches, as the stream would deliver them; fails on any rejection.</summary>
    public async Task ProjectAsync(IEnumerable<CaseEvent> events)
    {
        var projection = Services.GetRequiredService<CaseProjection>();
        foreach (var batch in events.OrderBy(e => e.OccurredAt).Chunk(200))
        {
            var entries = batch.Select(e => new IncomingEntry("ioc:events:0", $"{++position}-0", CaseEventJson.Serialize(e))).ToList();
            var result = await projection.ProjectAsync(entries);
            Assert.True(result.Rejected == 0, string.Join("\n", result.Rejections.Select(r => r.Reason)));
        }
    }

    public async Task DisposeAsync()
    {
        if (host is not null)
        {
            await host.StopAsync();
            host.Dispose();
        }
        if (provider == "Postgres")
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("IOC_TEST_POSTGRES"));
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {postgresName} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        else
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(sqlitePath + suffix);
            }
        }
    }
}
