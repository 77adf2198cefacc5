using Ioc.Hub.Cases.Events;
using Ioc.Hub.Projection;

namespace Ioc.Hub.Tests.Projection.Support;

/// <summary>Lays events out as stream entries with increasing Redis-style positions ("&lt;ms&gt;-&lt;n&gt;").</summary>
internal sealed class EventFeed(string stream = "ioc:events:0")
{
    private long next = 1;

    public string Stream { get; } = stream;

    public string LastPosition { get; private set; } = "";

    public IncomingEntry Entry(CaseEvent e) => Raw(CaseEventJson.Serialize(e));

    public IncomingEntry Raw(string json)
    {
        LastPosition = $"1777000000000-{next++}";
        return new IncomingEntry(Stream, LastPosition, json);
    }

    public List<IncomingEntry> Entries(IEnumerable<CaseEvent> events) => [.. events.Select(Entry)];
}
