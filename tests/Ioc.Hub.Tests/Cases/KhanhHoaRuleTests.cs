using Ioc.Hub.Cases;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Sla.Profiles;
using static Ioc.Hub.Tests.Sla.Profiles.ProvinceTime;

namespace Ioc.Hub.Tests.Cases;

/// <summary>Khánh Hòa (seed 000): the verification extension, no other extension, the rating scale, emergency categories.</summary>
public sealed class KhanhHoaRuleTests
{
    private readonly ProvinceCase c = new("khanh-hoa");

    private void ReceivedAndRouted()
    {
        c.At(T("2026-05-04 08:00")).Must(c.Received());
        c.At(T("2026-05-04 13:00")).Must(c.Routed());
    }

    [Fact]
    public void AVerificationExtensionMayRunUpToFiveWorkingDaysFromSubmission()
    {
        // 000 Điều 7.1.a: "không quá 05 ngày làm việc kể từ lúc phản ánh, kiến nghị được tổ chức, cá nhân gửi trên hệ thống".
        ReceivedAndRouted();

        c.At(T("2026-05-05 09:00")).Must(c.Extension(T("2026-05-11 08:00"), ExtensionKind.Verification));

        Assert.Equal(SlaStep.Acceptance, c.Deadlines.Current!.Step);
        Assert.Equal(T("2026-05-11 08:00"), c.Deadlines.Current.DueAt);
    }

    [Fact]
    public void AVerificationExtensionBeyondFiveWorkingDaysFromSubmissionIsRefused()
    {
        // 000 Điều 7.1.a: the limit counts from submission (Mon 08:00 + 5 WD), not from routing.
        ReceivedAndRouted();

        var refusal = c.At(T("2026-05-05 09:00")).Refused(c.Extension(T("2026-05-11 08:01"), ExtensionKind.Verification));

        Assert.Equal(RefusalKind.LimitReached, refusal.Kind);
        Assert.Contains("000 Điều 7.1.a", refusal.Reason);
    }

    [Fact]
    public void TheVerificationExtensionIsGrantedOnce()
    {
        // 000 Điều 7.1.a: "quyết định thời gian gia hạn" — one extension (KH-A1).
        ReceivedAndRouted();
        c.At(T("2026-05-05 09:00")).Must(c.Extension(T("2026-05-07 08:00"), ExtensionKind.Verification));

        var refusal = c.Refused(c.Extension(T("2026-05-08 08:00"), ExtensionKind.Verification));

        Assert.Equal(RefusalKind.LimitReached, refusal.Kind);
        Assert.Contains("already has a verification extension", refusal.Reason);
    }

    [Fact]
    public void AVerificationExtensionAfterAcceptanceIsRefused()
    {
        // 000 Điều 7.1.a: the extension is for verifying before the agency accepts the case.
        ReceivedAndRouted();
        c.At(T("2026-05-04 15:00")).Must(c.Accepted());

        var refusal = c.Refused(c.Extension(T("2026-05-08 08:00"), ExtensionKind.Verification));

        Assert.Equal(RefusalKind.NotAllowed, refusal.Kind);
        Assert.Contains("000 Điều 7.1.a", refusal.Reason);
    }

    [Fact]
    public void AnOrdinaryExtensionOfTheProcessingDeadlineIsRefused()
    {
        // 000 Điều 7.3: "tối đa không quá 05 ngày làm việc"; only the verification extension of Điều 7.1.a exists.
        ReceivedAndRouted();
        c.At(T("2026-05-04 15:00")).Must(c.Accepted());

        var refusal = c.At(T("2026-05-06 09:00")).Refused(c.Extension(T("2026-05-20 08:00")));

        Assert.Equal(RefusalKind.NotAllowed, refusal.Kind);
        Assert.Contains("allows no extension", refusal.Reason);
        Assert.Contains("000 Điều 7.1.a", refusal.Reason);
    }

    [Fact]
    public void TheScaleIsRatHaiLongHaiLongKhongHaiLongInThatOrder()
    {
        // 000 Điều 11.3: "a) Rất hài lòng; b) Hài lòng; c) Không hài lòng."
        Assert.Equal(["Rất hài lòng", "Hài lòng", "Không hài lòng"], c.Profile.Satisfaction.Select(l => l.Label));
        Assert.Equal(["very-satisfied", "satisfied", "unsatisfied"], c.Profile.Satisfaction.Select(l => l.Code));
    }

    [Fact]
    public void ARatingOfAcceptableIsRefusedAsOffTheScale()
    {
        // 000 Điều 11.3: "Chấp nhận" belongs to Tây Ninh's scale (003 Điều 11.3), not Khánh Hòa's.
        PublishedCase();

        var refusal = c.Refused(c.Rated("acceptable"));

        Assert.Equal(RefusalKind.Invalid, refusal.Kind);
        Assert.Contains("very-satisfied (Rất hài lòng)", refusal.Reason);
    }

    [Fact]
    public void AnUnsatisfiedRatingIsRecordedWithoutReopeningTheCase()
    {
        // 000 Điều 11.3 says nothing of what "Không hài lòng" triggers: the case stays answered.
        PublishedCase();

        var state = c.Must(c.Rated("unsatisfied"));

        Assert.Equal(CaseStage.Published, state.Stage);
        Assert.Equal(0, state.ReopenCount);
    }

    [Theory]
    // 000 Điều 10: "hỏa hoạn; tại nạn; trộm cướp; gây mất an toàn, an ninh, trật tự địa bàn; sự cố hạ tầng đô thị".
    [InlineData("urban-infrastructure", true)]
    [InlineData("robbery", true)]
    // "Thiên tai" is a Sóc Trăng category (002 Điều 8.6), not a Khánh Hòa one.
    [InlineData("natural-disaster", false)]
    public void AnEmergencyMustBeOneOfKhanhHoasCategories(string category, bool accepted)
    {
        var outcome = c.At(T("2026-05-05 22:00")).Apply(c.Received(emergency: true, category: category));

        Assert.Equal(accepted, outcome.Applied);
        if (!accepted)
            Assert.Equal(RefusalKind.Invalid, outcome.Refusal!.Kind);
    }

    private void PublishedCase()
    {
        c.ReceivedAndAccepted(T("2026-05-04 08:00"), T("2026-05-04 09:00"), T("2026-05-04 10:00"));
        c.At(T("2026-05-06 10:00")).Must(c.Result());
        c.At(T("2026-05-06 11:00")).Must(c.Approved());
        c.At(T("2026-05-06 14:00")).Must(c.Published());
    }
}
