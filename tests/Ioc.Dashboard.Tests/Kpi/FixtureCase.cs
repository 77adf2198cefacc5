using Ioc.Hub.Cases.Events;

namespace Ioc.Dashboard.Tests.Kpi;

/// <summary>One case's events, written out explicitly, sequence numbers in order, on a clock the fixture moves.</summary>
internal sealed class FixtureCase(string profileId, string caseId, string agency, string field, string unit, Channel channel)
{
    private long sequence;

    public string CaseId => caseId;
    public string Code => $"F-{caseId}";
    public string Agency { get; private set; } = agency;
    public DateTimeOffset Clock { get; set; }
    public bool Private { get; private set; }
    public List<CaseEvent> Events { get; } = [];

    public FixtureCase At(DateTimeOffset at)
    {
        Clock = at;
        return this;
    }

    public FixtureCase After(TimeSpan elapsed)
    {
        Clock += elapsed;
        return this;
    }

    public FixtureCase Received(bool emergency = false, string? category = null, bool confidential = false, bool stateSecret = false)
    {
        Private = confidential || stateSecret;
        return Add(new CaseReceived
        {
            Id = Guid.NewGuid(), CaseId = caseId, Sequence = 0, OccurredAt = Clock, Code = Code, ProfileId = profileId, Channel = channel,
            FieldCode = field, Description = "Đèn đường hỏng trước trường học", Location = new GeoLocation(11.0, 106.8, unit, "Trường tiểu học"),
            IsEmergency = emergency, EmergencyCategory = emergency ? category : null, IsConfidential = confidential, IsStateSecret = stateSecret,
            Reporter = new ReporterContact("Nguyễn Văn A", "0905123456", null),
        });
    }

    public FixtureCase Routed(string? lead = null)
    {
        Agency = lead ?? Agency;
        return Add(new CaseRouted { Id = Guid.NewGuid(), CaseId = caseId, Sequence = 0, OccurredAt = Clock, LeadAgencyId = Agency });
    }

    public FixtureCase Accepted() => Add(new CaseAccepted { Id = Guid.NewGuid(), CaseId = caseId, Sequence = 0, OccurredAt = Clock, AgencyId = Agency });

    public FixtureCase Returned() => Add(new CaseReturned { Id = Guid.NewGuid(), CaseId = caseId, Sequence = 0, OccurredAt = Clock, AgencyId = Agency, Reason = "Không thuộc thẩm quyền" });

    public FixtureCase Extension(DateTimeOffset committed, ExtensionKind kind = ExtensionKind.Standard) => Add(new ExtensionRegistered
    {
        Id = Guid.NewGuid(), CaseId = caseId, Sequence = 0, OccurredAt = Clock, AgencyId = Agency, CommittedDueAt = committed,
        Reason = "Cần khảo sát hiện trường", Kind = kind,
    });

    public FixtureCase Rescheduled(DateTimeOffset appointment) => Add(new CaseRescheduled
    {
        Id = Guid.NewGuid(), CaseId = caseId, Sequence = 0, OccurredAt = Clock, AgencyId = Agency, AppointmentAt = appointment, Reason = "Hẹn lại để xác minh",
    });

    public FixtureCase Result(string? lateReason = null) => Add(new ResultSubmitted
    {
        Id = Guid.NewGuid(), CaseId = caseId, Sequence = 0, OccurredAt = Clock, AgencyId = Agency, Summary = "Đã sửa đèn", PhotoCount = 2, LateReason = lateReason,
    });

    public FixtureCase Approved() => Add(new ResultApproved { Id = Guid.NewGuid(), CaseId = caseId, Sequence = 0, OccurredAt = Clock, ApproverName = "Trần Thị B" });

    public FixtureCase Published() => Add(new ResultPublished
    {
        Id = Guid.NewGuid(), CaseId = caseId, Sequence = 0, OccurredAt = Clock,
        Visibility = Private ? PublicationVisibility.Private : PublicationVisibility.Public,
    });

    public FixtureCase Rated(string rating) => Add(new CaseRated { Id = Guid.NewGuid(), CaseId = caseId, Sequence = 0, OccurredAt = Clock, Rating = rating });

    public FixtureCase Reopened() => Add(new CaseReopened { Id = Guid.NewGuid(), CaseId = caseId, Sequence = 0, OccurredAt = Clock, Reason = "Người dân phản hồi chưa được khắc phục" });

    public FixtureCase Rejected() => Add(new CaseRejected { Id = Guid.NewGuid(), CaseId = caseId, Sequence = 0, OccurredAt = Clock, Reason = RejectionReason.Test });

    public FixtureCase ClosedAtFirstContact() => Add(new ClosedAtFirstContact { Id = Guid.NewGuid(), CaseId = caseId, Sequence = 0, OccurredAt = Clock, Answer = "Đã hướng dẫn thủ tục" });

    public FixtureCase Acknowledged()
    {
        Events.Add(new EmergencyAcknowledged { Id = Guid.NewGuid(), CaseId = caseId, Sequence = sequence, OccurredAt = Clock });
        return this;
    }

    private FixtureCase Add(CaseEvent e)
    {
        Events.Add(e with { Sequence = ++sequence });
        return this;
    }
}
