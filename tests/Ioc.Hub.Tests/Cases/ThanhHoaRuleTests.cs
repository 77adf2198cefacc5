using Ioc.Hub.Cases;
using static Ioc.Hub.Tests.Sla.Profiles.ProvinceTime;

namespace Ioc.Hub.Tests.Cases;

/// <summary>Thanh Hóa (seed 001): no approval, no extension, no rating scale, no emergency procedure.</summary>
public sealed class ThanhHoaRuleTests
{
    private readonly ProvinceCase c = new("thanh-hoa");

    [Fact]
    public void AnApprovalEventIsRefusedBecauseTheRegulationHasNoApprovalStep()
    {
        // 001 Điều 12.4–13.1: the result goes to the receiving unit for publication without a leader's approval.
        c.At(T("2026-05-04 08:00")).Must(c.Received());
        c.At(T("2026-05-05 10:00")).Must(c.Routed());
        c.At(T("2026-05-08 16:00")).Must(c.Result());

        var refusal = c.Refused(c.Approved());

        Assert.Equal(RefusalKind.NotAllowed, refusal.Kind);
        Assert.Contains("no result waiting for approval", refusal.Reason);
    }

    [Fact]
    public void AnExtensionIsRefusedTheLateUnitOnlyStatesItsReason()
    {
        // 001 Điều 12.4: "trường hợp hết thời hạn này mà chưa xử lý xong, đơn vị chuyên môn nêu rõ lý do" — no new deadline.
        c.At(T("2026-05-04 08:00")).Must(c.Received());
        c.At(T("2026-05-05 10:00")).Must(c.Routed());
        c.At(T("2026-05-05 11:00")).Must(c.Accepted());

        var refusal = c.At(T("2026-05-12 09:00")).Refused(c.Extension(T("2026-05-26 09:00")));

        Assert.Equal(RefusalKind.NotAllowed, refusal.Kind);
        Assert.Contains("001 Điều 12.4", refusal.Reason);
    }

    [Fact]
    public void ARatingIsRefusedBecauseTheRegulationDefinesNoScale()
    {
        // 001 has no rating article: the satisfaction scale is empty.
        c.At(T("2026-05-04 08:00")).Must(c.Received());
        c.At(T("2026-05-05 10:00")).Must(c.Routed());
        c.At(T("2026-05-08 16:00")).Must(c.Result());
        c.At(T("2026-05-11 09:00")).Must(c.Published());

        var refusal = c.Refused(c.Rated("satisfied"));

        Assert.Equal(RefusalKind.Invalid, refusal.Kind);
        Assert.Contains("defines no satisfaction scale", refusal.Reason);
    }
}
