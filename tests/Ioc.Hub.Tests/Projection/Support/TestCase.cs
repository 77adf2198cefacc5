using Ioc.Hub.Cases.Events;

namespace Ioc.Hub.Tests.Projection.Support;

/// <summary>
/// Builds one case's events with the producer's numbering (1, 2, 3…) and a clock the test moves; annotations carry
/// the lifecycle sequence they observed. Defaults are a pothole in Nha Trang routed to the construction department.
/// </summary>
internal sealed class TestCase(string caseId, string profileId = ProjectionProfiles.KhanhHoa)
{
    public static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    private long sequence;

    public string CaseId { get; } = caseId;

    /// <summary>Monday 04/05/2026 08:00 in Vietnam, a plain working day.</summary>
    public DateTimeOffset Clock { get; set; } = new(2026, 5, 4, 8, 0, 0, Vietnam);

    public string Lead { get; set; } = "kh-sxd";

    public long Sequence => sequence;

    /// <summary>A confidential case is published privately (DOMAIN "Rules common to all five").</summary>
    public bool Confidential { get; private set; }

    public TestCase At(DateTimeOffset clock)
    {
        Clock = clock;
        return this;
    }

    public TestCase After(TimeSpan elapsed)
    {
        Clock += elapsed;
        return this;
    }

    public CaseReceived Received(
        string field = "infrastructure", string adminUnit = "kh-nha-trang", bool emergency = false, string? category = null,
        bool confidential = false, string? reporterName = "Nguyễn Văn A")
    {
        Confidential = confidential;
        return Next(new CaseReceived
        {
            Id = Guid.NewGuid(), CaseId = CaseId, Sequence = 0, OccurredAt = Clock,
            Code = $"T-{CaseId}", ProfileId = profileId, Channel = Channel.Hotline, FieldCode = field,
            Description = "Ổ gà lớn trên đường Trần Phú, gần số 12", Location = new GeoLocation(12.2388, 109.1967, adminUnit, "12 Trần Phú"),
            IsEmergency = emergency, EmergencyCategory = emergency ? category ?? "fire" : null, IsConfidential = confidential,
            Reporter = new ReporterContact(reporterName, "0905123456", "nguyenvana@example.vn"),
        });
    }

    public CaseRouted Routed(string? lead = null)
    {
        Lead = lead ?? Lead;
        return Next(new CaseRouted { Id = Guid.NewGuid(), CaseId = CaseId, Sequence = 0, OccurredAt = Clock, LeadAgencyId = Lead });
    }

    public CaseAccepted Accepted() => Next(new CaseAccepted { Id = Guid.NewGuid(), CaseId = CaseId, Sequence = 0, OccurredAt = Clock, AgencyId = Lead });

    public ExtensionRegistered Extension(DateTimeOffset committed) => Next(new ExtensionRegistered
    {
        Id = Guid.NewGuid(), CaseId = CaseId, Sequence = 0, OccurredAt = Clock, AgencyId = Lead, CommittedDueAt = committed, Reason = "Cần khảo sát hiện trường",
    });

    public ResultSubmitted Result() => Next(new ResultSubmitted
    {
        Id = Guid.NewGuid(), CaseId = CaseId, Sequence = 0, OccurredAt = Clock, AgencyId = Lead, Summary = "Đã vá ổ gà", PhotoCount = 2,
    });

    public ResultApproved Approved() => Next(new ResultApproved { Id = Guid.NewGuid(), CaseId = CaseId, Sequence = 0, OccurredAt = Clock, ApproverName = "Trần Thị B" });

    public ResultPublished Published() => Next(new ResultPublished
    {
        Id = Guid.NewGuid(), CaseId = CaseId, Sequence = 0, OccurredAt = Clock,
        Visibility = Confidential ? PublicationVisibility.Private : PublicationVisibility.Public,
    });

    public CaseRated Rated(string rating) => Next(new CaseRated { Id = Guid.NewGuid(), CaseId = CaseId, Sequence = 0, OccurredAt = Clock, Rating = rating });

    public CaseRejected Rejected() => Next(new CaseRejected { Id = Guid.NewGuid(), CaseId = CaseId, Sequence = 0, OccurredAt = Clock, Reason = RejectionReason.Test });

    public ReminderSent Reminder() => new()
    {
        Id = Guid.NewGuid(), CaseId = CaseId, Sequence = sequence, OccurredAt = Clock,
        ReminderId = Guid.NewGuid(), AgencyId = Lead, Recipient = RecipientRole.FocalOfficer, Channel = NotificationChannel.Sms,
    };

    public EmergencyAcknowledged Acknowledged() => new() { Id = Guid.NewGuid(), CaseId = CaseId, Sequence = sequence, OccurredAt = Clock };

    /// <summary>Received, routed, accepted, result, approved, published: the whole common life, an hour apart.</summary>
    public List<CaseEvent> ThroughPublication(string field = "infrastructure")
    {
        List<CaseEvent> events = [Received(field)];
        events.Add(After(TimeSpan.FromHours(1)).Routed());
        events.Add(After(TimeSpan.FromHours(1)).Accepted());
        events.Add(After(TimeSpan.FromHours(1)).Result());
        events.Add(After(TimeSpan.FromHours(1)).Approved());
        events.Add(After(TimeSpan.FromHours(1)).Published());
        return events;
    }

    private T Next<T>(T e) where T : CaseEvent => e with { Sequence = ++sequence };
}
