namespace Ioc.Hub.Projection;

/// <summary>
/// Stamps <c>case_events.recorded_at_utc</c>: the projection's clock, strictly increasing by at least one microsecond
/// (PostgreSQL's resolution) per event, so the recorded order of a case's annotations is the order they were applied
/// and a rebuild replays them in that order.
/// </summary>
internal sealed class RecordingClock(TimeProvider time)
{
    private const long TicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000;
    private long lastTicks;

    public DateTime Next()
    {
        var now = time.GetUtcNow().UtcTicks;
        now -= now % TicksPerMicrosecond;
        lastTicks = now > lastTicks ? now : lastTicks + TicksPerMicrosecond;
        return new DateTime(lastTicks, DateTimeKind.Utc);
    }
}
