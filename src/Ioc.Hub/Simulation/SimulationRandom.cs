namespace Ioc.Hub.Simulation;

/// <summary>
/// Deterministic seeding and draws. Every case, slot and agency gets its own <see cref="Random"/> seeded from the
/// simulator's seed, so one case's history never depends on which other cases were generated before it.
/// </summary>
internal static class SimulationRandom
{
    /// <summary>A seed for one thing (a case, an hour slot) mixed from the simulator's seed and that thing's coordinates.</summary>
    public static int Seed(params ReadOnlySpan<long> parts)
    {
        var h = 0x5EED_CA5E_2026_0001UL;
        foreach (var part in parts)
            h = Mix(h ^ (ulong)part);
        return (int)(h ^ (h >> 32));
    }

    /// <summary>FNV-1a over the characters: stable across processes, unlike <see cref="string.GetHashCode()"/>.</summary>
    public static long Hash(string text)
    {
        var h = 0xCBF29CE484222325UL;
        foreach (var c in text)
            h = (h ^ c) * 0x100000001B3UL;
        return (long)h;
    }

    // SplitMix64's finaliser: neighbouring inputs (slot 41, slot 42) give unrelated outputs.
    private static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    public static double Between(this Random random, double min, double max) => min + (max - min) * random.NextDouble();

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static T PickWeighted<T>(this Random random, IReadOnlyList<(T Item, double Weight)> items)
    {
        var total = 0.0;
        foreach (var (_, weight) in items)
            total += weight;
        var x = random.NextDouble() * total;
        foreach (var (item, weight) in items)
        {
            x -= weight;
            if (x < 0)
                return item;
        }
        return items[^1].Item;
    }

    /// <summary>A Poisson count: exact (Knuth) for small means, the normal approximation above 30.</summary>
    public static int Poisson(this Random random, double mean)
    {
        if (mean <= 0)
            return 0;
        if (mean > 30)
        {
            // Box–Muller; the continuity-corrected normal is within a fraction of a case of Poisson at this size.
            var u1 = 1.0 - random.NextDouble();
            var normal = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * random.NextDouble());
            return Math.Max(0, (int)Math.Round(mean + Math.Sqrt(mean) * normal));
        }
        var limit = Math.Exp(-mean);
        var count = 0;
        for (var p = random.NextDouble(); p > limit; p *= random.NextDouble())
            count++;
        return count;
    }

    /// <summary>A version-4-shaped GUID from the stream: event ids stay identical for a seed.</summary>
    public static Guid NextGuid(this Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
