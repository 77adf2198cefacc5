using Ioc.Data.Extensions;
using Ioc.Data.Storage;
using Ioc.Hub.Sla;
using Ioc.Hub.Sla.CalendarEdits;
using Microsoft.EntityFrameworkCore;

namespace Ioc.Hub.Projection.Rebuild;

/// <summary>
/// <c>dotnet run --project src/Ioc.Hub -- rebuild --target-connection "Data Source=data/rebuilt.db" [--target-provider Postgres]</c>:
/// replays the configured store's event log (<c>ConnectionStrings:Ioc</c>, <c>Ioc:Storage:Provider</c>, as the hub
/// reads them) into the target, which is migrated first and must hold no cases or events.
/// Exit codes: 0 done, 1 failed, 2 bad arguments, 3 done but some logged events were refused (listed).
/// </summary>
public static class RebuildCommand
{
    public const string Name = "rebuild";
    public const string TargetConnectionKey = "target-connection";
    public const string TargetProviderKey = "target-provider";

    public static async Task<int> RunAsync(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        var targetConnection = builder.Configuration[TargetConnectionKey];
        var providerText = builder.Configuration[TargetProviderKey] ?? nameof(StorageProvider.Sqlite);
        if (string.IsNullOrWhiteSpace(targetConnection) || !Enum.TryParse<StorageProvider>(providerText, ignoreCase: true, out var provider))
        {
            await Console.Error.WriteLineAsync(
                $"usage: {Name} --{TargetConnectionKey} <connection string> [--{TargetProviderKey} Sqlite|Postgres]\n" +
                "The source is the configured store (ConnectionStrings:Ioc, Ioc:Storage:Provider); the target must be empty.");
            return 2;
        }

        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddIocData();
        builder.AddSla();
        builder.AddCalendarEdits();
        builder.AddIocProjection();
        using var host = builder.Build();
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RebuildCommand));
        try
        {
            var source = host.Services.GetRequiredService<CaseStore>();
            if (!await IsMigratedAsync(source))
            {
                await Console.Error.WriteLineAsync("The source store has no migration applied: check ConnectionStrings:Ioc and Ioc:Storage:Provider.");
                return 1;
            }
            // Replayed deadlines follow the calendar in force: the shipped files plus administrators' edits (docs/calendar.md).
            await host.Services.GetRequiredService<CalendarEdits>().RefreshAsync();
            await using var target = StoreConnection.Open(provider, targetConnection, builder.Environment.ContentRootPath);
            await target.MigrateAsync(CancellationToken.None);
            var result = await host.Services.GetRequiredService<ProjectionRebuilder>()
                .RebuildAsync(source, target.Store);

            var p = result.Projection;
            Console.WriteLine($"rebuild: {result.EventsRead} events read, {p.Applied} applied, {p.Duplicates} duplicates, {p.Rejected} refused; " +
                $"{p.CasesChanged} case snapshots written, {result.OpenCases} open; {result.Checkpoints.Count} checkpoints copied; {result.Elapsed.TotalSeconds:0.0} s");
            foreach (var rejection in p.Rejections)
            {
                Console.WriteLine($"refused: {rejection.Reason}");
            }
            return p.Rejected == 0 ? 0 : 3;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Rebuild failed");
            return 1;
        }
    }

    // An empty or mistyped source would "rebuild" nothing, or fail deep inside with "no such table".
    private static async Task<bool> IsMigratedAsync(CaseStore store)
    {
        await using var db = await store.Contexts.CreateDbContextAsync();
        return (await db.Database.GetAppliedMigrationsAsync()).Any();
    }
}
