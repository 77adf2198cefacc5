using Ioc.Hub.Sla.Profiles;
using Microsoft.Extensions.Options;

namespace Ioc.Hub.Projection.Aggregates;

/// <summary>
/// The live numbers of the wall and the hub: <see cref="Current"/> is recomputed by the projection after every
/// committed batch, and by anyone on demand (<see cref="Recompute"/>) to let the clock move statuses between batches.
/// Each computation is one pass over the open cases.
/// </summary>
public sealed class LiveAggregates(ProjectionMemory memory, ProfileCatalog catalog, TimeProvider time, IOptions<ProjectionOptions> options)
{
    private readonly LiveSnapshotBuilder builder = new(catalog, options.Value.DailyWindowDays);
    private LiveSnapshot? current;

    /// <summary>The latest snapshot computed; the first read computes one.</summary>
    public LiveSnapshot Current => Volatile.Read(ref current) ?? Recompute();

    /// <summary>Computes the snapshot now and makes it <see cref="Current"/> unless a later one got there first.</summary>
    public LiveSnapshot Recompute()
    {
        var computed = ComputeAt(time.GetUtcNow());
        while (true)
        {
            var seen = Volatile.Read(ref current);
            if (seen is not null && (seen.Version > computed.Version || (seen.Version == computed.Version && seen.At > computed.At)))
            {
                return seen;
            }
            if (Interlocked.CompareExchange(ref current, computed, seen) == seen)
            {
                return computed;
            }
        }
    }

    /// <summary>The numbers as they are at <paramref name="at"/> (a past or future instant too), without publishing them.</summary>
    public LiveSnapshot ComputeAt(DateTimeOffset at) => memory.Read(view => builder.Build(view, at));
}
