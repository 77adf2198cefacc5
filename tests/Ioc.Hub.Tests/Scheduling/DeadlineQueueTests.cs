using Ioc.Hub.Scheduling;
using static Ioc.Hub.Tests.Scheduling.Support.SchedulerKit;

namespace Ioc.Hub.Tests.Scheduling;

public sealed class DeadlineQueueTests
{
    [Fact]
    public void ACaseFiresOnceAtItsLatestPlannedInstantEarliestCaseFirst()
    {
        var queue = new DeadlineQueue();
        queue.Set("a", At(5, 4, 10));
        queue.Set("b", At(5, 4, 9));
        queue.Set("a", At(5, 4, 8));
        queue.Set("c", At(5, 4, 7));
        queue.Set("c", null);
        queue.Set("b", At(5, 4, 12));

        Assert.Equal(At(5, 4, 8), queue.Next);
        Assert.Equal(["a"], queue.PopDue(At(5, 4, 11)));
        Assert.Equal(At(5, 4, 12), queue.Next);
        Assert.Empty(queue.PopDue(At(5, 4, 11, 59)));
        Assert.Equal(["b"], queue.PopDue(At(5, 5, 0)));
        Assert.Null(queue.Next);
        Assert.Equal(0, queue.Count);
    }

    [Fact]
    public void ManyRePlansDoNotGrowTheHeapWithoutBound()
    {
        var queue = new DeadlineQueue();
        for (var i = 0; i < 10_000; i++)
        {
            queue.Set($"case-{i % 10}", At(5, 4, 8).AddSeconds(i));
        }

        Assert.Equal(10, queue.Count);
        // Stale entries are dropped once they outnumber the planned cases past a threshold.
        Assert.InRange(queue.HeapSize, 10, 1025);
        Assert.Equal(Enumerable.Range(9_990, 10).Select(i => $"case-{i % 10}"), queue.PopDue(At(6, 1, 0)));
    }
}
