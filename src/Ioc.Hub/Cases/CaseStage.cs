namespace Ioc.Hub.Cases;

/// <summary>Where a case is in its life (DOMAIN.md "The common life of a case").</summary>
public enum CaseStage
{
    /// <summary>With the operations center: to classify and route (also after a return or a clarification).</summary>
    Received,
    /// <summary>Waiting for the reporter to clarify (001 Điều 11.2).</summary>
    AwaitingClarification,
    /// <summary>Routed to a lead agency that has not accepted yet.</summary>
    Routed,
    /// <summary>Accepted by the lead agency: processing (with coordination where requested).</summary>
    Accepted,
    /// <summary>A result is waiting for the leader's approval.</summary>
    ResultSubmitted,
    /// <summary>A result was sent back to the agency to redo.</summary>
    SentBack,
    /// <summary>Approved, waiting for publication.</summary>
    Approved,
    /// <summary>Answer published: resolved (follow-ups, rating and reopening may still come).</summary>
    Published,
    /// <summary>Answered by the operator at first contact (004 Điều 9): resolved.</summary>
    ClosedAtFirstContact,
    /// <summary>Rejected: closed without handling.</summary>
    Rejected,
}

public static class CaseStageExtensions
{
    /// <summary>Resolved means answered: the case no longer counts as open on any screen.</summary>
    public static bool IsResolved(this CaseStage stage) =>
        stage is CaseStage.Published or CaseStage.ClosedAtFirstContact;

    public static bool IsClosed(this CaseStage stage) => stage.IsResolved() || stage is CaseStage.Rejected;
}
