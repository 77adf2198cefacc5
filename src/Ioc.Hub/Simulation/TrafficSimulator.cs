using Ioc.Data.Reference;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Sla.Profiles;

namespace Ioc.Hub.Simulation;

/// <summary>
/// Turns generated histories into one time-ordered event stream. <see cref="ReplayAsync"/> writes "N days up to now"
/// in bulk and keeps the events still to come; <see cref="TakeDue"/> then releases them, and the live arrivals, as their
/// time comes. Not thread-safe: one caller drives it (<see cref="SimulatorService"/>).
/// </summary>
public sealed class TrafficSimulator
{
    private readonly PendingEvents pending = new();
    private readonly double speed;
    private IEnumerator<CaseArrival>? live;
    private CaseArrival? nextArrival;

    public TrafficSimulator(CaseFlowGenerator generator, SimulationSchedule schedule, double speed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(speed, 1);
        Generator = generator;
        Schedule = schedule;
        this.speed = speed;
    }

    /// <summary>The simulator the options describe, over the province's profile and reference data.</summary>
    public static TrafficSimulator Create(SimulatorOptions options, ProfileCatalog catalog, IEnumerable<ReferenceDataFile> references)
    {
        var reference = references.FirstOrDefault(r => r.ProfileId == options.ProfileId)
            ?? throw new InvalidOperationException($"No reference data for profile '{options.ProfileId}' (Ioc:Simulator:ProfileId).");
        var generator = new CaseFlowGenerator(catalog, reference, options.Seed);
        var schedule = new SimulationSchedule(options.ProfileId, options.Seed, generator.Planner.Calendar, options.ReplayCasesPerDay, options.CasesPerHour);
        return new TrafficSimulator(generator, schedule, options.Speed);
    }

    public CaseFlowGenerator Generator { get; }

    public SimulationSchedule Schedule { get; }

    /// <summary>Events generated but not yet released.</summary>
    public int PendingCount => pending.Count;

    /// <summary>When <see cref="TakeDue"/> next has something to release: the next pending event or live arrival.</summary>
    public DateTimeOffset? NextDueAt => (pending.NextAt, nextArrival?.ReceivedAt) switch
    {
        ({ } a, { } b) => a < b ? a : b,
        (var a, var b) => a ?? b,
    };

    /// <summary>
    /// Generates the cases received in the <paramref name="days"/> before <paramref name="now"/> and publishes every
    /// event that happened by then, in time order and in batches; the rest stay pending, so the cases open at
    /// <paramref name="now"/> go on living.
    /// </summary>
    public async Task<ReplaySummary> ReplayAsync(IEventSink sink, DateTimeOffset now, int days, int batchSize, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var buffer = new List<CaseEvent>(batchSize);
        var (cases, open, published) = (0, 0, 0);
        foreach (var arrival in Schedule.Arrivals(ArrivalStream.Replay, now - TimeSpan.FromDays(days), now))
        {
            pending.TakeUntil(arrival.ReceivedAt, buffer);
            var generated = Generator.Generate(arrival);
            pending.Add(generated.Events);
            cases++;
            if (generated.IsOpenAt(now))
                open++;
            if (buffer.Count >= batchSize)
                published += await FlushAsync(sink, buffer, batchSize, ct);
        }
        pending.TakeUntil(now, buffer);
        published += await FlushAsync(sink, buffer, batchSize, ct);
        return new ReplaySummary(cases, published, open, pending.Count);
    }

    /// <summary>Starts the live arrivals at <paramref name="from"/> (normally the end of the replay).</summary>
    public void StartLive(DateTimeOffset from)
    {
        live = Schedule.Arrivals(ArrivalStream.Live, from).GetEnumerator();
        MoveToNextArrival();
    }

    /// <summary>Every event whose time has come by <paramref name="now"/>, in time order, creating the live cases that arrived.</summary>
    public IReadOnlyList<CaseEvent> TakeDue(DateTimeOffset now)
    {
        var due = new List<CaseEvent>();
        while (nextArrival is { } arrival && arrival.ReceivedAt <= now)
        {
            pending.TakeUntil(arrival.ReceivedAt, due);
            pending.Add(Generator.Generate(arrival, speed).Events);
            MoveToNextArrival();
        }
        pending.TakeUntil(now, due);
        return due;
    }

    private void MoveToNextArrival() => nextArrival = live is not null && live.MoveNext() ? live.Current : null;

    private static async Task<int> FlushAsync(IEventSink sink, List<CaseEvent> buffer, int batchSize, CancellationToken ct)
    {
        var count = buffer.Count;
        for (var i = 0; i < buffer.Count; i += batchSize)
            await sink.PublishAsync(buffer.GetRange(i, Math.Min(batchSize, buffer.Count - i)), ct);
        buffer.Clear();
        return count;
    }
}

/// <summary>What a replay did: cases generated, events published, cases still open at "now", events left for later.</summary>
public sealed record ReplaySummary(int Cases, int EventsPublished, int OpenCases, int PendingEvents);
