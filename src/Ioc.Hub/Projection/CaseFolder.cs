using Ioc.Hub.Cases;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Sla.Profiles;

namespace Ioc.Hub.Projection;

/// <summary>
/// Applies one case's entries, in stream order, to a working copy of the case. Duplicates (an annotation id already
/// applied, a lifecycle sequence at or below the case's) are skipped and counted; any other refusal becomes a
/// rejection and the case's later entries are still tried. Deadlines are planned after every applied event.
/// </summary>
internal sealed class CaseFolder(CaseStateMachine machine, ProfileCatalog catalog)
{
    public CaseFold Fold(ProjectedCase? start, IReadOnlyList<ParsedEntry> entries)
    {
        var fold = new CaseFold(start);
        var current = start;
        foreach (var entry in entries)
        {
            var e = entry.Event;
            if (e.IsAnnotation && current is not null && current.HasAnnotation(e.Id))
            {
                fold.Duplicates++;
                continue;
            }

            var outcome = machine.Apply(current?.State, e);
            if (outcome.Refusal is { } refusal)
            {
                if (refusal.Kind == RefusalKind.Duplicate)
                {
                    fold.Duplicates++;
                    continue;
                }
                fold.RanAhead |= refusal.Kind == RefusalKind.OutOfOrder && current is not null && e.Sequence > current.State.LastSequence;
                fold.Rejections.Add((entry.Index, new EntryRejection(entry.Stream, entry.Position ?? string.Empty, RejectionKind.Refused,
                    $"{e.Type} (sequence {e.Sequence}) refused for case '{e.CaseId}' ({refusal.Kind}): {refusal.Reason}", e.CaseId)
                { Refusal = refusal.Kind }));
                continue;
            }

            current = Next(current, outcome.State!, e);
            fold.Applied.Add(entry);
            if (e is CaseReceived received)
            {
                fold.Received = received;
            }
        }
        fold.Final = current;
        return fold;
    }

    /// <summary>The case after one more event: its deadlines planned now, once, for every later evaluation.</summary>
    public ProjectedCase Next(ProjectedCase? previous, CaseState state, CaseEvent e)
    {
        var deadlines = catalog.Get(state.ProfileId).Plan(state);
        var annotations = previous?.AnnotationIds ?? [];
        if (e.IsAnnotation)
        {
            annotations = annotations.Add(e.Id);
        }
        return new ProjectedCase(state, deadlines, annotations, CaseDueRule.Next(previous, state, deadlines));
    }

    /// <summary>
    /// Rebuilds a case read from the store: its deadlines are a pure function of its state. A case whose profile is no
    /// longer configured keeps no clock; the state machine refuses its later events naming the profile.
    /// </summary>
    public ProjectedCase Restore(CaseState state, IEnumerable<Guid> annotationIds, DateTimeOffset? storedCaseDueAt)
    {
        var deadlines = catalog.TryGet(state.ProfileId, out var planner) ? planner.Plan(state) : Sla.Deadlines.CaseDeadlines.Closed;
        return new ProjectedCase(state, deadlines, [.. annotationIds], storedCaseDueAt);
    }
}
