using System.Net.Http.Headers;
using System.Net.Http.Json;
using Ioc.Hub.DeadLetters;
using Ioc.Hub.Streaming;
using Ioc.Hub.Tests.Projection.Support;
using Ioc.Hub.Tests.Streaming;
using Ioc.Hub.Tests.Support.Storage;
using Npgsql;
using StackExchange.Redis;

namespace Ioc.Hub.Tests.Pipeline;

/// <summary>
/// One pipeline test's world: a fresh PostgreSQL database (migrated), a Redis key prefix of its own with the Hub's
/// default 4 partitions, a producer that <c>XADD</c>s entries straight into the partitions, and readers of what the
/// store holds and what the dead-letter API lists.
/// </summary>
internal sealed class PipelineRun : IAsyncDisposable
{
    public const int Partitions = 4;

    private readonly StreamPartitioner partitioner = new(Partitions);
    private ConnectionMultiplexer? redis;

    public PostgresTestDatabase Database { get; } = new();

    /// <summary>The test profiles (<c>kh-test</c>, the one <see cref="Projection.Support.TestCase"/> uses) for the worker to load.</summary>
    private ProfileFiles Profiles { get; } = new();

    public string Prefix { get; } = $"test:{Guid.NewGuid():N}";

    public IDatabase Redis => redis!.GetDatabase();

    public static async Task<PipelineRun> StartAsync()
    {
        var run = new PipelineRun();
        await run.Database.InitializeAsync();
        run.redis = await RedisTestServer.ConnectAsync();
        return run;
    }

    public Task<HubWorkerProcess> StartWorkerAsync() =>
        HubWorkerProcess.StartAsync(RedisTestServer.Endpoint, Prefix, Database.ConnectionString,
            new Dictionary<string, string> { ["Ioc__Sla__ProfilesPath"] = Profiles.Path });

    public int PartitionOf(string caseId) => partitioner.PartitionOf(caseId);

    public string Stream(int partition) => $"{Prefix}:events:{partition}";

    /// <summary>XADDs the entries (partition, event field or null for an entry without one), pipelined in chunks.</summary>
    public async Task SendAsync(IReadOnlyList<(int Partition, string? Event)> entries, int chunk = 1000, TimeSpan? pause = null)
    {
        for (var from = 0; from < entries.Count; from += chunk)
        {
            var batch = Redis.CreateBatch();
            var adds = entries.Skip(from).Take(chunk)
                .Select(e => batch.StreamAddAsync(Stream(e.Partition), e.Event is null ? [new NameValueEntry("note", "no event field")] : [new NameValueEntry("event", e.Event)]))
                .ToList();
            batch.Execute();
            await Task.WhenAll(adds);
            await redis!.GetSubscriber().PublishAsync(RedisChannel.Literal($"{Prefix}:events:wake"), "1");
            if (pause is { } p)
                await Task.Delay(p);
        }
    }

    /// <summary>Rows in <c>cases</c>, and the lifecycle rows in <c>case_events</c> (the scheduler's <c>ioc.*</c> annotations left out).</summary>
    public async Task<(long Cases, long Events, long DistinctSequences)> StoreCountsAsync()
    {
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT (SELECT count(*) FROM cases),
                   (SELECT count(*) FROM case_events WHERE type NOT LIKE 'ioc.%'),
                   (SELECT count(*) FROM (SELECT DISTINCT case_id, sequence FROM case_events WHERE type NOT LIKE 'ioc.%') s)
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }

    public async Task<long> DeadLetterCountAsync() => await Redis.StreamLengthAsync($"{Prefix}:dead-letters");

    /// <summary>Every dead letter through <c>GET /api/admin/dead-letters</c>, page by page, as the administrator.</summary>
    public static async Task<List<DeadLetterEntry>> DeadLettersAsync(HubWorkerProcess worker)
    {
        using var client = new HttpClient { BaseAddress = worker.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", HubWorkerProcess.AdminKey);
        var all = new List<DeadLetterEntry>();
        string? after = null;
        do
        {
            var page = (await client.GetFromJsonAsync<DeadLetterPage>($"/api/admin/dead-letters?limit={DeadLetterQuery.MaxLimit}{(after is null ? "" : "&after=" + after)}"))!;
            all.AddRange(page.Items);
            after = page.Next;
        }
        while (after is not null);
        return all;
    }

    public static async Task UntilAsync(Func<Task<bool>> condition, string what, TimeSpan patience, Func<string> context)
    {
        var deadline = DateTime.UtcNow + patience;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"Timed out waiting until {what}.\n{context()}");
            await Task.Delay(200);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (redis is not null)
        {
            await RedisTestServer.DeleteKeysAsync(redis, Prefix);
            await redis.DisposeAsync();
        }
        await Database.DisposeAsync();
        Profiles.Dispose();
    }
}
