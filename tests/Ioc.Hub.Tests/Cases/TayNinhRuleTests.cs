using Ioc.Hub.Cases;
using static Ioc.Hub.Tests.Sla.Profiles.ProvinceTime;

namespace Ioc.Hub.Tests.Cases;

/// <summary>Tây Ninh (seed 003): unlimited extensions, reopening on "Không hài lòng", its own scale, retention, report day.</summary>
public sealed class TayNinhRuleTests
{
    private readonly ProvinceCase c = new("tay-ninh");

    [Fact]
    public void ExtensionsAreNotLimitedInNumber()
    {
        // 003 Điều 8.2.a: "trường hợp đặc biệt … giải thích lý do và xác định thời gian dự kiến có kết quả bằng văn bản khi tới hạn xử lý" — no count.
        c.ReceivedAndAccepted(T("2026-05-04 08:00"), T("2026-05-04 10:00"), T("2026-05-04 14:00"));
        Assert.Equal(T("2026-05-12 14:00"), c.Deadlines.Current!.DueAt);

        c.At(T("2026-05-12 14:00")).Must(c.Extension(T("2026-05-15 14:00")));
        c.At(T("2026-05-15 14:00")).Must(c.Extension(T("2026-05-20 14:00")));
        c.At(T("2026-05-20 13:00")).Must(c.Extension(T("2026-05-27 14:00")));

        Assert.Equal(3, c.Current.ExtensionCount);
        Assert.Equal(T("2026-05-27 14:00"), c.Deadlines.Current!.DueAt);
    }

    [Fact]
    public void AnExtensionAfterTheDeadlineIsRefused()
    {
        // 003 Điều 8.2.a: the reason and expected date are given "khi tới hạn xử lý", not after (TN-A2).
        c.ReceivedAndAccepted(T("2026-05-04 08:00"), T("2026-05-04 10:00"), T("2026-05-04 14:00"));

        var refusal = c.At(T("2026-05-12 14:01")).Refused(c.Extension(T("2026-05-20 14:00")));

        Assert.Equal(RefusalKind.NotAllowed, refusal.Kind);
        Assert.Contains("003 Điều 8.2.a", refusal.Reason);
    }

    [Fact]
    public void AnUnsatisfiedRatingReopensTheCase()
    {
        // 003 Điều 10.4: "(đánh giá Không hài lòng), đơn vị điều phối sẽ phối hợp với đơn vị xử lý để thực hiện xử lý lại".
        Published();

        var state = c.At(T("2026-05-15 09:00")).Must(c.Rated("unsatisfied"));

        Assert.Equal(CaseStage.Accepted, state.Stage);
        Assert.Equal(1, state.ReopenCount);
        Assert.True(state.IsOpen);
    }

    [Theory]
    // 003 Điều 11.3: "Hài lòng" and "Chấp nhận" are not the unsatisfied rating of Điều 10.4.
    [InlineData("acceptable")]
    [InlineData("satisfied")]
    public void ARatingOtherThanUnsatisfiedLeavesTheCaseClosed(string rating)
    {
        Published();

        var state = c.At(T("2026-05-15 09:00")).Must(c.Rated(rating));

        Assert.Equal(CaseStage.Published, state.Stage);
        Assert.Equal(0, state.ReopenCount);
    }

    [Fact]
    public void TheScaleIsHaiLongChapNhanKhongHaiLong()
    {
        // 003 Điều 11.3: "· Hài lòng; · Chấp nhận; · Không hài lòng."
        Assert.Equal(["Hài lòng", "Chấp nhận", "Không hài lòng"], c.Profile.Satisfaction.Select(l => l.Label));
        Assert.Equal(["satisfied", "acceptable", "unsatisfied"], c.Profile.Satisfaction.Select(l => l.Code));
    }

    [Fact]
    public void ARatingOfVerySatisfiedIsNotOnTayNinhsScale()
    {
        // 003 Điều 11.3 has no "Rất hài lòng" (that is 000 Điều 11.3 and 002 Điều 10.3).
        Published();

        var refusal = c.Refused(c.Rated("very-satisfied"));

        Assert.Equal(RefusalKind.Invalid, refusal.Kind);
        Assert.Contains("acceptable (Chấp nhận)", refusal.Reason);
    }

    [Fact]
    public void DataIsRetainedThirtyDaysAndReportsAreDueBeforeTheTwentieth()
    {
        // 003 Điều 12.1: "Thời gian lưu trữ dữ liệu trong vòng 30 ngày"; 003 Điều 13.7: "trước ngày 20 hàng tháng".
        Assert.Equal(30, c.Profile.RetentionDays);
        Assert.Equal(20, c.Profile.Reporting.CutoffDay);
    }

    private void Published()
    {
        c.ReceivedAndAccepted(T("2026-05-04 08:00"), T("2026-05-04 10:00"), T("2026-05-04 14:00"));
        c.At(T("2026-05-11 15:00")).Must(c.Result());
        c.At(T("2026-05-12 09:00")).Must(c.Approved());
        c.At(T("2026-05-12 13:00")).Must(c.Published());
    }
}
