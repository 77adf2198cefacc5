using System.Collections.Immutable;
using Ioc.Hub.Cases;
using Ioc.Hub.Sla.Deadlines;

namespace Ioc.Hub.Projection;

/// <summary>
/// One case as the projection holds it: its state, its deadlines planned once after its last event, and the ids of
/// the annotations already applied (annotations do not move the sequence, so their id is the only duplicate check).
/// </summary>
/// <param name="CaseDueAt">
/// The deadline of the whole case, against which "resolved on time" is judged (see <see cref="CaseDueRule"/>): planned
/// at reception and moved only when a rule moves it, so a late step is not forgiven by the steps that follow it.
/// </param>
public sealed record ProjectedCase(CaseState State, CaseDeadlines Deadlines, ImmutableArray<Guid> AnnotationIds, DateTimeOffset? CaseDueAt)
{
    public string CaseId => State.CaseId;

    public bool IsOpen => State.IsOpen;

    public bool ResolvedOnTime => State.ResolvedAt is { } resolved && (CaseDueAt is not { } due || resolved <= due);

    public bool HasAnnotation(Guid id) => AnnotationIds.Contains(id);
}
