using Ioc.Hub.Cases.Events;
using Ioc.Hub.Cases.Events.Validation;
using static Ioc.Hub.Tests.Cases.Events.ValidationAssert;

namespace Ioc.Hub.Tests.Cases.Events;

public class EnvelopeValidationTests
{
    [Theory]
    [MemberData(nameof(SampleEvents.TypeNames), MemberType = typeof(SampleEvents))]
    public void EverySampleEventConformsToTheContract(string typeName) => Valid(SampleEvents.OfType(typeName));

    [Fact]
    public void TheEmptyGuidIsNotAnIdempotencyKey()
    {
        Assert.StartsWith("must not be the empty GUID", Refused(Sample<CaseAccepted>() with { Id = Guid.Empty }, "id"));
    }

    [Theory]
    [InlineData("KH-2026-000123")]
    [InlineData("x")]
    [InlineData("st:1022.2026_77-a")]
    public void ACaseIdOfLettersDigitsAndPunctuationIsAccepted(string caseId) =>
        Valid(Sample<CaseAccepted>() with { CaseId = caseId });

    [Fact]
    public void ACaseIdOfSixtyFourCharactersIsAccepted() => Valid(Sample<CaseAccepted>() with { CaseId = new string('K', 64) });

    [Theory]
    [InlineData("", "must not be blank")]
    [InlineData("   ", "must not be blank")]
    [InlineData("KH 2026", "may contain only letters A–Z and a–z, digits and the characters . _ : -")]
    [InlineData("KH/2026", "may contain only letters A–Z and a–z, digits and the characters . _ : -")]
    [InlineData("Khánh-Hòa-1", "may contain only letters A–Z and a–z, digits and the characters . _ : -")]
    public void ACaseIdOutsideTheCharacterSetIsRefused(string caseId, string message) =>
        Assert.Equal(message, Refused(Sample<CaseAccepted>() with { CaseId = caseId }, "caseId"));

    [Fact]
    public void ACaseIdOfSixtyFiveCharactersIsRefused() =>
        Assert.Equal("must be at most 64 characters long (it has 65)", Refused(Sample<CaseAccepted>() with { CaseId = new string('K', 65) }, "caseId"));

    [Fact]
    public void ACaseIdSetToNullInCodeIsReportedAsRequired() =>
        Assert.Equal("is required", Refused(Sample<CaseAccepted>() with { CaseId = null! }, "caseId"));

    [Fact]
    public void ALifecycleSequenceStartsAtOne()
    {
        Valid(Sample<CaseAccepted>() with { Sequence = 1 });
        Assert.Equal("must be 1 or greater (the producer's per-case sequence), not 0", Refused(Sample<CaseAccepted>() with { Sequence = 0 }, "sequence"));
    }

    [Fact]
    public void AnAnnotationMayCarrySequenceZeroButNotANegativeOne()
    {
        Valid(Sample<InternalNoteAdded>() with { Sequence = 0 });
        Assert.StartsWith("must be 0 or greater", Refused(Sample<InternalNoteAdded>() with { Sequence = -1 }, "sequence"));
    }

    [Fact]
    public void AnEventUpToFiveMinutesAheadOfTheServerIsToleratedAsClockSkew()
    {
        Valid(Sample<CaseAccepted>() with { OccurredAt = SampleEvents.Now.AddMinutes(5) });
    }

    [Fact]
    public void AnEventMoreThanFiveMinutesInTheFutureIsRefusedWithTheServerTime()
    {
        var message = Refused(Sample<CaseAccepted>() with { OccurredAt = SampleEvents.Now.AddMinutes(5).AddSeconds(1) }, "occurredAt");

        Assert.Equal("is more than 5 minutes in the future (server time 2026-03-20T09:00:00+07:00); check the producer's clock", message);
    }

    [Fact]
    public void TheFutureIsJudgedByTheInjectedClock()
    {
        var e = Sample<CaseAccepted>() with { OccurredAt = SampleEvents.Now.AddHours(1) };

        Assert.NotEmpty(Validator().Validate(e));
        Assert.Empty(Validator(SampleEvents.Now.AddHours(2)).Validate(e));
    }

    [Fact]
    public void AnEventBefore2000IsRefusedAndTheFirstInstantOf2000IsAccepted()
    {
        Valid(Sample<CaseAccepted>() with { OccurredAt = SampleEvents.At("2000-01-01T00:00:00+07:00") });
        Assert.Equal("must not be before 2000-01-01",
            Refused(Sample<CaseAccepted>() with { OccurredAt = SampleEvents.At("1999-12-31T23:59:59+07:00") }, "occurredAt"));
    }

    [Fact]
    public void AnotherContractVersionIsRefusedSoItCanBeDeadLettered()
    {
        Valid(Sample<CaseAccepted>() with { Version = CaseEvent.ContractVersion });
        Assert.Equal("contract version 2 is not supported; this consumer reads version 1",
            Refused(Sample<CaseAccepted>() with { Version = 2 }, "version"));
    }

    [Fact]
    public void TheActorIsOptionalButNotBlankNorLongerThanAName()
    {
        Valid(Sample<CaseAccepted>() with { Actor = null });
        Valid(Sample<CaseAccepted>() with { Actor = new string('a', 200) });
        Assert.Equal("must not be blank; omit the field when there is nothing to say", Refused(Sample<CaseAccepted>() with { Actor = " " }, "actor"));
        Assert.Equal("must be at most 200 characters long (it has 201)", Refused(Sample<CaseAccepted>() with { Actor = new string('a', 201) }, "actor"));
    }

    [Fact]
    public void AllProblemsAreReportedAtOnce()
    {
        var e = Sample<CaseReturned>() with { Id = Guid.Empty, CaseId = "KH 1", Version = 3, AgencyId = "", Reason = " " };

        Assert.Equal(["agencyId", "caseId", "id", "reason", "version"], Check(e).Select(v => v.Field).Order());
    }

    [Fact]
    public void AFloodOfProblemsIsCutAtFiftyWithACount()
    {
        var e = Sample<CoordinationRequested>() with { AgencyIds = [.. Enumerable.Repeat("kh-pc", 80)] };

        var violations = Check(e);

        Assert.Equal(51, violations.Count);
        Assert.Equal(new ContractViolation("", "29 more problem(s) not listed"), violations[^1]);
    }

    [Fact]
    public void AnEventTypeOutsideTheContractIsRefused()
    {
        var stray = new StrayEvent { Id = Guid.NewGuid(), CaseId = "KH-1", Sequence = 1, OccurredAt = SampleEvents.Now };

        Assert.Equal("'test.stray' (StrayEvent) is not an event type of contract v1", Refused(stray, "type"));
    }

    private sealed record StrayEvent : CaseEvent
    {
        public override string Type => "test.stray";
    }
}
