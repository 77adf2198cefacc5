using Ioc.Hub.Cases;
using static Ioc.Hub.Tests.Sla.Profiles.ProvinceTime;

namespace Ioc.Hub.Tests.Cases;

/// <summary>Đồng Nai (seed 004): appointments 2/1/1 WD and no fourth, first-contact answers, no extension, no rating.</summary>
public sealed class DongNaiRuleTests
{
    private readonly ProvinceCase c = new("dong-nai");

    private void Transferred()
    {
        c.At(T("2026-05-04 08:50")).Must(c.Received());
        c.At(T("2026-05-04 09:00")).Must(c.Routed());
    }

    [Fact]
    public void ThreeAppointmentsOfTwoOneAndOneWorkingDaysAreAllowed()
    {
        // 004 Điều 10.4: "Lần thứ nhất: 02 ngày làm việc; lần thứ hai: 01 ngày làm việc; lần thứ ba: 01 ngày làm việc."
        Transferred();

        c.At(T("2026-05-04 15:00")).Must(c.Rescheduled(T("2026-05-06 15:00")));
        c.At(T("2026-05-06 14:00")).Must(c.Rescheduled(T("2026-05-07 14:00")));
        c.At(T("2026-05-07 10:00")).Must(c.Rescheduled(T("2026-05-08 10:00")));

        Assert.Equal(3, c.Current.RescheduleCount);
        Assert.Equal(T("2026-05-08 10:00"), c.Deadlines.Current!.DueAt);
    }

    [Fact]
    public void AFourthAppointmentIsRefused()
    {
        // 004 Điều 10.4 lists three appointments and no fourth.
        Transferred();
        c.At(T("2026-05-04 15:00")).Must(c.Rescheduled(T("2026-05-06 15:00")));
        c.At(T("2026-05-06 14:00")).Must(c.Rescheduled(T("2026-05-07 14:00")));
        c.At(T("2026-05-07 10:00")).Must(c.Rescheduled(T("2026-05-08 10:00")));

        var refusal = c.At(T("2026-05-08 09:00")).Refused(c.Rescheduled(T("2026-05-08 16:00")));

        Assert.Equal(RefusalKind.LimitReached, refusal.Kind);
        Assert.Contains("allows 3 reschedules and no more", refusal.Reason);
        Assert.Contains("004 Điều 10.4", refusal.Reason);
    }

    [Fact]
    public void AFirstAppointmentMoreThanTwoWorkingDaysAwayIsRefused()
    {
        // 004 Điều 10.4: "Lần thứ nhất: 02 ngày làm việc", counted from when the appointment is made (DN-A2).
        Transferred();

        var refusal = c.At(T("2026-05-04 15:00")).Refused(c.Rescheduled(T("2026-05-06 15:01")));

        Assert.Equal(RefusalKind.LimitReached, refusal.Kind);
        Assert.Contains("reschedule 1 may set at most 2 WD", refusal.Reason);
    }

    [Fact]
    public void ASecondAppointmentMoreThanOneWorkingDayAwayIsRefused()
    {
        // 004 Điều 10.4: "lần thứ hai: 01 ngày làm việc".
        Transferred();
        c.At(T("2026-05-04 15:00")).Must(c.Rescheduled(T("2026-05-06 15:00")));

        var refusal = c.At(T("2026-05-06 14:00")).Refused(c.Rescheduled(T("2026-05-07 14:01")));

        Assert.Equal(RefusalKind.LimitReached, refusal.Kind);
        Assert.Contains("reschedule 2 may set at most 1 WD", refusal.Reason);
    }

    [Fact]
    public void NoAppointmentMayGoPastTheAgencyHeadsDeadline()
    {
        // 004 Điều 10.2: the head's 48 working hours from the transfer bound the case whatever the appointments (DN-A2).
        Transferred();

        var refusal = c.At(T("2026-05-11 10:00")).Refused(c.Rescheduled(T("2026-05-12 10:00")));

        Assert.Equal(RefusalKind.LimitReached, refusal.Kind);
        Assert.Contains("agency head's deadline", refusal.Reason);
        Assert.Contains("004 Điều 10.2", refusal.Reason);
    }

    [Fact]
    public void TheOperatorMayAnswerAndCloseAtFirstContact()
    {
        // 004 Điều 9.1.a, 9.2.a: "Tổng đài viên trả lời trực tiếp … đồng thời cập nhập … kết quả trả lời vào hệ thống".
        c.At(T("2026-05-04 08:50")).Must(c.Received());

        var state = c.Must(c.ClosedAtFirstContact());

        Assert.Equal(CaseStage.ClosedAtFirstContact, state.Stage);
        Assert.False(state.IsOpen);
        Assert.Null(c.Deadlines.Current);
    }

    [Fact]
    public void AFirstContactAnswerAfterTheTransferIsRefused()
    {
        // 004 Điều 9.1.b: once the call is transferred the focal officer answers, not the operator.
        Transferred();

        var refusal = c.Refused(c.ClosedAtFirstContact());

        Assert.Equal(RefusalKind.NotAllowed, refusal.Kind);
        Assert.Contains("004 Điều 9", refusal.Reason);
    }

    [Fact]
    public void AnExtensionIsRefusedAppointmentsAreTheOnlyWayToMoveTheDeadline()
    {
        // 004 Điều 10.4: the regulation knows appointments ("hẹn lại"), not extensions.
        Transferred();

        var refusal = c.At(T("2026-05-04 15:00")).Refused(c.Extension(T("2026-05-06 15:00")));

        Assert.Equal(RefusalKind.NotAllowed, refusal.Kind);
        Assert.Contains("004 Điều 10.4", refusal.Reason);
    }

    [Fact]
    public void ARatingIsRefusedBecauseTheRegulationDefinesNoScale()
    {
        // 004 Điều 16 reports "mức độ hài lòng" but no article defines a scale.
        Transferred();
        c.At(T("2026-05-04 16:00")).Must(c.Result());
        c.At(T("2026-05-05 09:00")).Must(c.Published());

        var refusal = c.Refused(c.Rated("satisfied"));

        Assert.Equal(RefusalKind.Invalid, refusal.Kind);
        Assert.Contains("defines no satisfaction scale", refusal.Reason);
    }
}
