using Ioc.Hub.Cases.Events;
using Ioc.Hub.Scheduling;
using Ioc.Hub.Streaming;
using Ioc.Hub.Streaming.InProcess;
using Ioc.Hub.Tests.Projection.Support;
using Ioc.Hub.Tests.Streaming;
using Ioc.Hub.Tests.Support.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ioc.Hub.Tests.Scheduling.Support;

/// <summary>Streams, instants and store reads shared by the scheduler tests.</summary>
internal static class SchedulerKit
{
    public static readonly TimeSpan Vietnam = TestCase.Vietnam;

    /// <summary>
    /// An in-process stream on the real clock: its leases and polling are infrastructure time, while the projection
    /// and the scheduler run on the test's fake clock, which jumps days at once.
    /// </summary>
    public static InProcessEventStream Stream(int partitions = 2)
    {
        var options = StreamTestKit.FastOptions();
        options.Partitions = partitions;
        return new(Microsoft.Extensions.Options.Options.Create(options), TimeProvider.System, NullLogger<InProcessEventStream>.Instance);
    }

    public static DateTimeOffset At(int month, int day, int hour, int minute = 0, int second = 0) => new(2026, month, day, hour, minute, second, Vietnam);

    /// <summary>Appends a producer's events and waits until the store holds them all.</summary>
    public static async Task AppendAsync(IEventStream stream, TestDatabase database, params CaseEvent[] events)
    {
        var results = await stream.AppendAsync(events);
        Assert.All(results, r => Assert.True(r.Succeeded, r.Error));
        var ids = events.Select(e => e.Id).ToHashSet();
        await StreamTestKit.Eventually(async () =>
        {
            await using var db = database.CreateContext();
            return db.Events.Count(e => ids.Contains(e.EventId)) == ids.Count;
        }, "the events are projected");
    }

    /// <summary>The scheduler's events stored for a case, in the order they were recorded.</summary>
    public static async Task<List<CaseEvent>> ScheduledAsync(TestDatabase database, string caseId) =>
        [.. (await ProjectionHarness.EventRowsAsync(database, caseId)).Select(r => CaseEventJson.Deserialize(r.PayloadJson))
            .Where(e => e.Actor == TransitionEvents.Actor)];

    /// <summary>Waits until the scheduler's stored events for a case number <paramref name="count"/>, and returns them.</summary>
    public static async Task<List<CaseEvent>> ScheduledAsync(TestDatabase database, string caseId, int count)
    {
        List<CaseEvent> events = [];
        await StreamTestKit.Eventually(async () => (events = await ScheduledAsync(database, caseId)).Count >= count,
            $"{count} scheduler events are stored for {caseId}");
        Assert.Equal(count, events.Count);
        return events;
    }

    /// <summary>Real time for a wrongly early transition to travel through the stream into the store, if one was emitted.</summary>
    public static Task Settle() => Task.Delay(300);

    /// <summary>Entries in every partition of the stream (none is trimmed during a test).</summary>
    public static async Task<long> LengthAsync(IEventStream stream) => (await stream.GetStatusAsync()).Sum(p => p.Length);
}
