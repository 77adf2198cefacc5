using Ioc.Hub.Cases;
using Ioc.Hub.Sla.Profiles;
using static Ioc.Hub.Tests.Sla.Profiles.ProvinceTime;

namespace Ioc.Hub.Tests.Cases;

/// <summary>Sóc Trăng (seed 002): one extension, registered before the deadline; rating scale; emergency categories; reports.</summary>
public sealed class SocTrangRuleTests
{
    private readonly ProvinceCase c = new("soc-trang");

    /// <summary>Routed Mon 04/05 10:00: processing due Mon 11/05 10:00.</summary>
    private void Processing()
    {
        c.At(T("2026-05-04 08:00")).Must(c.Received());
        c.At(T("2026-05-04 10:00")).Must(c.Routed());
        Assert.Equal(T("2026-05-11 10:00"), c.Deadlines.Current!.DueAt);
    }

    [Fact]
    public void AnExtensionRegisteredBeforeTheDeadlineReplacesItWithTheCommittedDate()
    {
        // 002 Điều 8.3: written notice "cam kết thời hạn xử lý dứt điểm … trước khi hết hạn xử lý"; the IOC sets the new deadline from it.
        Processing();

        c.At(T("2026-05-08 09:00")).Must(c.Extension(T("2026-05-20 16:00")));

        Assert.Equal(T("2026-05-20 16:00"), c.Deadlines.Current!.DueAt);
        Assert.Equal(1, c.Current.ExtensionCount);
    }

    [Fact]
    public void ExtensionIsRefusedAfterTheFirstOneInSocTrang()
    {
        // 002 Điều 8.3: "chỉ được gia hạn 1 lần".
        Processing();
        c.At(T("2026-05-08 09:00")).Must(c.Extension(T("2026-05-20 16:00")));

        var refusal = c.At(T("2026-05-15 09:00")).Refused(c.Extension(T("2026-05-27 16:00")));

        Assert.Equal(RefusalKind.LimitReached, refusal.Kind);
        Assert.Contains("allows 1 extension only", refusal.Reason);
        Assert.Contains("002 Điều 8.3", refusal.Reason);
    }

    [Fact]
    public void AnExtensionRegisteredAfterTheDeadlineIsRefused()
    {
        // 002 Điều 8.3: "trước khi hết hạn xử lý".
        Processing();

        var refusal = c.At(T("2026-05-11 10:01")).Refused(c.Extension(T("2026-05-20 16:00")));

        Assert.Equal(RefusalKind.NotAllowed, refusal.Kind);
        Assert.Contains("after the deadline", refusal.Reason);
        Assert.Contains("002 Điều 8.3", refusal.Reason);
    }

    [Fact]
    public void AnExtensionThatDoesNotMoveTheDeadlineIsRefused()
    {
        // 002 Điều 8.3: the committed date is a later deadline ("gia hạn").
        Processing();

        var refusal = c.At(T("2026-05-08 09:00")).Refused(c.Extension(T("2026-05-11 09:00")));

        Assert.Equal(RefusalKind.Invalid, refusal.Kind);
        Assert.Contains("does not extend the deadline", refusal.Reason);
    }

    [Fact]
    public void TheScaleIsRatHaiLongHaiLongKhongHaiLongInThatOrder()
    {
        // 002 Điều 10.3: "a) Rất hài lòng; b) Hài lòng; c) Không hài lòng."
        Assert.Equal(["Rất hài lòng", "Hài lòng", "Không hài lòng"], c.Profile.Satisfaction.Select(l => l.Label));
    }

    [Theory]
    // 002 Điều 8.6: "Thiên tai, hỏa hoạn, tai nạn, trộm cắp, cướp giết, gây mất an toàn - an ninh - trật tự địa bàn...".
    [InlineData("natural-disaster", true)]
    [InlineData("robbery-murder", true)]
    // "Sự cố hạ tầng đô thị" is a Khánh Hòa category (000 Điều 10), not a Sóc Trăng one.
    [InlineData("urban-infrastructure", false)]
    public void AnEmergencyMustBeOneOfSocTrangsCategories(string category, bool accepted)
    {
        var outcome = c.At(T("2026-05-05 22:00")).Apply(c.Received(emergency: true, category: category));

        Assert.Equal(accepted, outcome.Applied);
    }

    [Fact]
    public void MonthlyReportsCloseOnTheFourteenthAsNghiDinh09Sets()
    {
        // 002 Điều 11.8 → Nghị định 09/2019/NĐ-CP Điều 12: a month runs from the 15th of the previous month to the 14th.
        Assert.Equal(14, c.Profile.Reporting.CutoffDay);
        Assert.Contains("002 Điều 11", c.Profile.Reporting.Article);
    }

    [Fact]
    public void TheSingleAgencySixWorkingDaysIncludeTheApproval()
    {
        // 002 Điều 8.1 + Phụ lục II: 06 ngày = 05 ngày processing + 01 ngày approval.
        var steps = c.Profile.Normal.ToDictionary(r => r.Step, r => r.Duration);
        Assert.Equal(6m, steps[SlaStep.Processing]!.Value.Amount + steps[SlaStep.Approval]!.Value.Amount);
    }
}
