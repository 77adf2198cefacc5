using System.Diagnostics;
using Ioc.Hub.Cases;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Simulation;

namespace Ioc.Hub.Tests.Simulation;

/// <summary>Replay: "N days up to now" in bulk, time-ordered, leaving the cases in progress open and their future pending.</summary>
public sealed class TrafficSimulatorTests(TrafficSimulatorTests.ThirtyDayReplay replay) : IClassFixture<TrafficSimulatorTests.ThirtyDayReplay>
{
    private const int BatchSize = 500;

    private static TrafficSimulator Simulator(string profile) => TrafficSimulator.Create(
        new SimulatorOptions { ProfileId = profile, Seed = 21, ReplayCasesPerDay = 400, CasesPerHour = 120 },
        SimulationFixtures.Shipped, SimulationFixtures.References);

    [Fact]
    public void ThirtyDaysOfFourHundredCasesADayReplayInSeconds()
    {
        Assert.InRange(replay.Summary.Cases, 8_000, 12_000);
        Assert.Equal(replay.Summary.EventsPublished, replay.Sink.Count);
        Assert.True(replay.Elapsed < TimeSpan.FromSeconds(8), $"replay took {replay.Elapsed.TotalSeconds:F1} s");
    }

    [Fact]
    public void ReplayPublishesTheHistoryInTimeOrderInBatchesAndNothingAfterNow()
    {
        var events = replay.Sink.Events;

        Assert.All(events, e => Assert.True(e.OccurredAt <= SimulationFixtures.Now));
        Assert.Equal(events.OrderBy(e => e.OccurredAt.UtcTicks).Select(e => e.Id), events.Select(e => e.Id));
        Assert.All(replay.Sink.BatchSizes, n => Assert.InRange(n, 1, BatchSize));
        foreach (var c in events.GroupBy(e => e.CaseId))
            Assert.Equal(Enumerable.Range(1, c.Count()).Select(i => (long)i), c.Select(e => e.Sequence));
    }

    [Fact]
    public void ReplayLeavesTheCasesStillInProgressOpenAndReleasesTheirFutureLater()
    {
        var machine = new CaseStateMachine(SimulationFixtures.Shipped);
        var states = replay.Sink.Events.GroupBy(e => e.CaseId).Select(c => machine.Replay(c)).ToList();
        Assert.All(states, s => Assert.True(s.Applied, s.Refusal?.ToString()));
        var open = states.Count(s => s.State!.IsOpen);
        Assert.Equal(replay.Summary.OpenCases, open);
        Assert.InRange(open, replay.Summary.Cases / 20, replay.Summary.Cases / 2);
        Assert.True(replay.Summary.PendingEvents > 0);
        Assert.True(replay.Simulator.NextDueAt > SimulationFixtures.Now);

        // Releasing the rest closes every case, each history continuing exactly where the replay stopped.
        var rest = replay.Simulator.TakeDue(SimulationFixtures.Now.AddDays(60));
        Assert.Equal(0, replay.Simulator.PendingCount);
        Assert.All(rest, e => Assert.True(e.OccurredAt > SimulationFixtures.Now));
        var all = replay.Sink.Events.Concat(rest).GroupBy(e => e.CaseId).Select(c => machine.Replay(c)).ToList();
        Assert.All(all, s => Assert.False(s.State!.IsOpen, s.State.CaseId));
    }

    [Fact]
    public void LiveTrafficCreatesCasesAsTheyArriveAndReleasesOnlyWhatIsDue()
    {
        var simulator = Simulator("soc-trang");
        simulator.StartLive(SimulationFixtures.Now);

        var firstHour = simulator.TakeDue(SimulationFixtures.Now.AddHours(1));
        var secondHour = simulator.TakeDue(SimulationFixtures.Now.AddHours(2));

        // Monday 10:00–12:00 at 120 cases per office hour (less over lunch).
        Assert.InRange(firstHour.OfType<CaseReceived>().Count(), 90, 150);
        Assert.All(firstHour, e => Assert.InRange(e.OccurredAt, SimulationFixtures.Now, SimulationFixtures.Now.AddHours(1)));
        Assert.All(secondHour, e => Assert.InRange(e.OccurredAt, SimulationFixtures.Now.AddHours(1).AddTicks(1), SimulationFixtures.Now.AddHours(2)));
        var both = firstHour.Concat(secondHour).ToList();
        Assert.Equal(both.OrderBy(e => e.OccurredAt.UtcTicks).Select(e => e.Id), both.Select(e => e.Id));
        Assert.All(firstHour.OfType<CaseReceived>(), r => Assert.Contains("-l2026", r.CaseId, StringComparison.Ordinal));
    }

    /// <summary>One 30-day replay of Khánh Hòa, timed, shared by the tests that judge it.</summary>
    public sealed class ThirtyDayReplay : IAsyncLifetime
    {
        public RecordingSink Sink { get; } = new();

        public TrafficSimulator Simulator { get; } = TrafficSimulatorTests.Simulator("khanh-hoa");

        public ReplaySummary Summary { get; private set; } = null!;

        public TimeSpan Elapsed { get; private set; }

        public async Task InitializeAsync()
        {
            var clock = Stopwatch.StartNew();
            Summary = await Simulator.ReplayAsync(Sink, SimulationFixtures.Now, days: 30, BatchSize, CancellationToken.None);
            Elapsed = clock.Elapsed;
        }

        public Task DisposeAsync() => Task.CompletedTask;
    }
}
