using System.Diagnostics;
using System.Text;
using Ioc.Data.Reference;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Simulation;
using Ioc.Hub.Sla.Profiles;
using Ioc.Hub.Streaming;

namespace Ioc.LoadHarness.Traffic;

/// <summary>One event ready for XADD: its partition (FNV-1a of the case id, docs/streaming.md) and its JSON in UTF-8.</summary>
internal sealed record TrafficEvent(string CaseId, int Partition, byte[] Json);

/// <summary>
/// Realistic traffic from the Hub's own simulator: Khánh Hòa's profile and reference data, whole case histories
/// (reception with Vietnamese descriptions, routing, extensions, returns, results, ratings) interleaved in time order
/// as the "replay N days" mode publishes them. Deterministic for a seed.
/// </summary>
internal static class SimulatedTraffic
{
    private const int CasesPerDay = 5_000;

    public static async Task<IReadOnlyList<TrafficEvent>> GenerateAsync(int count, int partitions, int seed = 1)
    {
        var clock = Stopwatch.StartNew();
        var options = new SimulatorOptions { ProfileId = "khanh-hoa", Seed = seed, ReplayCasesPerDay = CasesPerDay };
        // A replay publishes what happened before "now" and the recent days' cases are still open, so it is asked for
        // more days than the count needs, and stops at the count.
        var days = Math.Max(2, count / 8_000 + 2);
        while (true)
        {
            var sink = new CollectingSink(count, new StreamPartitioner(partitions));
            var simulator = TrafficSimulator.Create(options, ProfileCatalog.LoadDefault(), ReferenceDataLoader.LoadEmbedded());
            try
            {
                await simulator.ReplayAsync(sink, DateTimeOffset.UtcNow, days, 1_000, CancellationToken.None);
            }
            catch (OperationCanceledException) when (sink.Full)
            {
            }
            if (sink.Full)
            {
                Console.WriteLine($"  traffic: {count:N0} simulator events ({sink.Events.Sum(e => (long)e.Json.Length) / count} B of JSON on average) generated in {clock.Elapsed.TotalSeconds:0.0} s");
                return sink.Events;
            }
            days *= 2;
        }
    }

    private sealed class CollectingSink(int count, StreamPartitioner partitioner) : IEventSink
    {
        public List<TrafficEvent> Events { get; } = new(count);

        public bool Full => Events.Count >= count;

        public ValueTask PublishAsync(IReadOnlyList<CaseEvent> events, CancellationToken ct)
        {
            foreach (var e in events)
            {
                if (Full)
                    throw new OperationCanceledException("enough events");
                Events.Add(new TrafficEvent(e.CaseId, partitioner.PartitionOf(e.CaseId), Encoding.UTF8.GetBytes(CaseEventJson.Serialize(e))));
            }
            return ValueTask.CompletedTask;
        }
    }
}
