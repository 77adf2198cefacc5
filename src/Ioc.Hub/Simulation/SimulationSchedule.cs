using System.Globalization;
using Ioc.Hub.Sla.Calendar;

namespace Ioc.Hub.Simulation;

/// <summary>
/// When cases arrive. Time is cut into absolute hour slots; each slot's count (Poisson around the rate ×
/// <see cref="ArrivalCurve"/>) and arrival instants come from a random stream seeded by (seed, stream, slot), so the
/// arrivals of a given hour are the same whatever window asks for them: a restart replays the same cases with the same
/// ids. Codes number the stream's cases from the start of the local year ("KH-2026-000123"): history from 000001,
/// live traffic from 500000 (wrapping past 999999 at very high rates).
/// </summary>
public sealed class SimulationSchedule
{
    private const int LiveSerialBase = 500_000;
    private static readonly long TicksPerHour = TimeSpan.TicksPerHour;

    private readonly string profileId;
    private readonly int seed;
    private readonly long profileHash;
    private readonly WorkingCalendar calendar;
    private readonly double replayCasesPerDay;
    private readonly double liveCasesPerHour;
    private readonly string codePrefix;

    public SimulationSchedule(string profileId, int seed, WorkingCalendar calendar, double replayCasesPerDay, double liveCasesPerHour)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(profileId);
        ArgumentOutOfRangeException.ThrowIfNegative(replayCasesPerDay);
        ArgumentOutOfRangeException.ThrowIfNegative(liveCasesPerHour);
        this.profileId = profileId;
        this.seed = seed;
        profileHash = SimulationRandom.Hash(profileId);
        this.calendar = calendar;
        this.replayCasesPerDay = replayCasesPerDay;
        this.liveCasesPerHour = liveCasesPerHour;
        codePrefix = CodePrefix(profileId);
    }

    /// <summary>"khanh-hoa" → "KH", "dong-nai" → "DN": the initials of the profile id.</summary>
    public static string CodePrefix(string profileId)
    {
        var parts = profileId.Split('-', StringSplitOptions.RemoveEmptyEntries);
        var prefix = parts.Length > 1 ? string.Concat(parts.Select(p => p[0])) : profileId[..Math.Min(2, profileId.Length)];
        return prefix.ToUpperInvariant();
    }

    /// <summary>The expected number of arrivals in the hour slot that contains <paramref name="instant"/>.</summary>
    public double RateAt(ArrivalStream stream, DateTimeOffset instant)
    {
        var weight = ArrivalCurve.Weight(calendar, instant);
        return stream == ArrivalStream.Replay
            ? replayCasesPerDay * weight / ArrivalCurve.WorkingDayTotal
            : liveCasesPerHour * weight;
    }

    /// <summary>Arrivals in [<paramref name="from"/>, <paramref name="to"/>) in time order; endless when <paramref name="to"/> is null.</summary>
    public IEnumerable<CaseArrival> Arrivals(ArrivalStream stream, DateTimeOffset from, DateTimeOffset? to = null)
    {
        var slot = from.UtcTicks / TicksPerHour;
        var year = LocalYear(slot);
        var serial = CountFromYearStart(stream, slot, year);
        while (to is null || slot * TicksPerHour < to.Value.UtcTicks)
        {
            if (LocalYear(slot) != year)
            {
                year = LocalYear(slot);
                serial = 0;
            }

            var instants = Slot(stream, slot);
            for (var i = 0; i < instants.Length; i++)
            {
                serial++;
                var at = instants[i];
                if (at < from || (to is { } end && at >= end))
                    continue;
                yield return new CaseArrival(CaseId(stream, slot, i), Code(stream, year, serial), at, SimulationRandom.Seed(seed, profileHash, (long)stream, slot, i));
            }
            slot++;
        }
    }

    /// <summary>The arrival instants of one hour slot, sorted, to the second, in Vietnam time.</summary>
    private DateTimeOffset[] Slot(ArrivalStream stream, long slot)
    {
        var random = SlotRandom(stream, slot);
        var start = new DateTimeOffset(slot * TicksPerHour, TimeSpan.Zero).ToOffset(ArrivalCurve.Vietnam);
        var count = random.Poisson(RateAt(stream, start));
        var seconds = new int[count];
        for (var i = 0; i < count; i++)
            seconds[i] = random.Next(3600);
        Array.Sort(seconds);
        return [.. seconds.Select(s => start.AddSeconds(s))];
    }

    /// <summary>How many arrivals the stream had from the start of <paramref name="year"/> (local) up to the slot.</summary>
    private int CountFromYearStart(ArrivalStream stream, long slot, int year)
    {
        var first = new DateTimeOffset(year, 1, 1, 0, 0, 0, ArrivalCurve.Vietnam).UtcTicks / TicksPerHour;
        var count = 0;
        for (var s = first; s < slot; s++)
        {
            var random = SlotRandom(stream, s);
            count += random.Poisson(RateAt(stream, new DateTimeOffset(s * TicksPerHour, TimeSpan.Zero)));
        }
        return count;
    }

    /// <summary>The slot's own stream: its first draw is the count, so counting a year needs no instants.</summary>
    private Random SlotRandom(ArrivalStream stream, long slot) => new(SimulationRandom.Seed(seed, profileHash, (long)stream, slot, -1));

    private static int LocalYear(long slot) =>
        new DateTimeOffset(slot * TicksPerHour, TimeSpan.Zero).ToOffset(ArrivalCurve.Vietnam).Year;

    private string Code(ArrivalStream stream, int year, int serial)
    {
        var number = (stream == ArrivalStream.Live ? LiveSerialBase + serial : serial) % 1_000_000;
        return string.Create(CultureInfo.InvariantCulture, $"{codePrefix}-{year}-{number:D6}");
    }

    private string CaseId(ArrivalStream stream, long slot, int index)
    {
        var local = new DateTimeOffset(slot * TicksPerHour, TimeSpan.Zero).ToOffset(ArrivalCurve.Vietnam);
        var kind = stream == ArrivalStream.Replay ? 'r' : 'l';
        return string.Create(CultureInfo.InvariantCulture, $"sim-{profileId}-{(uint)seed:x}-{kind}{local:yyyyMMddHH}-{index:D3}");
    }
}
