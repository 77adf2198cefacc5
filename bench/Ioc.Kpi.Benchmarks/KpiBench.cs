using System.Diagnostics;
using Ioc.Dashboard.Components.Pages.Wall.Data;
using Ioc.Dashboard.Kpi;
using Ioc.Dashboard.Kpi.Reports;
using Ioc.Data;
using Ioc.Data.Extensions;
using Ioc.Data.Reference;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Extensions;
using Ioc.Hub.Projection;
using Ioc.Hub.Simulation;
using Ioc.Hub.Sla.Profiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ioc.Kpi.Benchmarks;

internal static class KpiBench
{
    private const string Profile = "khanh-hoa";

    private static IHost Host()
    {
        var connection = Environment.GetEnvironmentVariable("IOC_BENCH_DATABASE")
            ?? throw new InvalidOperationException("IOC_BENCH_DATABASE (an Npgsql connection string) is not set.");
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Production" });
        builder.Configuration["Ioc:Storage:Provider"] = "Postgres";
        builder.Configuration["ConnectionStrings:Ioc"] = connection;
        builder.Configuration["Ioc:Projection:Consume"] = "false";
        builder.Configuration["Ioc:Wall:ProfileId"] = Profile;
        builder.Configuration["Ioc:Kpi:ScheduleReports"] = "false";
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddIocData();
        builder.AddIocHub();
        builder.AddIocWall();
        builder.AddIocKpi();
        builder.Services.AddLocalization();
        return builder.Build();
    }

    public static async Task<int> GenerateAsync(int days, double casesPerDay)
    {
        using var host = Host();
        await host.StartAsync();
        var projection = host.Services.GetRequiredService<CaseProjection>();
        var options = new SimulatorOptions { ProfileId = Profile, Seed = 7, ReplayCasesPerDay = casesPerDay, ReplayDays = days };
        var simulator = TrafficSimulator.Create(options, host.Services.GetRequiredService<ProfileCatalog>(), ReferenceDataLoader.LoadEmbedded());
        var sink = new ProjectionSink(projection);
        var watch = Stopwatch.StartNew();
        var summary = await simulator.ReplayAsync(sink, DateTimeOffset.UtcNow, days, 5_000, CancellationToken.None);
        watch.Stop();
        Console.WriteLine($"generated {summary.Cases:N0} cases, {summary.EventsPublished:N0} events in {watch.Elapsed.TotalSeconds:F0} s " +
            $"({summary.EventsPublished / watch.Elapsed.TotalSeconds:N0} events/s through the projection); rejected {sink.Rejected}");
        await host.StopAsync();
        return 0;
    }

    public static async Task<int> ReplicateAsync(int copies, int days)
    {
        using var host = Host();
        await host.StartAsync();
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<IocDbContext>>().CreateDbContextAsync();
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        var caseColumns = string.Join(", ", db.Model.FindEntityType(typeof(Ioc.Data.Cases.CaseRecord))!.GetProperties().Select(p => p.GetColumnName()));
        var statsColumns = string.Join(", ", db.Model.FindEntityType(typeof(Ioc.Data.Kpi.DailyStats))!.GetProperties().Select(p => p.GetColumnName()));
        var watch = Stopwatch.StartNew();
        for (var copy = 1; copy <= copies; copy++)
        {
            var shift = copy * days;
            // The copy's instants move back by whole days; ids and codes get a suffix so they stay unique.
            string[] instants = ["received_at_utc", "step_due_at_utc", "case_due_at_utc", "resolved_at_utc", "closed_at_utc", "last_event_at_utc"];
            var select = string.Join(", ", caseColumns.Split(", ").Select(c => c switch
            {
                "id" or "code" => $"{c} || '~r{copy}'",
                _ when instants.Contains(c) => $"{c} - interval '{shift} days'",
                _ => c,
            }));
            var copyCases = $"INSERT INTO cases ({caseColumns}) SELECT {select} FROM cases WHERE id NOT LIKE '%~r%'";
            await db.Database.ExecuteSqlRawAsync(copyCases);
            var stats = string.Join(", ", statsColumns.Split(", ").Select(c => c == "day" ? $"day - {shift}" : c));
            var copyStats = $"INSERT INTO daily_stats ({statsColumns}) SELECT {stats} FROM daily_stats WHERE day > (SELECT MAX(day) FROM daily_stats) - {days} ON CONFLICT DO NOTHING";
            await db.Database.ExecuteSqlRawAsync(copyStats);
            Console.WriteLine($"copy {copy} done ({watch.Elapsed.TotalSeconds:F0} s)");
        }
        await db.Database.ExecuteSqlRawAsync("ANALYZE");
        await host.StopAsync();
        return 0;
    }

    public static async Task<int> MeasureAsync()
    {
        using var host = Host();
        await host.StartAsync();
        var reader = host.Services.GetRequiredService<KpiStoreReader>();
        var reports = host.Services.GetRequiredService<ReportBuilder>();
        await using (var db = await host.Services.GetRequiredService<IDbContextFactory<IocDbContext>>().CreateDbContextAsync())
        {
            Console.WriteLine($"store: {await db.Cases.LongCountAsync():N0} cases, {await db.Events.LongCountAsync():N0} events, " +
                $"{await db.DailyStats.LongCountAsync():N0} daily_stats rows, days {await db.DailyStats.MinAsync(d => d.Day)} – {await db.DailyStats.MaxAsync(d => d.Day)}");
        }
        var today = reader.Today;
        foreach (var kind in new[] { PeriodKind.Today, PeriodKind.Month, PeriodKind.Quarter, PeriodKind.Year })
        {
            var period = KpiPeriod.Containing(kind, today);
            await Time($"KPI page, {kind} ({period.From:yyyy-MM-dd} – {period.To:yyyy-MM-dd}), all queries", () => reader.ReadAsync(period));
        }
        var twoYears = new KpiPeriod(PeriodKind.Custom, today.AddDays(-729), today);
        await Time("KPI page, custom two years, all queries", () => reader.ReadAsync(twoYears));
        var lastYear = KpiPeriod.Containing(PeriodKind.Year, today.AddYears(-1));
        PeriodicReport? report = null;
        await Time($"yearly report {lastYear.From:yyyy}", async () => report = await reports.BuildAsync(Profile, lastYear));
        Console.WriteLine($"  yearly report: {report!.Total.Received:N0} received, {report.ByAgency.Count} agencies, {report.ByField.Count} fields, {report.OverdueCases.Count:N0} overdue cases listed");
        var text = new ReportText(host.Services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<Ioc.Dashboard.Resources.SharedResource>>(), ReportText.Vietnamese);
        await Time("yearly report as .xlsx (build + file)", async () => ReportFiles.Xlsx(await reports.BuildAsync(Profile, lastYear), text));
        await host.StopAsync();
        return 0;
    }

    /// <summary>One warm-up, then the median and the worst of five runs.</summary>
    private static async Task Time(string name, Func<Task> run)
    {
        await run();
        var runs = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var watch = Stopwatch.StartNew();
            await run();
            runs.Add(watch.Elapsed.TotalMilliseconds);
        }
        runs.Sort();
        Console.WriteLine($"{name}: median {runs[2]:F0} ms, worst {runs[^1]:F0} ms");
    }

    /// <summary>The simulator's events straight into the projection, as one stream partition would deliver them.</summary>
    private sealed class ProjectionSink(CaseProjection projection) : IEventSink
    {
        private long position;

        public int Rejected { get; private set; }

        public async ValueTask PublishAsync(IReadOnlyList<CaseEvent> events, CancellationToken ct)
        {
            var entries = events.Select(e => new IncomingEntry("ioc:events:bench", $"{++position}-0", CaseEventJson.Serialize(e))).ToList();
            Rejected += (await projection.ProjectAsync(entries, ct)).Rejected;
        }
    }
}
