namespace Ioc.Hub.Sla.Calendar;

/// <summary>
/// The office sessions of a province, the same on every working day (Monday–Friday and make-up Saturdays).
/// Session bounds are kept as tick offsets too, so the calendar arithmetic never allocates.
/// </summary>
public sealed class OfficeHours
{
    private readonly long[] startTicks;
    private readonly long[] endTicks;

    public OfficeHours(IReadOnlyList<OfficeSession> sessions)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        if (sessions.Count == 0)
        {
            throw new ArgumentException("Office hours need at least one session.", nameof(sessions));
        }

        for (var i = 0; i < sessions.Count; i++)
        {
            var session = sessions[i] ?? throw new ArgumentException($"Session {i} is null.", nameof(sessions));
            if (session.Start >= session.End)
            {
                throw new ArgumentException($"Session {i} ({session.Start:HH\\:mm}–{session.End:HH\\:mm}) must start before it ends.", nameof(sessions));
            }

            if (i > 0 && session.Start < sessions[i - 1].End)
            {
                throw new ArgumentException($"Session {i} starts at {session.Start:HH\\:mm}, before session {i - 1} ends: sessions must be ordered and must not overlap.", nameof(sessions));
            }
        }

        Sessions = [.. sessions];
        startTicks = [.. Sessions.Select(s => s.Start.Ticks)];
        endTicks = [.. Sessions.Select(s => s.End.Ticks)];
        DayLength = TimeSpan.FromTicks(Sessions.Sum(s => s.Length.Ticks));
    }

    public IReadOnlyList<OfficeSession> Sessions { get; }

    /// <summary>One working day: the sum of the sessions (normally 8 h).</summary>
    public TimeSpan DayLength { get; }

    internal int Count => startTicks.Length;

    internal long StartTicks(int session) => startTicks[session];

    internal long EndTicks(int session) => endTicks[session];

    internal long FirstStartTicks => startTicks[0];

    internal long LastEndTicks => endTicks[^1];

    /// <summary>Office time of one working day inside [fromTicks, toTicks) (time-of-day ticks).</summary>
    internal long OfficeTicksBetween(long fromTicks, long toTicks)
    {
        long total = 0;
        for (var i = 0; i < startTicks.Length; i++)
        {
            var start = Math.Max(startTicks[i], fromTicks);
            var end = Math.Min(endTicks[i], toTicks);
            if (end > start)
            {
                total += end - start;
            }
        }

        return total;
    }
}
