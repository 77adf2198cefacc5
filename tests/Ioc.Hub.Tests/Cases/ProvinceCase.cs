using Ioc.Hub.Cases;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Sla.Deadlines;
using Ioc.Hub.Sla.Profiles;

namespace Ioc.Hub.Tests.Cases;

/// <summary>
/// One case of a shipped province profile, driven event by event through the real state machine. Each event gets the
/// next sequence of the current state, so a refused event does not disturb the ones after it.
/// </summary>
internal sealed class ProvinceCase(string profileId, string caseId = "c-1")
{
    public const string Lead = "agency-lead";

    /// <summary>The shipped profiles over the shipped holiday files (copied beside the test binaries).</summary>
    public static ProfileCatalog Catalog { get; } = ProfileCatalog.LoadDefault();

    public static CaseStateMachine Machine { get; } = new(Catalog);

    public DeadlinePlanner Planner { get; } = Catalog.Get(profileId);

    public SlaProfile Profile => Planner.Profile;

    public DateTimeOffset Clock { get; set; }

    public CaseState? State { get; private set; }

    public CaseState Current => State ?? throw new InvalidOperationException("The case has not been received.");

    public CaseDeadlines Deadlines => Planner.Plan(Current);

    public DeadlineEvaluation EvaluateAt(DateTimeOffset now) => DeadlineEvaluator.Evaluate(Deadlines, now, Planner.Calendar);

    public ProvinceCase At(DateTimeOffset at)
    {
        Clock = at;
        return this;
    }

    public ApplyOutcome Apply(CaseEvent e)
    {
        var outcome = Machine.Apply(State, e);
        if (outcome.Applied)
            State = outcome.State;
        return outcome;
    }

    /// <summary>Applies the event and fails the test if it is refused.</summary>
    public CaseState Must(CaseEvent e)
    {
        var outcome = Apply(e);
        Assert.True(outcome.Applied, $"{e.Type} was refused: {outcome.Refusal}");
        return State!;
    }

    /// <summary>Applies the event, expects a refusal and checks the state did not move.</summary>
    public Refusal Refused(CaseEvent e)
    {
        var before = State;
        var outcome = Apply(e);
        Assert.False(outcome.Applied, $"{e.Type} was applied but should have been refused.");
        Assert.Same(before, State);
        return outcome.Refusal!;
    }

    /// <summary>Received, routed to <see cref="Lead"/> and, where the plan has that step, accepted.</summary>
    public CaseState ReceivedAndAccepted(DateTimeOffset receivedAt, DateTimeOffset routedAt, DateTimeOffset acceptedAt)
    {
        At(receivedAt).Must(Received());
        At(routedAt).Must(Routed());
        return At(acceptedAt).Must(Accepted());
    }

    public CaseReceived Received(bool emergency = false, string? category = null, bool confidential = false, bool stateSecret = false) => new()
    {
        Id = Guid.NewGuid(), CaseId = caseId, Sequence = 1, OccurredAt = Clock,
        Code = "T-2026-000001", ProfileId = profileId, Channel = Channel.Hotline, FieldCode = "infrastructure",
        Description = "Đèn đường hỏng", Location = new GeoLocation(11.0, 106.8, "demo-ward"),
        IsEmergency = emergency, EmergencyCategory = category ?? (emergency ? Profile.EmergencyCategories.FirstOrDefault()?.Code : null),
        IsConfidential = confidential, IsStateSecret = stateSecret,
    };

    public CaseRouted Routed(string lead = Lead, params string[] coordinating) =>
        new() { Id = Guid.NewGuid(), CaseId = caseId, Sequence = Next, OccurredAt = Clock, LeadAgencyId = lead, CoordinatingAgencyIds = coordinating };

    public CaseAccepted Accepted(string agency = Lead) => new() { Id = Guid.NewGuid(), CaseId = caseId, Sequence = Next, OccurredAt = Clock, AgencyId = agency };

    public CaseReturned Returned(string agency = Lead) =>
        new() { Id = Guid.NewGuid(), CaseId = caseId, Sequence = Next, OccurredAt = Clock, AgencyId = agency, Reason = "Không đúng thẩm quyền" };

    public ClarificationRequested ClarificationRequested() =>
        new() { Id = Guid.NewGuid(), CaseId = caseId, Sequence = Next, OccurredAt = Clock, Question = "Xin bổ sung địa chỉ" };

    public ExtensionRegistered Extension(DateTimeOffset committed, ExtensionKind kind = ExtensionKind.Standard, string agency = Lead) => new()
    {
        Id = Guid.NewGuid(), CaseId = caseId, Sequence = Next, OccurredAt = Clock,
        AgencyId = agency, CommittedDueAt = committed, Reason = "Cần kiểm tra, xác minh", Kind = kind,
    };

    public CaseRescheduled Rescheduled(DateTimeOffset appointment, string agency = Lead) => new()
    {
        Id = Guid.NewGuid(), CaseId = caseId, Sequence = Next, OccurredAt = Clock, AgencyId = agency, AppointmentAt = appointment, Reason = "Hẹn lại",
    };

    public CoordinationRequested CoordinationRequested(params string[] agencies) =>
        new() { Id = Guid.NewGuid(), CaseId = caseId, Sequence = Next, OccurredAt = Clock, AgencyIds = agencies };

    public CoordinationResultSubmitted CoordinationResult(string agency) =>
        new() { Id = Guid.NewGuid(), CaseId = caseId, Sequence = Next, OccurredAt = Clock, AgencyId = agency, Summary = "Ý kiến phối hợp" };

    public ResultSubmitted Result(string agency = Lead) =>
        new() { Id = Guid.NewGuid(), CaseId = caseId, Sequence = Next, OccurredAt = Clock, AgencyId = agency, Summary = "Đã xử lý", PhotoCount = 1 };

    public ResultSentBack SentBack(SendBackKind kind) =>
        new() { Id = Guid.NewGuid(), CaseId = caseId, Sequence = Next, OccurredAt = Clock, Kind = kind, Reason = "Chưa đạt" };

    public ResultApproved Approved() => new() { Id = Guid.NewGuid(), CaseId = caseId, Sequence = Next, OccurredAt = Clock, ApproverName = "Lãnh đạo" };

    public ResultPublished Published(PublicationVisibility visibility = PublicationVisibility.Public) =>
        new() { Id = Guid.NewGuid(), CaseId = caseId, Sequence = Next, OccurredAt = Clock, Visibility = visibility };

    public FollowUpAsked FollowUpAsked() => new() { Id = Guid.NewGuid(), CaseId = caseId, Sequence = Next, OccurredAt = Clock, Question = "Khi nào xong?" };

    public CaseRated Rated(string rating) => new() { Id = Guid.NewGuid(), CaseId = caseId, Sequence = Next, OccurredAt = Clock, Rating = rating };

    public ClosedAtFirstContact ClosedAtFirstContact() =>
        new() { Id = Guid.NewGuid(), CaseId = caseId, Sequence = Next, OccurredAt = Clock, Answer = "Đã hướng dẫn trực tiếp" };

    private long Next => (State?.LastSequence ?? 0) + 1;
}
