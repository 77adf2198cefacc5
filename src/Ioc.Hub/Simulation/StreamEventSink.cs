using Ioc.Hub.Cases.Events;
using Ioc.Hub.Streaming;

namespace Ioc.Hub.Simulation;

/// <summary>
/// Sends simulated events down the same path as a real producer's: appended to the event stream, then consumed by
/// the projection. A failed append throws, so the simulator retries the batch (event ids are stable, duplicates are
/// ignored downstream).
/// </summary>
public sealed class StreamEventSink(IEventStream stream) : IEventSink
{
    public async ValueTask PublishAsync(IReadOnlyList<CaseEvent> events, CancellationToken ct)
    {
        var results = await stream.AppendAsync(events, ct);
        var failed = results.Where(r => !r.Succeeded).ToList();
        if (failed.Count > 0)
            throw new InvalidOperationException($"{failed.Count} of {events.Count} simulated events were not appended; first error: {failed[0].Error}");
    }
}
