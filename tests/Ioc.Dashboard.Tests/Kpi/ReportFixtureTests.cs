using ClosedXML.Excel;
using Ioc.Dashboard.Kpi;
using Ioc.Dashboard.Kpi.Reports;
using Ioc.Dashboard.Resources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Ioc.Dashboard.Tests.Kpi;

/// <summary>
/// The March 2026 report of each province against numbers counted by hand from <see cref="ReportFixture"/>'s groups
/// (on time 20, late 8 + 1 confidential, extended 2, returned 5, reopened 4, rejected 5, emergencies 3 where the
/// regulation has them, pending 3 + 3, state secrets 2, first contact 6 in Đồng Nai), on SQLite and PostgreSQL.
/// </summary>
public sealed class ReportFixtureTests
{
    /// <summary>Hand-counted expectations per province; the arithmetic is in the comments.</summary>
    public sealed record Expected(
        long Received, long OnTime, long[] Ratings,
        long AgencyAReceived, long AgencyAOnTime, long[] AgencyARatings,
        long AgencyBReceived, long AgencyBOnTime, long[] AgencyBRatings,
        long CenterReceived, long InfrastructureReceived, long ProcedureReceived);

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var provider in new[] { "Sqlite", "Postgres" })
        {
            foreach (var profile in new[] { "khanh-hoa", "thanh-hoa", "soc-trang", "tay-ninh", "dong-nai" })
            {
                data.Add(profile, provider);
            }
        }
        return data;
    }

    private static readonly Dictionary<string, Expected> ByProfile = new()
    {
        // 000: 20 + 8 late + 2 extended + 5 returned + 4 reopened + 5 rejected + 3 emergencies + 6 pending + 1 confidential = 54
        // on time: 20 + 2 + 5 + 4 + 3 = 34; ratings (000 Điều 11): 5 very satisfied, 3 satisfied, 2 unsatisfied.
        // Agency A (Sở Nội vụ): 10 on-time (even) + 8 late + 5 returned + 3 emergencies + 3 stuck + 1 confidential = 30, on time 10 + 5 + 3 = 18.
        // Agency B: 10 on-time (odd) + 2 extended + 4 reopened + 3 pending = 19, on time 16. Centre: 5 rejected.
        // Infrastructure: 13 on-time + 8 + 2 + 4 + 3 + 3 + 1 = 34; procedures: 7 on-time + 5 returned + 5 rejected + 3 pending = 20.
        ["khanh-hoa"] = new(54, 34, [5, 3, 2], 30, 18, [3, 1, 1], 19, 16, [2, 2, 1], 5, 34, 20),
        // 001: no extension (Điều 12.4), no emergency procedure, no rating scale: 54 - 2 - 3 = 49; on time 29.
        ["thanh-hoa"] = new(49, 29, [], 27, 15, [], 17, 14, [], 5, 29, 20),
        // 002: as 000 (one extension, Điều 8.3; emergencies Điều 8.6; scale Điều 10).
        ["soc-trang"] = new(54, 34, [5, 3, 2], 30, 18, [3, 1, 1], 19, 16, [2, 2, 1], 5, 34, 20),
        // 003: no emergency procedure: 51, on time 31; scale Hài lòng / Chấp nhận / Không hài lòng (Điều 11): 5, 5 and the
        // 4 unsatisfied ratings that reopened cases (Điều 10.4).
        ["tay-ninh"] = new(51, 31, [5, 5, 4], 27, 15, [3, 2, 0], 19, 16, [2, 3, 4], 5, 31, 20),
        // 004: no emergency, no scale; 6 first-contact answers (Điều 9) at the centre: 57, on time 20 + 2 + 5 + 4 + 6 = 37.
        ["dong-nai"] = new(57, 37, [], 27, 15, [], 19, 16, [], 11, 31, 26),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task MarchReportMatchesTheHandCount(string profile, string provider)
    {
        await using var store = await StartAsync(profile, provider);
        var expected = ByProfile[profile];
        var prefix = profile[..1] + profile[profile.IndexOf('-') + 1];

        var report = await store.Reports.BuildAsync(profile, KpiPeriod.Containing(PeriodKind.Month, new DateOnly(2026, 3, 10)));

        Assert.Equal(new DateOnly(2026, 3, 1), report.Period.From);
        Assert.Equal(new DateOnly(2026, 3, 31), report.Period.To);
        var total = report.Total;
        // State secrets (2 per province) are in no public output: they are not in these numbers.
        Assert.Equal((expected.Received, expected.OnTime, 9L, 3L, 3L, 5L), (total.Received, total.ResolvedOnTime, total.ResolvedLate, total.PendingOnTime, total.PendingOverdue, total.Rejected));
        Assert.Equal(expected.Ratings, total.Ratings);
        Assert.Equal(expected.Received, total.Resolved + total.Pending + total.Rejected);

        var a = report.ByAgency.Single(r => r.Key == $"{prefix}-snv");
        Assert.Equal((expected.AgencyAReceived, expected.AgencyAOnTime, 9L, 0L, 3L, 0L), (a.Received, a.ResolvedOnTime, a.ResolvedLate, a.PendingOnTime, a.PendingOverdue, a.Rejected));
        Assert.Equal(expected.AgencyARatings, a.Ratings);
        var b = report.ByAgency.Single(r => r.Key == $"{prefix}-ttpvhcc");
        Assert.Equal((expected.AgencyBReceived, expected.AgencyBOnTime, 0L, 3L, 0L, 0L), (b.Received, b.ResolvedOnTime, b.ResolvedLate, b.PendingOnTime, b.PendingOverdue, b.Rejected));
        Assert.Equal(expected.AgencyBRatings, b.Ratings);
        var centre = report.ByAgency.Single(r => r.Key == "operations-center");
        Assert.Equal((expected.CenterReceived, 5L), (centre.Received, centre.Rejected));
        // The agency that returned its five cases keeps none of them.
        Assert.DoesNotContain(report.ByAgency, r => r.Key == $"{prefix}-vp-ubnd" && r.Received > 0);
        Assert.Equal(expected.InfrastructureReceived, report.ByField.Single(r => r.Key == "infrastructure").Received);
        Assert.Equal(expected.ProcedureReceived, report.ByField.Single(r => r.Key == "administrative-procedure").Received);

        // 8 late + 3 stuck listed, the confidential late case counted but not listed.
        Assert.Equal(11, report.OverdueCases.Count);
        Assert.Equal(1, report.ConfidentialOverdueNotListed);
        Assert.Equal(8, report.OverdueCases.Count(c => c.Reason == ReportFixture.LateReason && c.ResolvedAtUtc is not null));
        Assert.Equal(3, report.OverdueCases.Count(c => c.ResolvedAtUtc is null));
        Assert.DoesNotContain(report.OverdueCases, c => c.Code.Contains("secret", StringComparison.Ordinal) || c.Code.Contains("confidential", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("khanh-hoa", "Sqlite")]
    [InlineData("dong-nai", "Postgres")]
    public async Task KpisCountStateSecretsAndRateTheRightPopulations(string profile, string provider)
    {
        await using var store = await StartAsync(profile, provider);
        var expected = ByProfile[profile];

        var view = await store.Kpis.ReadAsync(KpiPeriod.Containing(PeriodKind.Month, new DateOnly(2026, 3, 10)));
        var n = view.Current;

        // The internal page counts the 2 state secrets (answered on time) that the reports leave out.
        Assert.Equal(expected.Received + 2, n.Received);
        Assert.Equal(expected.OnTime + 9 + 2, n.Resolved);
        Assert.Equal(expected.OnTime + 2, n.ResolvedOnTime);
        // Overdue: 9 answered late + 3 still open past their due.
        Assert.Equal(12, n.Overdue);
        Assert.Equal(12.0 / (n.Resolved + 3), n.OverdueRate);
        Assert.Equal(5, n.Forwarded);
        Assert.Equal(4, n.Reopened);
        Assert.Equal(5, n.Rejected);
        Assert.Equal(profile == "dong-nai" ? 6 : 0, n.FirstContact);
        Assert.Equal(profile == "khanh-hoa" ? 3 : 0, n.Emergencies);
        // Same-day answers dominate: the median is under a working day, the 90th percentile is the late group's weeks.
        Assert.InRange(n.MedianMinutes!.Value, 1, 480);
        Assert.True(n.P90Minutes > 480 * 10, $"p90 {n.P90Minutes}");
        // February had nothing.
        Assert.Equal(0, view.Previous.Received);
        Assert.Equal(31, view.Trend.Count);
        Assert.Equal(n.Received, view.Trend.Sum(p => p.Received));
    }

    [Fact]
    public async Task ExcelAndCsvFilesCarryTheReportInVietnamese()
    {
        await using var store = await StartAsync("tay-ninh", "Sqlite");
        var report = await store.Reports.BuildAsync("tay-ninh", KpiPeriod.Containing(PeriodKind.Month, new DateOnly(2026, 3, 10)));
        var text = new ReportText(store.Services.GetRequiredService<IStringLocalizer<SharedResource>>(), ReportText.Vietnamese);

        using var book = new XLWorkbook(new MemoryStream(ReportFiles.Xlsx(report, text)));
        var agencies = book.Worksheet("Theo cơ quan, đơn vị");
        Assert.Equal("Báo cáo tháng từ 01/03/2026 đến 31/03/2026", agencies.Cell(1, 1).GetString());
        Assert.Equal(["Cơ quan, đơn vị", "Tiếp nhận", "Đã giải quyết đúng hạn", "Đã giải quyết trễ hạn", "Đang xử lý trong hạn", "Đang xử lý quá hạn", "Từ chối", "Hài lòng", "Chấp nhận", "Không hài lòng"],
            agencies.Row(5).Cells(1, 10).Select(c => c.GetString()));
        var totalRow = agencies.RowsUsed().Last();
        Assert.Equal("Tổng cộng", totalRow.Cell(1).GetString());
        Assert.Equal([51.0, 31, 9, 3, 3, 5, 5, 5, 4], totalRow.Cells(2, 10).Select(c => c.GetDouble()));
        var overdue = book.Worksheet("Phản ánh quá hạn");
        Assert.Equal(11, overdue.RowsUsed().Count(r => r.RowNumber() > 5 && r.Cell(1).GetString().StartsWith("F-tn-", StringComparison.Ordinal)));
        Assert.Contains(overdue.RowsUsed(), r => r.Cell(8).GetString() == ReportFixture.LateReason);

        var csv = ReportFiles.Csv(report, text);
        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(csv[3..]).Split("\r\n");
        Assert.Equal("Báo cáo tháng từ 01/03/2026 đến 31/03/2026", lines[0]);
        Assert.Contains("Tổng cộng,51,31,9,3,3,5,5,5,4", lines);
        Assert.Contains(lines, l => l.StartsWith("Mã phản ánh,Cơ quan, đơn vị", StringComparison.Ordinal) || l.StartsWith("Mã phản ánh,\"Cơ quan, đơn vị\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(ReportFixture.LateReason, StringComparison.Ordinal) && l.StartsWith("F-tn-late-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheScheduleStoresEachRequiredReportOnceItsPeriodHasClosed()
    {
        await using var store = await StartAsync("tay-ninh", "Sqlite");
        var schedule = store.Services.GetRequiredService<ScheduledReports>();

        // 1 April 2026: Tây Ninh's reporting month 21/02–20/03 (003 Điều 13.7, cut-off 20), the first quarter and 2025.
        Assert.Equal(3, await schedule.GenerateDueAsync(CancellationToken.None));
        Assert.Equal(0, await schedule.GenerateDueAsync(CancellationToken.None));

        await using var db = await store.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Ioc.Data.IocDbContext>>().CreateDbContextAsync();
        var stored = db.GeneratedReports.OrderBy(r => r.Kind).ToList();
        Assert.Equal(
            [("quarterly", new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)), ("reporting", new DateOnly(2026, 2, 21), new DateOnly(2026, 3, 20)),
             ("yearly", new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31))],
            stored.Select(r => (r.Kind, r.From, r.To)));
        using var book = new XLWorkbook(new MemoryStream(stored[0].Xlsx));
        // The first quarter holds the whole March fixture: 51 received outside state secrets.
        Assert.Equal(51, book.Worksheet(1).RowsUsed().Last().Cell(2).GetDouble());
    }

    private static async Task<AsyncStore> StartAsync(string profile, string provider)
    {
        var store = new KpiStore(provider, profile, ReportFixture.Now);
        await store.InitializeAsync();
        await store.ProjectAsync(ReportFixture.Build(profile));
        return new AsyncStore(store);
    }

    /// <summary>Lets a test write <c>await using</c> for the store.</summary>
    private sealed class AsyncStore(KpiStore store) : IAsyncDisposable
    {
        public ReportBuilder Reports => store.Reports;
        public KpiStoreReader Kpis => store.Kpis;
        public IServiceProvider Services => store.Services;
        public ValueTask DisposeAsync() => new(store.DisposeAsync());
    }
}
