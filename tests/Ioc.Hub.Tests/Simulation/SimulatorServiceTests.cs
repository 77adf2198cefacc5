using Ioc.Hub.Cases.Events;
using Ioc.Hub.Simulation;
using Ioc.Hub.Sla;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Ioc.Hub.Tests.Simulation;

/// <summary>The hosted service: real-time release on the injected clock, and start-up failures that name their cause.</summary>
public sealed class SimulatorServiceTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task RealTimeModeReleasesEachEventOnlyWhenItsTimeComesAndInOrder()
    {
        var start = SimulationFixtures.Now.AddHours(-2); // Monday 08:00
        var time = new FakeTimeProvider(start);
        var options = new SimulatorOptions { Enabled = true, ProfileId = "khanh-hoa", Seed = 3, CasesPerHour = 240, ReplayDays = 0, BatchSize = 40 };
        var sink = new RecordingSink(time);
        using var service = Service(options, time, sink);
        var expected = TrafficSimulator.Create(options, SimulationFixtures.Shipped, SimulationFixtures.References);
        expected.StartLive(start);
        var released = new List<CaseEvent>(expected.TakeDue(start));

        await service.StartAsync(CancellationToken.None);
        for (var minute = 1; minute <= 90; minute++)
        {
            time.Advance(TimeSpan.FromMinutes(1));
            released.AddRange(expected.TakeDue(time.GetUtcNow()));
            await sink.WaitForAsync(released.Count, Patience);
            Assert.Equal(released.Count, sink.Count);
        }
        await service.StopAsync(CancellationToken.None);

        var received = sink.Received;
        Assert.True(received.Count > 200, $"only {received.Count} events in 90 minutes");
        Assert.Equal(released.Select(e => e.Id), received.Select(r => r.Event.Id));
        Assert.All(received, r => Assert.True(r.Event.OccurredAt <= r.PublishedAt, $"{r.Event.Type} of {r.Event.OccurredAt:O} published at {r.PublishedAt:O}"));
        Assert.All(received, r => Assert.True(r.PublishedAt - r.Event.OccurredAt < TimeSpan.FromMinutes(1), "released late"));
        Assert.All(sink.BatchSizes, n => Assert.InRange(n, 1, 40));
    }

    [Fact]
    public async Task AFailingSinkIsRetriedWithoutLosingOrReorderingEvents()
    {
        var start = SimulationFixtures.Now;
        var time = new FakeTimeProvider(start);
        var options = new SimulatorOptions { Enabled = true, ProfileId = "dong-nai", Seed = 4, ReplayDays = 1, ReplayCasesPerDay = 200, BatchSize = 100 };
        var expected = new RecordingSink();
        await TrafficSimulator.Create(options, SimulationFixtures.Shipped, SimulationFixtures.References)
            .ReplayAsync(expected, start, options.ReplayDays, options.BatchSize, CancellationToken.None);
        var sink = new FlakySink(failures: 3);
        using var service = Service(options, time, sink);

        await service.StartAsync(CancellationToken.None);
        var patience = DateTime.UtcNow + Patience;
        while (sink.Recorded.Count < expected.Count && DateTime.UtcNow < patience)
        {
            // Each retry waits on the injected clock: 1 s, 2 s, 4 s.
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(10);
        }
        await service.StopAsync(CancellationToken.None);

        Assert.Equal(3, sink.Failures);
        Assert.Equal(expected.Events.Select(e => e.Id), sink.Recorded.Events.Take(expected.Count).Select(e => e.Id));
    }

    [Fact]
    public async Task TheHostFailsToStartWhenTheSimulatorIsOnWithoutASink()
    {
        using var host = Host(("Enabled", "true"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Contains(nameof(IEventSink), error.Message);
        Assert.Contains("Ioc:Simulator:Enabled", error.Message);
    }

    [Fact]
    public async Task ADisabledSimulatorStartsWithoutASinkAndPublishesNothing()
    {
        using var host = Host(("Enabled", "false"));

        await host.StartAsync();
        await host.StopAsync();
    }

    [Theory]
    [InlineData("Speed", "0.5", "Speed")]
    [InlineData("CasesPerHour", "0", "CasesPerHour")]
    [InlineData("ReplayDays", "-1", "ReplayDays")]
    [InlineData("ProfileId", "ha-noi", "Ioc:Simulator:ProfileId 'ha-noi'")]
    public async Task InvalidOptionsStopTheHostNamingTheSetting(string key, string value, string named)
    {
        using var host = Host(("Enabled", "true"), (key, value));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(named, error.Message);
    }

    /// <summary>Refuses its first calls, as a pipeline does while it restarts.</summary>
    private sealed class FlakySink(int failures) : IEventSink
    {
        private int calls;

        public RecordingSink Recorded { get; } = new();

        public int Failures => Math.Min(Volatile.Read(ref calls), failures);

        public ValueTask PublishAsync(IReadOnlyList<CaseEvent> events, CancellationToken ct) =>
            Interlocked.Increment(ref calls) <= failures
                ? throw new InvalidOperationException("The stream is not available.")
                : Recorded.PublishAsync(events, ct);
    }

    private static SimulatorService Service(SimulatorOptions options, TimeProvider time, IEventSink sink) => new(
        Options.Create(options),
        SimulationFixtures.Shipped,
        new ServiceCollection().AddSingleton(sink).BuildServiceProvider(),
        time,
        NullLogger<SimulatorService>.Instance);

    private static IHost Host(params (string Key, string Value)[] settings)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings.Select(s => KeyValuePair.Create($"Ioc:Simulator:{s.Key}", (string?)s.Value)));
        builder.Logging.ClearProviders();
        builder.AddSla();
        builder.AddIocSimulator();
        return builder.Build();
    }
}
