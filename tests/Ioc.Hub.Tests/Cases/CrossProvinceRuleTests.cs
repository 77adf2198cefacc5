using Ioc.Hub.Cases;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Sla.Profiles;
using static Ioc.Hub.Tests.Sla.Profiles.ProvinceTime;

namespace Ioc.Hub.Tests.Cases;

/// <summary>Rules that differ between provinces only through their profile data.</summary>
public sealed class CrossProvinceRuleTests
{
    [Theory]
    [InlineData("khanh-hoa")]
    [InlineData("thanh-hoa")]
    [InlineData("soc-trang")]
    [InlineData("tay-ninh")]
    public void ClosingAtFirstContactIsRefusedOutsideDongNai(string profile)
    {
        // 004 Điều 9.1.a is the only article where an operator answers and closes the case himself.
        var c = new ProvinceCase(profile);
        c.At(T("2026-05-04 08:00")).Must(c.Received());

        var refusal = c.Refused(c.ClosedAtFirstContact());

        Assert.Equal(RefusalKind.Invalid, refusal.Kind);
        Assert.Contains("no first-contact answer", refusal.Reason);
    }

    [Theory]
    // 001, 003 and 004 have no emergency procedure; only 000 Điều 10 and 002 Điều 8.6 do.
    [InlineData("thanh-hoa", "001")]
    [InlineData("tay-ninh", "003")]
    [InlineData("dong-nai", "004")]
    public void AnEmergencyIsRefusedWhereTheRegulationHasNoEmergencyProcedure(string profile, string seed)
    {
        var c = new ProvinceCase(profile);

        var outcome = c.At(T("2026-05-05 22:00")).Apply(c.Received(emergency: true, category: "fire"));

        Assert.Equal(RefusalKind.Invalid, outcome.Refusal!.Kind);
        Assert.Contains($"has no emergency procedure ({seed})", outcome.Refusal.Reason);
    }

    [Theory]
    // 000 Điều 8.3, 002 Điều 8.4, 003 Điều 9.2: approval counts "ngay sau khi có kết quả xử lý" — there must be one.
    [InlineData("khanh-hoa")]
    [InlineData("soc-trang")]
    [InlineData("tay-ninh")]
    public void ApprovalBeforeAnyResultIsRefused(string profile)
    {
        var c = new ProvinceCase(profile);
        c.ReceivedAndAccepted(T("2026-05-04 08:00"), T("2026-05-04 09:00"), T("2026-05-04 10:00"));

        var refusal = c.Refused(c.Approved());

        Assert.Equal(RefusalKind.NotAllowed, refusal.Kind);
        Assert.Contains("no result waiting for approval", refusal.Reason);
    }

    [Theory]
    // 000 Điều 9.1.b: "được gửi đến từng cá nhân, tổ chức tương ứng và không được công khai".
    [InlineData("khanh-hoa")]
    // 001 Điều 7.3: content kept secret on request.
    [InlineData("thanh-hoa")]
    // 002 Điều 9.3.b: "không được công bố".
    [InlineData("soc-trang")]
    // 003 Điều 10.3.b: "không được công khai".
    [InlineData("tay-ninh")]
    // 004 has no such article; the product applies the same policy (DN-A5).
    [InlineData("dong-nai")]
    public void PublishingAConfidentialCasePubliclyIsRefusedButPrivatelyAllowed(string profile)
    {
        var c = ReadyToPublish(profile, confidential: true);

        var refusal = c.Refused(c.Published(PublicationVisibility.Public));

        Assert.Equal(RefusalKind.NotAllowed, refusal.Kind);
        Assert.Contains("confidential case is never published publicly", refusal.Reason);
        Assert.Equal(CaseStage.Published, c.Must(c.Published(PublicationVisibility.Private)).Stage);
    }

    [Theory]
    // 000 Điều 9.1.c, 002 Điều 9.3.c, 003 Điều 10.3.c: state secrets follow secrecy law — never public.
    [InlineData("khanh-hoa")]
    [InlineData("soc-trang")]
    [InlineData("tay-ninh")]
    public void AStateSecretIsNeverPublishedPublicly(string profile)
    {
        var c = ReadyToPublish(profile, confidential: false, stateSecret: true);

        var refusal = c.Refused(c.Published(PublicationVisibility.Public));

        Assert.Contains("state-secret case is never published publicly", refusal.Reason);
    }

    [Fact]
    public void AProcessingStepWithoutATimeLimitRunsNoClockInAnyEmergencyPlan()
    {
        // 000 Điều 10.3 and 002 Điều 8.6 Bước 2 give the work itself no time limit.
        foreach (var profile in ProvinceCase.Catalog.Profiles.Where(p => p.Emergency.Count > 0))
            Assert.Null(profile.Emergency.Single(r => r.Step == SlaStep.Processing).Duration);
    }

    private static ProvinceCase ReadyToPublish(string profile, bool confidential, bool stateSecret = false)
    {
        var c = new ProvinceCase(profile);
        c.At(T("2026-05-04 08:00")).Must(c.Received(confidential: confidential, stateSecret: stateSecret));
        c.At(T("2026-05-04 09:00")).Must(c.Routed());
        c.At(T("2026-05-04 10:00")).Must(c.Accepted());
        var state = c.At(T("2026-05-06 10:00")).Must(c.Result());
        if (state.Stage == CaseStage.ResultSubmitted)
            c.At(T("2026-05-06 11:00")).Must(c.Approved());
        c.At(T("2026-05-06 14:00"));
        return c;
    }
}
