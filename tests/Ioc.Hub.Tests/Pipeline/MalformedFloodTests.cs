using System.Diagnostics;
using System.Text.Json.Nodes;
using Ioc.Hub.Cases.Events;
using Xunit.Abstractions;
using Ioc.Hub.Tests.Live.Support;
using Ioc.Hub.Tests.Projection.Support;

namespace Ioc.Hub.Tests.Pipeline;

/// <summary>
/// 1 000 malformed entries of every kind the pipeline dead-letters, mixed into 100 000 good ones written straight
/// into the partitions of the real Hub worker: every bad one is listed by <c>GET /api/admin/dead-letters</c> with a
/// reason, every good one is applied, and the live numbers count the good cases only.
/// </summary>
public sealed class MalformedFloodTests(ITestOutputHelper output)
{
    private const int GoodCases = 50_000;

    [Fact]
    public async Task AThousandMalformedEntriesAmongAHundredThousandGoodOnesAllLandInTheDeadLettersWithReasons()
    {
        await using var run = await PipelineRun.StartAsync();
        var (entries, malformed) = Flood(run);
        Assert.Equal(2 * GoodCases + 1_000, entries.Count);
        Assert.Equal(1_000, malformed.Count);
        await using var worker = await run.StartWorkerAsync();
        var clock = Stopwatch.StartNew();

        await run.SendAsync(entries, chunk: 5_000);
        await PipelineRun.UntilAsync(async () => (await run.StoreCountsAsync()).Events >= 2 * GoodCases && await run.DeadLetterCountAsync() >= 1_000,
            "every good entry is applied and every bad one dead-lettered", TimeSpan.FromSeconds(90),
            () => $"{run.StoreCountsAsync().Result}, {run.DeadLetterCountAsync().Result} dead letters\n{worker.Log}");
        output.WriteLine($"{entries.Count} entries sent, applied and dead-lettered in {clock.Elapsed.TotalSeconds:F1} s");

        var store = await run.StoreCountsAsync();
        Assert.Equal((GoodCases, 2L * GoodCases, 2L * GoodCases), (store.Cases, store.Events, store.DistinctSequences));
        var letters = await PipelineRun.DeadLettersAsync(worker);
        Assert.Equal(1_000, letters.Count);
        Assert.All(letters, l => Assert.False(string.IsNullOrWhiteSpace(l.Reason)));
        // Each malformed entry once, found by its exact text (the 100 without an 'event' field have none).
        var byText = letters.Where(l => l.Event.Length > 0).GroupBy(l => l.Event).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var (text, kind) in malformed.Where(m => m.Text is not null))
        {
            Assert.True(byText.TryGetValue(text!, out var found) && found.Count == 1, $"{kind}: {text} is not dead-lettered exactly once");
            Assert.Matches(ReasonOf(kind), found[0].Reason);
        }
        Assert.Equal(100, letters.Count(l => l.Event.Length == 0 && l.Reason == "The entry has no 'event' field."));

        await using var client = await LiveClient.ConnectAsync(worker.HubUrl, HubWorkerProcess.SupervisorKey);
        await client.SubscribeAsync("supervisor");
        var (snapshot, _) = await client.SnapshotAsync();
        Assert.Equal(GoodCases, snapshot.Numbers.Totals.Open);
        Assert.Equal(GoodCases, snapshot.Numbers.Daily.Sum(d => d.Received));
    }

    /// <summary>What each kind of bad entry's reason says (the contract's or the state machine's words).</summary>
    private static string ReasonOf(string kind) => kind switch
    {
        "garbage" => "JSON",
        "truncated" => "JSON",
        "unknown type" => "case.teleported",
        "missing field" => "(?i)description",
        "no case id" => "caseId",
        "not allowed at the stage" => "refused",
        "unknown case" => "UnknownCase",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>
    /// <see cref="GoodCases"/> cases received then routed, and 1 000 bad entries spread among them: 25 not JSON, 25
    /// truncated JSON, 325 of an unknown type, 125 receptions without a description, 100 without an <c>event</c> field,
    /// 100 without a case id, 175 approvals of a result at the routing stage, 125 acceptances of cases never received.
    /// </summary>
    private static (List<(int Partition, string? Event)> Entries, List<(string? Text, string Kind)> Malformed) Flood(PipelineRun run)
    {
        var now = DateTimeOffset.UtcNow.ToOffset(TestCase.Vietnam);
        var entries = new List<(int, string?)>(2 * GoodCases + 1_000);
        var malformed = new List<(string?, string)>(1_000);
        var slot = 0;
        void Bad(int partition, string? text, string kind)
        {
            entries.Add((partition, text));
            malformed.Add((text, kind));
        }
        for (var i = 0; i < GoodCases; i++)
        {
            var c = new TestCase($"flood-{i:D5}").At(now);
            var home = run.PartitionOf(c.CaseId);
            entries.Add((home, CaseEventJson.Serialize(c.Received())));
            entries.Add((home, CaseEventJson.Serialize(c.After(TimeSpan.FromMinutes(1)).Routed())));
            if (i % 50 != 7)
                continue;
            // Every 50th case is followed by one bad entry: 1 000 of them, eight kinds in turn.
            var n = slot++;
            var partition = n % PipelineRun.Partitions;
            var stranger = new TestCase($"bad-{n:D4}").At(now);
            switch (n % 8)
            {
                case 0 when n < 200:
                    Bad(partition, $"not json {n} <b>", "garbage");
                    break;
                case 1 when n < 200:
                    var whole = CaseEventJson.Serialize(stranger.Received());
                    Bad(run.PartitionOf(stranger.CaseId), whole[..(whole.Length / 2)], "truncated");
                    break;
                case 0 or 1 or 2:
                    Bad(run.PartitionOf(stranger.CaseId), Changed(stranger.Received(), e => e["type"] = "case.teleported"), "unknown type");
                    break;
                case 3:
                    Bad(run.PartitionOf(stranger.CaseId), Changed(stranger.Received(), e => e.Remove("description")), "missing field");
                    break;
                case 4 when n < 800:
                    entries.Add((partition, null));
                    malformed.Add((null, "no event field"));
                    break;
                case 5 when n < 800:
                    Bad(partition, Changed(stranger.Received(), e => e.Remove("caseId")), "no case id");
                    break;
                case 4 or 5 or 6:
                    Bad(home, CaseEventJson.Serialize(c.After(TimeSpan.FromMinutes(1)).Approved()), "not allowed at the stage");
                    break;
                default:
                    Bad(run.PartitionOf(stranger.CaseId), CaseEventJson.Serialize(stranger.Accepted()), "unknown case");
                    break;
            }
        }
        return (entries, malformed);
    }

    private static string Changed(CaseEvent e, Action<JsonObject> change)
    {
        var node = JsonNode.Parse(CaseEventJson.Serialize(e))!.AsObject();
        change(node);
        return node.ToJsonString();
    }
}
