using Ioc.Hub.Cases.Events;

namespace Ioc.Hub.Simulation;

/// <summary>
/// Where the simulator delivers its events: the pipeline's ingest (in-process stream or Redis). The simulator registers
/// no implementation; <see cref="SimulatorService"/> refuses to start without one.
/// </summary>
public interface IEventSink
{
    /// <summary>Publishes a batch in the order given: time order, and sequence order within a case.</summary>
    ValueTask PublishAsync(IReadOnlyList<CaseEvent> events, CancellationToken ct);
}
