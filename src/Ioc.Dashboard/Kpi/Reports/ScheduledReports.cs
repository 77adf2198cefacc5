using Ioc.Dashboard.Resources;
using Ioc.Data;
using Ioc.Data.Kpi;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Ioc.Dashboard.Kpi.Reports;

/// <summary>
/// Generates and stores each report the province's regulation requires once its period has closed (the day after the
/// cut-off), so leaders find it ready: the most recent closed period of every required kind, once (a unique index
/// makes a second process's attempt fail harmlessly). Checks every <see cref="KpiOptions.ScheduleCheckMinutes"/>.
/// </summary>
public sealed class ScheduledReports(
    IServiceScopeFactory scopes, KpiStoreReader kpis, IOptions<KpiOptions> options, TimeProvider time, ILogger<ScheduledReports> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.ScheduleReports)
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.ScheduleCheckMinutes), time);
        do
        {
            try
            {
                await GenerateDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Scheduled report generation failed; it is tried again at the next check.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Stores the latest closed period of every required kind not stored yet; returns how many it stored.</summary>
    public async Task<int> GenerateDueAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var builder = scope.ServiceProvider.GetRequiredService<ReportBuilder>();
        var contexts = scope.ServiceProvider.GetRequiredService<IDbContextFactory<IocDbContext>>();
        var l = scope.ServiceProvider.GetRequiredService<IStringLocalizer<SharedResource>>();
        var rules = kpis.Profile.Reporting;
        // Stored files are in Vietnamese (names included).
        System.Globalization.CultureInfo.CurrentUICulture = ReportText.Vietnamese;
        var stored = 0;
        foreach (var kind in ReportKinds.Required(rules))
        {
            var period = KpiPeriod.Containing(kind, kpis.Today, rules.CutoffDay).Previous(rules.CutoffDay);
            var name = ReportKinds.Name(kind);
            await using var db = await contexts.CreateDbContextAsync(ct);
            if (await db.GeneratedReports.AnyAsync(r => r.ProfileId == kpis.ProfileId && r.Kind == name && r.From == period.From && r.To == period.To, ct))
            {
                continue;
            }
            var report = await builder.BuildAsync(kpis.ProfileId, period, ct);
            var text = new ReportText(l, ReportText.Vietnamese);
            db.GeneratedReports.Add(new GeneratedReport
            {
                Id = Guid.CreateVersion7(),
                ProfileId = kpis.ProfileId,
                Kind = name,
                From = period.From,
                To = period.To,
                GeneratedAtUtc = time.GetUtcNow().UtcDateTime,
                Xlsx = ReportFiles.Xlsx(report, text),
                Csv = ReportFiles.Csv(report, text),
            });
            await db.SaveChangesAsync(ct);
            stored++;
            logger.LogInformation("Stored the {Kind} report {From}–{To} of {Profile}", name, period.From, period.To, kpis.ProfileId);
        }
        return stored;
    }
}
