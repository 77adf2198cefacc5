using Ioc.Hub.Cases.Events;
using Ioc.Hub.Sla.Calendar;
using Ioc.Hub.Sla.Profiles;
using Ioc.Hub.Tests.Support;

namespace Ioc.Hub.Tests.Cases;

/// <summary>
/// A small profile built in code (Khánh Hòa's Phụ lục II steps) and an event factory, so the state machine's generic
/// behaviour is tested without depending on the shipped data files.
/// </summary>
internal sealed class SampleCase
{
    public static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    public static SlaProfile Profile { get; } = new()
    {
        Id = "sample",
        Seed = "000",
        Name = "Sample",
        Regulation = "test profile",
        Calendar = ProfileCatalog.NationalCalendar,
        OfficeHours = KhanhHoaTestPlan.Office,
        Channels = ["hotline"],
        Normal = KhanhHoaTestPlan.Normal,
        Emergency = KhanhHoaTestPlan.Emergency,
        EmergencyCategories = [new("fire", "Hỏa hoạn")],
        DueSoon = new(SlaDuration.WorkingHours(4), SlaDuration.ClockMinutes(15)),
        Extensions = new(MaxCount: 1, "002 Điều 8.3"),
        Satisfaction = [new("satisfied", "Hài lòng", "Satisfied", true), new("unsatisfied", "Không hài lòng", "Unsatisfied", false)],
        Reporting = new(null, ["monthly"], "000 Điều 17"),
    };

    public static ProfileCatalog Catalog { get; } = new([Profile], new HolidaySchedule([]));

    private long sequence;

    public SampleCase(string caseId = "c-1") => CaseId = caseId;

    public string CaseId { get; }

    /// <summary>Monday 04/05/2026 08:00 in Vietnam, a plain working day.</summary>
    public DateTimeOffset Clock { get; set; } = new(2026, 5, 4, 8, 0, 0, Vietnam);

    public CaseReceived Received(bool emergency = false) => Next(new CaseReceived
    {
        Id = Guid.NewGuid(), CaseId = CaseId, Sequence = 0, OccurredAt = Clock,
        Code = "SA-2026-000001", ProfileId = Profile.Id, Channel = Channel.Hotline, FieldCode = "infrastructure",
        Description = "Ổ gà trên đường", Location = new GeoLocation(12.24, 109.19, "kh-nha-trang"),
        IsEmergency = emergency, EmergencyCategory = emergency ? "fire" : null,
    });

    public CaseRouted Routed(string lead = "a-1") => Next(new CaseRouted { Id = Guid.NewGuid(), CaseId = CaseId, Sequence = 0, OccurredAt = Clock, LeadAgencyId = lead });

    public CaseAccepted Accepted(string agency = "a-1") => Next(new CaseAccepted { Id = Guid.NewGuid(), CaseId = CaseId, Sequence = 0, OccurredAt = Clock, AgencyId = agency });

    public ResultSubmitted Result(string agency = "a-1") => Next(new ResultSubmitted { Id = Guid.NewGuid(), CaseId = CaseId, Sequence = 0, OccurredAt = Clock, AgencyId = agency, Summary = "Đã vá" });

    public ResultApproved Approved() => Next(new ResultApproved { Id = Guid.NewGuid(), CaseId = CaseId, Sequence = 0, OccurredAt = Clock, ApproverName = "Lãnh đạo" });

    public ResultPublished Published(PublicationVisibility visibility = PublicationVisibility.Public) =>
        Next(new ResultPublished { Id = Guid.NewGuid(), CaseId = CaseId, Sequence = 0, OccurredAt = Clock, Visibility = visibility });

    public CaseRated Rated(string rating) => Next(new CaseRated { Id = Guid.NewGuid(), CaseId = CaseId, Sequence = 0, OccurredAt = Clock, Rating = rating });

    public ExtensionRegistered Extension(DateTimeOffset committed, string agency = "a-1") =>
        Next(new ExtensionRegistered { Id = Guid.NewGuid(), CaseId = CaseId, Sequence = 0, OccurredAt = Clock, AgencyId = agency, CommittedDueAt = committed, Reason = "Cần xác minh" });

    public ReminderSent Reminder() => new()
    {
        Id = Guid.NewGuid(), CaseId = CaseId, Sequence = sequence, OccurredAt = Clock,
        ReminderId = Guid.NewGuid(), AgencyId = "a-1", Recipient = RecipientRole.FocalOfficer, Channel = NotificationChannel.Sms,
    };

    private T Next<T>(T e) where T : CaseEvent => e with { Sequence = ++sequence };
}
