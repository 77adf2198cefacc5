using System.Collections.Immutable;
using Ioc.Hub.Live.Contract;
using Ioc.Hub.Projection.Aggregates;

namespace Ioc.Hub.Live.Feed;

/// <summary>
/// The whole live state at one version: the numbers and every open case any audience may see (state-secret cases
/// are never here). Immutable: a new version is a new state sharing the unchanged cases.
/// </summary>
public sealed record LiveState(LiveSnapshot Numbers, ImmutableDictionary<string, LiveCase> Cases)
{
    public long Version => Numbers.Version;

    /// <summary>Version 0: nothing loaded yet.</summary>
    public static LiveState Empty(DateTimeOffset at) => new(new LiveSnapshot
    {
        Version = 0,
        Positions = new Dictionary<string, string>(),
        At = at,
        Totals = default,
        ByAgency = new Dictionary<string, SlaCounts>(),
        ByHolder = new Dictionary<Sla.Profiles.StepHolder, SlaCounts>(),
        OpenEmergencyCount = 0,
        Emergencies = [],
        OpenByField = new Dictionary<string, int>(),
        OpenByAdminUnit = new Dictionary<string, int>(),
        SatisfactionByAgency = new Dictionary<string, SatisfactionCounts>(),
        SatisfactionByField = new Dictionary<string, SatisfactionCounts>(),
        Daily = [],
    }, ImmutableDictionary.Create<string, LiveCase>(StringComparer.Ordinal));

    /// <summary>The cases <paramref name="audience"/> may see.</summary>
    public IReadOnlyDictionary<string, LiveCase> CasesFor(LiveAudience audience) =>
        audience.Kind == LiveAudienceKind.Supervisor ? Cases : Cases.Where(p => audience.CanSee(p.Value)).ToDictionary(StringComparer.Ordinal);
}
