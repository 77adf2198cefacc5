using System.ComponentModel.DataAnnotations;

namespace Ioc.Hub.Simulation;

/// <summary>The built-in traffic simulator (<c>Ioc:Simulator</c>), see docs/simulator.md.</summary>
public sealed class SimulatorOptions
{
    public const string SectionName = "Ioc:Simulator";

    /// <summary>Off by default: a real deployment receives real cases. The embedded demo turns it on.</summary>
    public bool Enabled { get; set; }

    /// <summary>The province profile to simulate; it needs both an SLA profile and reference data.</summary>
    [Required(AllowEmptyStrings = false)]
    public string ProfileId { get; set; } = "khanh-hoa";

    /// <summary>Same seed, same cases: ids, times and texts are reproducible.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>New cases per hour in office hours of a working day; fewer at night and on days off.</summary>
    [Range(0.1, 10_000)]
    public double CasesPerHour { get; set; } = 120;

    /// <summary>Days of history generated at start-up, up to now (0: none).</summary>
    [Range(0, 366)]
    public int ReplayDays { get; set; } = 30;

    /// <summary>Cases per working day in the replayed history.</summary>
    [Range(1, 100_000)]
    public double ReplayCasesPerDay { get; set; } = 400;

    /// <summary>Demo speed ≥ 1: live cases move through their steps this many times faster (deadlines do not).</summary>
    [Range(1.0, 10_000)]
    public double Speed { get; set; } = 1;

    /// <summary>Events per call to the sink.</summary>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 1_000;
}
