using Ioc.Data.Extensions;
using Ioc.Hub.Extensions;
using Ioc.Hub.Projection;
using Ioc.Hub.Streaming;
using Ioc.Hub.Streaming.InProcess;
using Ioc.Hub.Streaming.Redis;
using Ioc.Hub.Tests.Projection.Support;
using Ioc.Hub.Tests.Streaming;
using Ioc.Hub.Tests.Support.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace Ioc.Hub.Tests.Projection;

/// <summary>
/// The projection as the hosts wire it (AddIocData + AddIocHub): the hosted consumer feeds the stream to it, in
/// embedded mode (in-process stream, SQLite) and in distributed mode (Redis streams, PostgreSQL).
/// </summary>
public sealed class ProjectionHostingTests
{
    [Fact]
    public async Task EmbeddedModeProjectsTheInProcessStreamIntoSqliteAndDeadLettersTheRefusedEntries()
    {
        var database = new SqliteTestDatabase();
        await database.InitializeAsync();
        try
        {
            await RunAsync(database, new() { ["Ioc:Redis"] = "" }, typeof(InProcessEventStream));
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    [Fact]
    public async Task DistributedModeProjectsRedisStreamsIntoPostgres()
    {
        var database = new PostgresTestDatabase();
        await database.InitializeAsync();
        var prefix = $"test:{Guid.NewGuid():N}";
        try
        {
            await RunAsync(database, new() { ["Ioc:Redis"] = RedisTestServer.Endpoint, ["Ioc:Stream:KeyPrefix"] = prefix }, typeof(RedisEventStream));
        }
        finally
        {
            await database.DisposeAsync();
            using var redis = await RedisTestServer.ConnectAsync();
            await RedisTestServer.DeleteKeysAsync(redis, prefix);
        }
    }

    private static async Task RunAsync(TestDatabase database, Dictionary<string, string?> mode, Type expectedStream)
    {
        using var profiles = new ProfileFiles();
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(mode)
        {
            ["Ioc:Storage:Provider"] = database.Provider.ToString(),
            ["ConnectionStrings:Ioc"] = database.ConnectionString,
            ["Ioc:Sla:ProfilesPath"] = profiles.Path,
            ["Ioc:Stream:Partitions"] = "2",
            ["Ioc:Stream:PollMaxInterval"] = "00:00:00.010",
        });
        builder.AddIocData();
        builder.AddIocHub();
        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            var stream = host.Services.GetRequiredService<IEventStream>();
            var projection = host.Services.GetRequiredService<CaseProjection>();
            Assert.IsType(expectedStream, stream);
            var c = new TestCase($"host-{Guid.NewGuid():N}");
            var events = c.ThroughPublication();
            var skipped = c.After(TimeSpan.FromHours(1)).Rated("hai-long") with { Sequence = 9 };

            var appended = await stream.AppendAsync([.. events, skipped]);
            Assert.All(appended, a => Assert.True(a.Succeeded, a.Error));

            await StreamTestKit.Eventually(async () => (await ProjectionHarness.CaseRowAsync(database, c.CaseId))?.Stage == "published", "the case is projected as published");
            await StreamTestKit.Eventually(async () => await stream.CountDeadLettersAsync() == 1, "the out-of-order rating is dead-lettered");
            var dead = Assert.Single(await stream.ListDeadLettersAsync(10));
            Assert.Contains("expected sequence 7, got 9", dead.Reason);
            Assert.Equal(appended[^1].Position!.Position, dead.Position);
            Assert.Equal(6, (await ProjectionHarness.EventRowsAsync(database, c.CaseId)).Count);
            Assert.Equal(appended[^1].Position!.Position, projection.Aggregates.Current.Positions[appended[^1].Position!.Stream]);
        }
        finally
        {
            await host.StopAsync();
        }
    }
}
