using Ioc.Hub.Cases.Events;

namespace Ioc.Hub.Simulation;

/// <summary>One case's whole simulated life: its lifecycle events in sequence order (1..n, non-decreasing in time).</summary>
public sealed class GeneratedCase
{
    private readonly bool[] openAfter;

    internal GeneratedCase(CaseArrival arrival, IReadOnlyList<CaseEvent> events, bool[] openAfter)
    {
        Arrival = arrival;
        Events = events;
        this.openAfter = openAfter;
    }

    public CaseArrival Arrival { get; }

    public string CaseId => Arrival.CaseId;

    public DateTimeOffset ReceivedAt => Arrival.ReceivedAt;

    public IReadOnlyList<CaseEvent> Events { get; }

    /// <summary>Whether the case is still open (not answered, closed or rejected) after the events up to <paramref name="instant"/>.</summary>
    public bool IsOpenAt(DateTimeOffset instant)
    {
        var open = false;
        for (var i = 0; i < Events.Count && Events[i].OccurredAt <= instant; i++)
            open = openAfter[i];
        return open;
    }
}
