using System.Runtime.CompilerServices;
using Ioc.Data.Cases;
using Microsoft.EntityFrameworkCore;

namespace Ioc.Hub.Projection.Rebuild;

/// <summary>
/// Reads the event log case by case in the order the projection applied it: lifecycle events by sequence, and each
/// annotation where it was recorded among them (recorded instants strictly increase per projection, see
/// <see cref="RecordingClock"/>), but never before the lifecycle event it observed.
/// </summary>
public static class EventLogReader
{
    internal static async IAsyncEnumerable<EventRecord> ReadInReplayOrderAsync(CaseStore source, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var db = await source.Contexts.CreateDbContextAsync(ct);
        var rows = db.Events.AsNoTracking()
            .OrderBy(e => e.CaseId).ThenBy(e => e.Sequence).ThenBy(e => e.RecordedAtUtc).ThenBy(e => e.EventId)
            .AsAsyncEnumerable();
        var caseEvents = new List<EventRecord>();
        await foreach (var row in rows.WithCancellation(ct))
        {
            if (caseEvents.Count > 0 && caseEvents[0].CaseId != row.CaseId)
            {
                foreach (var e in Merge(caseEvents))
                {
                    yield return e;
                }
                caseEvents.Clear();
            }
            caseEvents.Add(row);
        }
        foreach (var e in Merge(caseEvents))
        {
            yield return e;
        }
    }

    /// <summary>One case's events (ordered by sequence) in replay order; the console's timeline reads them so too.</summary>
    public static List<EventRecord> Merge(List<EventRecord> caseEvents)
    {
        var lifecycle = caseEvents.Where(e => !IsAnnotation(e)).ToList();
        var annotations = caseEvents.Where(IsAnnotation).OrderBy(e => e.RecordedAtUtc).ThenBy(e => e.Sequence).ThenBy(e => e.EventId).ToList();
        var merged = new List<EventRecord>(caseEvents.Count);
        var (i, j, applied) = (0, 0, 0L);
        while (i < lifecycle.Count || j < annotations.Count)
        {
            var annotationNext = j < annotations.Count
                && (i == lifecycle.Count || (annotations[j].Sequence <= applied && annotations[j].RecordedAtUtc < lifecycle[i].RecordedAtUtc));
            if (annotationNext)
            {
                merged.Add(annotations[j++]);
            }
            else
            {
                applied = lifecycle[i].Sequence;
                merged.Add(lifecycle[i++]);
            }
        }
        return merged;
    }

    private static bool IsAnnotation(EventRecord e) => e.Type.StartsWith(ProjectionStoreReader.AnnotationPrefix, StringComparison.Ordinal);
}
