using Ioc.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace Ioc.EndToEnd.Tests.Wall;

/// <summary>
/// The real dashboard with the province's simulated traffic (docs/simulator.md): five days replayed at start, then
/// live cases, through the same stream, projection and live feed as a producer's. Shared by the screenshot tests.
/// </summary>
public sealed class SeededWall : IAsyncLifetime
{
    public DashboardProcess Dashboard { get; } = new(
        ("Ioc:Simulator:Enabled", "true"),
        ("Ioc:Simulator:ProfileId", "khanh-hoa"),
        ("Ioc:Simulator:Seed", "7"),
        ("Ioc:Simulator:ReplayDays", "5"),
        ("Ioc:Simulator:ReplayCasesPerDay", "300"));

    public async Task InitializeAsync()
    {
        await Dashboard.InitializeAsync();
        // The replay is done when the store stops growing by the batch (live traffic adds a case now and then).
        var last = -1;
        for (var i = 0; i < 120; i++)
        {
            await Task.Delay(1_000);
            var count = await CountAsync();
            if (count > 500 && count - last < 5)
            {
                return;
            }
            last = count;
        }
        throw new InvalidOperationException($"The simulator's replay did not settle:\n{Dashboard.Log}");
    }

    /// <summary>Codes of open confidential or state-secret cases and the reporters' names: none may appear on the wall.</summary>
    public async Task<(List<string> HiddenCodes, List<string> ReporterNames)> ForbiddenAsync()
    {
        await using var db = new SqliteIocDbContext(SqliteIocDbContext.CreateOptions(Dashboard.ConnectionString));
        var hidden = await db.Cases.AsNoTracking().Where(c => c.ClosedAtUtc == null && (c.IsConfidential || c.IsStateSecret)).Select(c => c.Code).ToListAsync();
        var names = await db.CaseReporters.AsNoTracking().Where(r => r.Name != null).Select(r => r.Name!).Take(200).ToListAsync();
        return (hidden, names);
    }

    private async Task<int> CountAsync()
    {
        await using var db = new SqliteIocDbContext(SqliteIocDbContext.CreateOptions(Dashboard.ConnectionString));
        try
        {
            return await db.Cases.CountAsync();
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return 0; // not migrated yet
        }
    }

    public Task DisposeAsync() => Dashboard.DisposeAsync();
}
