using Ioc.Data.Cases;
using Ioc.Hub.Projection.Rebuild;

namespace Ioc.Hub.Tests.Projection;

/// <summary>The order a rebuild replays one case's log in: the order the live projection applied it.</summary>
public sealed class ReplayOrderTests
{
    private static readonly DateTime T0 = new(2026, 5, 4, 1, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void AnnotationsReplayWhereTheyWereRecordedButNeverBeforeTheLifecycleEventTheyObserved()
    {
        var l1 = Event("case.received", 1, 1);
        var l2 = Event("case.routed", 2, 2);
        var a = Event("ioc.reminder-sent", 2, 3);
        // Recorded before case.accepted (a worker's clock behind another's) but observed sequence 3: it must wait for it.
        var c = Event("ioc.escalated", 3, 4);
        var l3 = Event("case.accepted", 3, 5);
        var b = Event("ioc.reminder-sent", 3, 6);

        var order = EventLogReader.Merge([l1, l2, a, l3, c, b]);

        Assert.Equal([l1, l2, a, l3, c, b], order);
    }

    [Fact]
    public void TwoAnnotationsOfTheSameSequenceKeepTheirRecordedOrder()
    {
        var l1 = Event("case.received", 1, 1);
        var later = Event("ioc.deadline-state-changed", 1, 9);
        var earlier = Event("ioc.deadline-state-changed", 1, 3);

        Assert.Equal([l1, earlier, later], EventLogReader.Merge([l1, later, earlier]));
    }

    private static EventRecord Event(string type, long sequence, int recordedMinute) => new()
    {
        EventId = Guid.NewGuid(),
        CaseId = "c-1",
        Sequence = sequence,
        Type = type,
        OccurredAtUtc = T0,
        RecordedAtUtc = T0.AddMinutes(recordedMinute),
        PayloadJson = "{}",
    };
}
