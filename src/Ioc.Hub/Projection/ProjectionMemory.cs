using System.Diagnostics.CodeAnalysis;
using Ioc.Hub.Projection.Aggregates;
using Ioc.Hub.Sla.Profiles;

namespace Ioc.Hub.Projection;

/// <summary>
/// What the projection has committed, in memory: the open cases, the history counters, the last committed position of
/// each stream and a version that grows by one per committed batch. Only <see cref="CaseProjection"/> writes it, and
/// only after the store has committed; readers see whole batches, never half of one.
/// </summary>
public sealed class ProjectionMemory(ProfileCatalog catalog)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, ProjectedCase> open = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> positions = new(StringComparer.Ordinal);
    private HistoryCounters history = new(catalog);
    private long version;

    public long Version
    {
        get
        {
            lock (gate)
            {
                return version;
            }
        }
    }

    public int OpenCount
    {
        get
        {
            lock (gate)
            {
                return open.Count;
            }
        }
    }

    public bool TryGet(string caseId, [NotNullWhen(true)] out ProjectedCase? projected)
    {
        lock (gate)
        {
            return open.TryGetValue(caseId, out projected);
        }
    }

    /// <summary>A copy of the open cases (for the deadline scheduler and for tests); O(open cases).</summary>
    public IReadOnlyList<ProjectedCase> OpenCases()
    {
        lock (gate)
        {
            return [.. open.Values];
        }
    }

    /// <summary>A copy of the last committed position of each stream.</summary>
    public IReadOnlyDictionary<string, string> Positions()
    {
        lock (gate)
        {
            return new Dictionary<string, string>(positions, StringComparer.Ordinal);
        }
    }

    /// <summary>Runs <paramref name="read"/> while no batch can be published, so what it reads is one version.</summary>
    internal T Read<T>(Func<MemoryView, T> read)
    {
        lock (gate)
        {
            return read(new MemoryView(open.Values, history, positions, version));
        }
    }

    /// <summary>Replaces everything with what the store holds (start-up).</summary>
    internal long Reset(IEnumerable<ProjectedCase> openCases, IReadOnlyDictionary<string, string> checkpoints, HistoryCounters counted)
    {
        lock (gate)
        {
            open.Clear();
            foreach (var c in openCases)
            {
                open[c.CaseId] = c;
            }
            positions.Clear();
            foreach (var (stream, position) in checkpoints)
            {
                positions[stream] = position;
            }
            history = counted;
            return ++version;
        }
    }

    /// <summary>Makes a committed batch visible: closed cases leave memory, counters move by difference.</summary>
    internal long Publish(IReadOnlyList<CaseFold> changed, string? stream, string? position)
    {
        lock (gate)
        {
            foreach (var fold in changed)
            {
                var final = fold.Final!;
                if (final.IsOpen)
                {
                    open[final.CaseId] = final;
                }
                else
                {
                    open.Remove(final.CaseId);
                }
                history.Replace(fold.Start, final);
            }
            if (stream is not null && position is not null)
            {
                positions[stream] = StreamPositions.Max(positions.GetValueOrDefault(stream), position)!;
            }
            return ++version;
        }
    }

    internal readonly record struct MemoryView(
        Dictionary<string, ProjectedCase>.ValueCollection Open, HistoryCounters History, IReadOnlyDictionary<string, string> Positions, long Version);
}
