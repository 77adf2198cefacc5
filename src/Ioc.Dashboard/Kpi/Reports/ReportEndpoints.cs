using System.Globalization;
using Ioc.Dashboard.Resources;
using Ioc.Dashboard.Security;
using Ioc.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Ioc.Dashboard.Kpi.Reports;

/// <summary>
/// Report downloads for the KPI area's roles: on demand (<c>/kpi/reports/download/{kind}/{day}.{xlsx|csv}</c>, the
/// period of that kind containing the day) and the stored scheduled ones (<c>/kpi/reports/generated/{id}.{format}</c>).
/// Bad input answers 400 with problem details naming what is wrong.
/// </summary>
public static class ReportEndpoints
{
    public static IEndpointRouteBuilder MapKpiReports(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/kpi/reports").RequireAuthorization(IocPolicies.Kpi);
        group.MapGet("/download/{kind}/{day}.{format}", DownloadAsync);
        group.MapGet("/generated/{id:guid}.{format}", GeneratedAsync);
        return app;
    }

    private static async Task<IResult> DownloadAsync(
        string kind, string day, string format, KpiStoreReader kpis, ReportBuilder builder, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (!ReportKinds.ByName.TryGetValue(kind, out var periodKind))
        {
            return Results.Problem(statusCode: 400, title: "Unknown report kind", detail: $"'{kind}' is not one of {string.Join(", ", ReportKinds.ByName.Keys)}.");
        }
        if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return Results.Problem(statusCode: 400, title: "Bad day", detail: $"'{day}' is not a day in the form yyyy-MM-dd.");
        }
        if (format is not ("xlsx" or "csv"))
        {
            return Results.Problem(statusCode: 400, title: "Unknown format", detail: $"'{format}' is not xlsx or csv.");
        }
        var period = KpiPeriod.Containing(periodKind, date, kpis.Profile.Reporting.CutoffDay);
        // The files are in Vietnamese whatever the user's language (names included).
        CultureInfo.CurrentUICulture = ReportText.Vietnamese;
        var report = await builder.BuildAsync(kpis.ProfileId, period, ct);
        var text = new ReportText(l, ReportText.Vietnamese);
        return format == "xlsx"
            ? Results.File(ReportFiles.Xlsx(report, text), ReportFiles.XlsxType, ReportFiles.FileName(report, "xlsx"))
            : Results.File(ReportFiles.Csv(report, text), ReportFiles.CsvType, ReportFiles.FileName(report, "csv"));
    }

    private static async Task<IResult> GeneratedAsync(Guid id, string format, IDbContextFactory<IocDbContext> contexts, CancellationToken ct)
    {
        if (format is not ("xlsx" or "csv"))
        {
            return Results.Problem(statusCode: 400, title: "Unknown format", detail: $"'{format}' is not xlsx or csv.");
        }
        await using var db = await contexts.CreateDbContextAsync(ct);
        var stored = await db.GeneratedReports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (stored is null)
        {
            return Results.Problem(statusCode: 404, title: "No such report", detail: $"No generated report has id {id}.");
        }
        var name = $"bao-cao-{stored.ProfileId}-{stored.Kind}-{stored.From:yyyyMMdd}-{stored.To:yyyyMMdd}.{format}";
        return format == "xlsx" ? Results.File(stored.Xlsx, ReportFiles.XlsxType, name) : Results.File(stored.Csv, ReportFiles.CsvType, name);
    }
}
