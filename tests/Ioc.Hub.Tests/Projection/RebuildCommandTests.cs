using Ioc.Hub.Cases.Events;
using Ioc.Hub.Projection.Rebuild;
using Ioc.Hub.Tests.Projection.Support;
using Ioc.Hub.Tests.Support.Storage;
using Microsoft.EntityFrameworkCore;

namespace Ioc.Hub.Tests.Projection;

/// <summary><c>dotnet run --project src/Ioc.Hub -- rebuild …</c>: the hub host's command line, end to end on SQLite files.</summary>
public sealed class RebuildCommandTests
{
    [Fact]
    public async Task TheRebuildSwitchReplaysTheConfiguredStoreIntoTheTargetAndExitsZero()
    {
        using var profiles = new ProfileFiles();
        var source = new SqliteTestDatabase();
        var target = Path.Combine(Path.GetTempPath(), $"ioc-rebuilt-{Guid.NewGuid():N}.db");
        await source.InitializeAsync();
        try
        {
            // Closed cases only: their snapshot does not depend on the instant the rebuild runs.
            using (var projection = await ProjectionHarness.StartAsync(source, ProjectionHarness.Clock()))
            {
                var rejected = new TestCase("cmd-3");
                List<CaseEvent> events = [.. new TestCase("cmd-1").ThroughPublication(), .. new TestCase("cmd-2").ThroughPublication(), rejected.Received(), rejected.Rejected()];
                await projection.ProjectAsync(new EventFeed().Entries(events));
            }

            var exit = await RebuildCommand.RunAsync([
                "--target-connection", $"Data Source={target}",
                "--ConnectionStrings:Ioc", source.ConnectionString,
                "--Ioc:Sla:ProfilesPath", profiles.Path,
            ]);

            Assert.Equal(0, exit);
            await using var expected = source.CreateContext();
            await using var actual = new Data.Storage.SqliteIocDbContext(Data.Storage.SqliteIocDbContext.CreateOptions($"Data Source={target}"));
            var rows = await expected.Cases.AsNoTracking().OrderBy(c => c.Id).ToListAsync();
            var rebuilt = await actual.Cases.AsNoTracking().OrderBy(c => c.Id).ToListAsync();
            Assert.Equal(["cmd-1", "cmd-2", "cmd-3"], rebuilt.Select(c => c.Id));
            for (var i = 0; i < rows.Count; i++)
            {
                SnapshotAssert.SameColumns(rows[i], rebuilt[i]);
            }
            Assert.Equal(14, await actual.Events.CountAsync());
            Assert.Equal(1, await actual.StreamCheckpoints.CountAsync());
        }
        finally
        {
            await source.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { target, target + "-wal", target + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    [Fact]
    public async Task ASourceThatWasNeverMigratedIsRefusedWithExitOne()
    {
        var empty = Path.Combine(Path.GetTempPath(), $"ioc-empty-{Guid.NewGuid():N}.db");
        var target = Path.Combine(Path.GetTempPath(), $"ioc-rebuilt-{Guid.NewGuid():N}.db");
        try
        {
            Assert.Equal(1, await RebuildCommand.RunAsync(["--target-connection", $"Data Source={target}", "--ConnectionStrings:Ioc", $"Data Source={empty}"]));
            Assert.False(File.Exists(target));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(empty);
            File.Delete(target);
        }
    }

    [Fact]
    public async Task WithoutATargetTheRebuildSwitchExplainsItselfAndExitsTwo()
    {
        Assert.Equal(2, await RebuildCommand.RunAsync(["--target-provider", "Postgres"]));
        Assert.Equal(2, await RebuildCommand.RunAsync(["--target-connection", "Data Source=x.db", "--target-provider", "Oracle"]));
    }
}
