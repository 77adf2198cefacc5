using Ioc.Hub.Cases.Events;
using static Ioc.Hub.Tests.Cases.Events.ValidationAssert;

namespace Ioc.Hub.Tests.Cases.Events;

public class AnnotationValidationTests
{
    [Fact]
    public void AReminderHasARealReminderId()
    {
        Valid(Sample<ReminderSent>() with { ReminderId = Guid.NewGuid() });
        Assert.Equal("must not be the empty GUID", Refused(Sample<ReminderSent>() with { ReminderId = Guid.Empty }, "reminderId"));
    }

    [Fact]
    public void AReminderNamesItsAgencyRecipientAndChannel()
    {
        Assert.Equal("must not be blank", Refused(Sample<ReminderSent>() with { AgencyId = "" }, "agencyId"));
        Assert.StartsWith("9 is not a valid value; expected one of: focal-officer, leader, agency-head, supervisor",
            Refused(Sample<ReminderSent>() with { Recipient = (RecipientRole)9 }, "recipient"));
        Assert.StartsWith("9 is not a valid value; expected one of: sms, email, zalo, in-app",
            Refused(Sample<ReminderSent>() with { Channel = (NotificationChannel)9 }, "channel"));
    }

    [Fact]
    public void AnEscalationStatesItsReason()
    {
        // 004 Điều 9.1.b: after 8 working hours the case goes to the agency head; the reason is what the head reads.
        Assert.Equal("must not be blank", Refused(Sample<CaseEscalated>() with { Reason = " " }, "reason"));
        Assert.StartsWith("must be at most 2000", Refused(Sample<CaseEscalated>() with { Reason = new string('r', 2_001) }, "reason"));
    }

    [Fact]
    public void AnAcknowledgementNoteIsOptional()
    {
        Valid(Sample<EmergencyAcknowledged>() with { Note = null });
        Assert.StartsWith("must not be blank", Refused(Sample<EmergencyAcknowledged>() with { Note = "" }, "note"));
    }

    [Fact]
    public void AnInternalNoteIsRequiredAndAtMostTwoThousandCharacters()
    {
        Valid(Sample<InternalNoteAdded>() with { Note = new string('n', 2_000) });
        Assert.StartsWith("must be at most 2000", Refused(Sample<InternalNoteAdded>() with { Note = new string('n', 2_001) }, "note"));
    }

    [Fact]
    public void ADeadlineTransitionNamesItsStepAsACode()
    {
        Assert.StartsWith("must be at most 64", Refused(Sample<DeadlineStateChanged>() with { Step = new string('s', 65) }, "step"));
        Assert.StartsWith("3 is not a valid value; expected one of: on-time, due-soon, overdue",
            Refused(Sample<DeadlineStateChanged>() with { Status = (SlaStatus)3 }, "status"));
    }

    [Fact]
    public void AReRouteNamesAnotherAgencyAndItsReason()
    {
        Valid(Sample<RerouteRequested>() with { FromAgencyId = null });
        Assert.Equal("must not be blank", Refused(Sample<RerouteRequested>() with { Reason = " " }, "reason"));
        Assert.StartsWith("must be at most 2000", Refused(Sample<RerouteRequested>() with { Reason = new string('r', 2_001) }, "reason"));
        Assert.Equal("must not be blank", Refused(Sample<RerouteRequested>() with { ToAgencyId = "" }, "toAgencyId"));
        Assert.StartsWith("'kh-sxd' is already the fromAgencyId", Refused(Sample<RerouteRequested>() with { ToAgencyId = "kh-sxd" }, "toAgencyId"));
    }
}
