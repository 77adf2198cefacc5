using Ioc.Data.Reference;
using Ioc.Hub.Cases;
using Ioc.Hub.Sla.Deadlines;
using Ioc.Hub.Sla.Profiles;

namespace Ioc.Hub.Simulation;

/// <summary>
/// Generates whole case histories for one province: the lifecycle events from reception to rating, timed on the
/// province's working calendar against the deadlines its <see cref="DeadlinePlanner"/> computes. Every event is applied
/// to the real <see cref="CaseStateMachine"/> as it is generated, so a history the engine would refuse cannot be
/// produced. Deterministic: the same seed and arrival give byte-identical events.
/// </summary>
public sealed class CaseFlowGenerator
{
    private readonly SimulationContext context;

    public CaseFlowGenerator(ProfileCatalog catalog, ReferenceDataFile reference, int seed)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(reference);
        var directory = new AgencyDirectory(reference);
        if (!catalog.TryGet(directory.ProfileId, out var planner))
            throw new ArgumentException($"No SLA profile '{directory.ProfileId}' for its reference data; known: {string.Join(", ", catalog.Ids)}.", nameof(reference));

        Seed = seed;
        Lateness = new AgencyLateness(directory.AgencyIds, seed);
        context = new SimulationContext(
            planner, new CaseStateMachine(catalog), directory, Lateness, new ChannelMix(planner.Profile), FieldMix.For(directory.Fields));
    }

    public int Seed { get; }

    public SlaProfile Profile => context.Planner.Profile;

    public DeadlinePlanner Planner => context.Planner;

    /// <summary>Which agencies are chronically late, and how often each is late.</summary>
    public AgencyLateness Lateness { get; }

    /// <summary>
    /// The history of the case that arrives as <paramref name="arrival"/>. <paramref name="speed"/> ≥ 1 compresses the
    /// time between its events for demos (deadlines are not compressed, so a fast case is rarely late).
    /// </summary>
    public GeneratedCase Generate(CaseArrival arrival, double speed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(speed, 1);
        return new CaseScript(context, arrival, speed).Run();
    }
}

/// <summary>What every case of one province is generated from.</summary>
internal sealed record SimulationContext(
    DeadlinePlanner Planner,
    CaseStateMachine Machine,
    AgencyDirectory Directory,
    AgencyLateness Lateness,
    ChannelMix Channels,
    (string Code, double Weight)[] Fields);
