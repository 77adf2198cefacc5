using Ioc.Hub.Cases.Events;
using static Ioc.Hub.Tests.Cases.Events.ValidationAssert;

namespace Ioc.Hub.Tests.Cases.Events;

public class LifecycleValidationTests
{
    [Fact]
    public void AnExtensionMustCommitToADateAfterItsRegistration()
    {
        // 002 Điều 8.3: the agency commits to a new completion date, registered before the deadline.
        var extension = Sample<ExtensionRegistered>();

        Valid(extension with { CommittedDueAt = extension.OccurredAt.AddMinutes(1) });
        Assert.Equal("must be after occurredAt (2026-03-04T14:00:00+07:00); got 2026-03-04T14:00:00+07:00",
            Refused(extension with { CommittedDueAt = extension.OccurredAt }, "committedDueAt"));
    }

    [Fact]
    public void AnExtensionDateIsComparedAsAnInstantWhateverItsOffset()
    {
        // 14:00+07:00 is 07:00Z; 07:30Z is later even though its clock reading is earlier.
        var extension = Sample<ExtensionRegistered>();

        Valid(extension with { CommittedDueAt = SampleEvents.At("2026-03-04T07:30:00Z") });
        Assert.NotEmpty(Check(extension with { CommittedDueAt = SampleEvents.At("2026-03-04T06:30:00Z") }));
    }

    [Fact]
    public void ARescheduledAppointmentMustLieAfterTheReschedule()
    {
        // 004 Điều 10.4: each "hẹn lại" gives the reporter a new, later appointment.
        var reschedule = Sample<CaseRescheduled>();

        Valid(reschedule with { AppointmentAt = reschedule.OccurredAt.AddDays(2) });
        Assert.StartsWith("must be after occurredAt", Refused(reschedule with { AppointmentAt = reschedule.OccurredAt.AddHours(-1) }, "appointmentAt"));
    }

    [Fact]
    public void ACoordinationRequestNamesAtLeastOneAgency()
    {
        // 002 Điều 8.2 Bước 1: the lead forwards the case to the agencies it needs.
        Valid(Sample<CoordinationRequested>() with { AgencyIds = ["kh-pc"] });
        Assert.Equal("must name at least one coordinating agency", Refused(Sample<CoordinationRequested>() with { AgencyIds = [] }, "agencyIds"));
    }

    [Fact]
    public void ACoordinationRequestNamesEachAgencyOnce()
    {
        var e = Sample<CoordinationRequested>() with { AgencyIds = ["kh-pc", "kh-ubnd-nha-trang", "KH-PC"] };

        Assert.Equal("'KH-PC' is listed twice (first at agencyIds[0])", Refused(e, "agencyIds[2]"));
    }

    [Fact]
    public void ACoordinationRequestWithANullAgencyIsRefused() =>
        Assert.Equal("is required", Refused(Sample<CoordinationRequested>() with { AgencyIds = ["kh-pc", null!] }, "agencyIds[1]"));

    [Fact]
    public void ARouteWithoutCoordinatingAgenciesIsAccepted() =>
        Valid(Sample<CaseRouted>() with { CoordinatingAgencyIds = [] });

    [Fact]
    public void TheLeadAgencyCannotAlsoCoordinate()
    {
        // 002 Điều 7.3: one lead agency ("đơn vị xử lý chính") gathers the opinions of the others.
        var e = Sample<CaseRouted>() with { LeadAgencyId = "kh-sxd", CoordinatingAgencyIds = ["kh-pc", "kh-sxd"] };

        Assert.Equal("'kh-sxd' is already the leadAgencyId; an agency cannot coordinate with itself", Refused(e, "coordinatingAgencyIds[1]"));
    }

    [Fact]
    public void CoordinatingAgenciesAreDistinct()
    {
        var e = Sample<CaseRouted>() with { CoordinatingAgencyIds = ["kh-pc", "kh-snnmt", "kh-pc"] };

        Assert.StartsWith("'kh-pc' is listed twice", Refused(e, "coordinatingAgencyIds[2]"));
    }

    [Fact]
    public void APhotoCountIsNeverNegative()
    {
        // 003 Điều 8.3: the result carries photos where the issue needs them; zero is a legitimate count.
        Valid(Sample<ResultSubmitted>() with { PhotoCount = 0 });
        Assert.Equal("must be 0 or greater (got -1)", Refused(Sample<ResultSubmitted>() with { PhotoCount = -1 }, "photoCount"));
    }

    [Fact]
    public void ALateReasonIsOptionalButLimitedToTwoThousandCharacters()
    {
        // 003 Điều 8.2.a: a late agency explains why in writing.
        Valid(Sample<ResultSubmitted>() with { LateReason = null });
        Valid(Sample<ResultSubmitted>() with { LateReason = new string('r', 2_000) });
        Assert.StartsWith("must be at most 2000", Refused(Sample<ResultSubmitted>() with { LateReason = new string('r', 2_001) }, "lateReason"));
    }

    [Fact]
    public void AReturnStatesItsReason()
    {
        // 003 Điều 8.2.b: a wrong-jurisdiction return gives its reason.
        Assert.Equal("must not be blank", Refused(Sample<CaseReturned>() with { Reason = "  " }, "reason"));
    }

    [Fact]
    public void TheApproverIsNamedOnOneLineOfAtMostTwoHundredCharacters()
    {
        Assert.StartsWith("must be at most 200", Refused(Sample<ResultApproved>() with { ApproverName = new string('a', 201) }, "approverName"));
        Assert.Equal("is required", Refused(Sample<ResultApproved>() with { ApproverName = null! }, "approverName"));
    }

    [Fact]
    public void ARatingIsACodeNotText()
    {
        Assert.StartsWith("must be at most 64", Refused(Sample<CaseRated>() with { Rating = new string('x', 65) }, "rating"));
        Assert.StartsWith("must be a single line", Refused(Sample<CaseRated>() with { Rating = "very-\nsatisfied" }, "rating"));
    }

    [Fact]
    public void AnswersAndSummariesMayBeLongButNotEndless()
    {
        Valid(Sample<ClosedAtFirstContact>() with { Answer = new string('a', 10_000) });
        Assert.StartsWith("must be at most 10000", Refused(Sample<FollowUpAnswered>() with { Answer = new string('a', 10_001) }, "answer"));
        Assert.StartsWith("must be at most 10000", Refused(Sample<CoordinationResultSubmitted>() with { Summary = new string('s', 10_001) }, "summary"));
        Assert.Equal("must not be blank", Refused(Sample<ClarificationSupplied>() with { Text = "" }, "text"));
        Assert.Equal("must not be blank", Refused(Sample<ClarificationRequested>() with { Question = "" }, "question"));
        Assert.Equal("must not be blank", Refused(Sample<FollowUpAsked>() with { Question = " " }, "question"));
    }

    [Fact]
    public void UndefinedEnumValuesSetInCodeAreRefused()
    {
        Assert.StartsWith("9 is not a valid value; expected one of: invalid, unclear, forward, ours",
            Refused(Sample<CaseClassified>() with { Group = (ClassificationGroup)9 }, "group"));
        Assert.StartsWith("11 is not a valid value; expected one of: duplicate, unclear, mistaken,",
            Refused(Sample<CaseRejected>() with { Reason = (RejectionReason)11 }, "reason"));
        Assert.StartsWith("4 is not a valid value", Refused(Sample<ResultSentBack>() with { Kind = (SendBackKind)4 }, "kind"));
        Assert.StartsWith("2 is not a valid value", Refused(Sample<ResultPublished>() with { Visibility = (PublicationVisibility)2 }, "visibility"));
        Assert.StartsWith("2 is not a valid value", Refused(Sample<ExtensionRegistered>() with { Kind = (ExtensionKind)2 }, "kind"));
    }

    [Fact]
    public void ARejectionNoteIsOptional()
    {
        Valid(Sample<CaseRejected>() with { Note = null });
        Assert.Equal("must not be blank; omit the field when there is nothing to say", Refused(Sample<CaseRejected>() with { Note = "" }, "note"));
    }

    [Fact]
    public void AReopeningStatesWhy()
    {
        // 003 Điều 10.4: an unsatisfied rating sends the case back for reprocessing.
        Assert.Equal("is required", Refused(Sample<CaseReopened>() with { Reason = null! }, "reason"));
    }
}
