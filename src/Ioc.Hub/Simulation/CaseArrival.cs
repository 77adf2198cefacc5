namespace Ioc.Hub.Simulation;

/// <summary>
/// One case to generate: its identity and reception instant from <see cref="SimulationSchedule"/>, and the seed of its
/// own random stream, so the same arrival always yields the same history.
/// </summary>
public readonly record struct CaseArrival(string CaseId, string Code, DateTimeOffset ReceivedAt, int Seed);

/// <summary>
/// The two arrival streams. History (replay) and live traffic have their own rates and id spaces, so a live case of an
/// earlier run never shares an id with a replayed one.
/// </summary>
public enum ArrivalStream
{
    /// <summary>History generated in bulk at start-up ("N days up to now"), at cases per day.</summary>
    Replay,
    /// <summary>Cases created while the simulator runs, at cases per hour.</summary>
    Live,
}
