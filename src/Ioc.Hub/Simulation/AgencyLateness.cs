namespace Ioc.Hub.Simulation;

/// <summary>
/// How often each agency misses its deadlines. Most agencies are late on a few percent of their cases; about one in ten
/// is "chronically late", on 30–60 % of them, so the wall and the reports have a realistic few to chase. The choice
/// and the factors depend only on the seed and the agency ids.
/// </summary>
public sealed class AgencyLateness
{
    /// <summary>The share of agencies that are chronically late.</summary>
    public const double ChronicShare = 0.10;

    /// <summary>How often an ordinary agency (and the operations center) is late on a step.</summary>
    public const double OrdinaryLateShare = 0.04;

    private readonly Dictionary<string, double> factors = new(StringComparer.Ordinal);

    public AgencyLateness(IEnumerable<string> agencyIds, int seed)
    {
        var ranked = agencyIds.Distinct(StringComparer.Ordinal)
            .Select(id => (Id: id, Random: new Random(SimulationRandom.Seed(seed, SimulationRandom.Hash(id)))))
            .Select(a => (a.Id, Rank: a.Random.NextDouble(), Factor: a.Random.Between(0.30, 0.60)))
            .OrderBy(a => a.Rank)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToList();
        var chronic = (int)Math.Round(ranked.Count * ChronicShare, MidpointRounding.AwayFromZero);
        for (var i = 0; i < ranked.Count; i++)
            factors[ranked[i].Id] = i < chronic ? ranked[i].Factor : OrdinaryLateShare;
        Chronic = [.. ranked.Take(chronic).Select(a => a.Id).Order(StringComparer.Ordinal)];
    }

    /// <summary>The chronically late agencies, by id.</summary>
    public IReadOnlyList<string> Chronic { get; }

    public bool IsChronic(string agencyId) => factors.TryGetValue(agencyId, out var f) && f > OrdinaryLateShare;

    /// <summary>The probability that the agency is late on one of its steps.</summary>
    public double LateShare(string agencyId) => factors.GetValueOrDefault(agencyId, OrdinaryLateShare);
}
