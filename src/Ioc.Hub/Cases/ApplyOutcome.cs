namespace Ioc.Hub.Cases;

/// <summary>Why an event was not applied. Every refusal names the rule; none stops processing.</summary>
public enum RefusalKind
{
    /// <summary>Already applied (same or lower sequence): harmless, ignore it.</summary>
    Duplicate,
    /// <summary>A sequence number was skipped: an earlier event of the case has not arrived yet.</summary>
    OutOfOrder,
    /// <summary>The case has not been received (its first event is missing).</summary>
    UnknownCase,
    /// <summary>The event does not fit the case's stage (e.g. approval before any result).</summary>
    NotAllowed,
    /// <summary>A limit of the province's rules is exhausted (e.g. a second extension in Sóc Trăng).</summary>
    LimitReached,
    /// <summary>The event names something the province's rules do not know (profile, rating, category…).</summary>
    Invalid,
}

public sealed record Refusal(RefusalKind Kind, string Reason)
{
    public override string ToString() => $"{Kind}: {Reason}";
}

/// <summary>The result of applying one event: the new state, or the refusal and the unchanged state.</summary>
public readonly record struct ApplyOutcome(CaseState? State, Refusal? Refusal)
{
    public bool Applied => Refusal is null;

    public static ApplyOutcome Ok(CaseState state) => new(state, null);

    public static ApplyOutcome Refuse(CaseState? state, RefusalKind kind, string reason) => new(state, new Refusal(kind, reason));
}
