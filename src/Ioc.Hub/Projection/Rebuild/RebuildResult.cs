using Ioc.Hub.Projection.Aggregates;

namespace Ioc.Hub.Projection.Rebuild;

/// <summary>What a rebuild did: events read from the source log, how the projection took them, and the result.</summary>
public sealed record RebuildResult(
    long EventsRead, ProjectionResult Projection, int OpenCases, IReadOnlyDictionary<string, string> Checkpoints, LiveSnapshot Aggregates, TimeSpan Elapsed);
