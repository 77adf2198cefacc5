using Ioc.Hub.Cases.Events;
using Ioc.Hub.Sla.Calendar;
using Ioc.Hub.Tests.Cases;
using static Ioc.Hub.Tests.Sla.Profiles.ProvinceTime;

namespace Ioc.Hub.Tests.Sla.Profiles;

/// <summary>Due soon, overdue and lateness on the shipped profiles.</summary>
public sealed class DeadlineStatusTests
{
    /// <summary>Khánh Hòa, accepted Fri 08/05 16:00: processing due Fri 15/05 16:00 (000 Điều 7.3).</summary>
    private static ProvinceCase KhanhHoaProcessing()
    {
        var c = new ProvinceCase("khanh-hoa");
        c.ReceivedAndAccepted(T("2026-05-07 08:00"), T("2026-05-07 09:00"), T("2026-05-08 16:00"));
        Assert.Equal(T("2026-05-15 16:00"), c.Deadlines.Current!.DueAt);
        return c;
    }

    [Fact]
    public void ACaseIsOverdueOnlyStrictlyAfterItsDueInstant()
    {
        // "Quá hạn" = the deadline has passed; 001 Điều 12.4 "trường hợp hết thời hạn này": the due instant itself is in time.
        var c = new ProvinceCase("thanh-hoa");
        c.At(T("2026-05-04 08:00")).Must(c.Received());
        c.At(T("2026-05-05 10:00")).Must(c.Routed());
        var due = c.Deadlines.Current!.DueAt;

        Assert.NotEqual(SlaStatus.Overdue, c.EvaluateAt(due).Status);
        Assert.Equal(SlaStatus.Overdue, c.EvaluateAt(due.AddTicks(1)).Status);
    }

    [Fact]
    public void LatenessAcrossAWeekendCountsOnlyOfficeTime()
    {
        // 000 Điều 7.3 counts "ngày làm việc": Fri 16:00–17:00 and Mon 07:30–08:30 are late, the weekend is not.
        var c = KhanhHoaProcessing();

        var evaluation = c.EvaluateAt(T("2026-05-18 08:30"));

        Assert.Equal(SlaStatus.Overdue, evaluation.Status);
        Assert.Equal(TimeSpan.FromHours(2), evaluation.LateBy);
        Assert.False(evaluation.ClockTime);
    }

    [Fact]
    public void AStepIsDueSoonFourWorkingHoursBeforeItsDeadline()
    {
        // Not regulated (no seed defines a warning window): the product default is 4 working hours.
        var c = KhanhHoaProcessing();

        Assert.Equal(T("2026-05-15 10:30"), c.Deadlines.DueSoonAt);
        Assert.Equal(SlaStatus.OnTime, c.EvaluateAt(T("2026-05-15 10:29")).Status);
        Assert.Equal(SlaStatus.DueSoon, c.EvaluateAt(T("2026-05-15 10:30")).Status);
    }

    [Fact]
    public void AShortStepIsDueSoonForItsSecondHalfOnly()
    {
        // 000 Điều 8.3: approval in 0,25 ngày (2 WH); the 4 WH window is capped at half the step.
        var c = KhanhHoaProcessing();
        c.At(T("2026-05-12 09:00")).Must(c.Result());

        Assert.Equal(T("2026-05-12 11:00"), c.Deadlines.Current!.DueAt);
        Assert.Equal(T("2026-05-12 10:00"), c.Deadlines.DueSoonAt);
    }

    [Fact]
    public void AnEmergencyStepIsDueSoonFifteenClockMinutesBeforeItsDeadline()
    {
        // 000 Điều 10.1: reception within 01 giờ; the 15-minute emergency window is a product default, not regulated.
        var c = new ProvinceCase("khanh-hoa");
        c.At(T("2026-05-05 22:00")).Must(c.Received(emergency: true, category: "fire"));

        Assert.Equal(T("2026-05-05 22:45"), c.Deadlines.DueSoonAt);
        Assert.Equal(SlaStatus.DueSoon, c.EvaluateAt(T("2026-05-05 22:50")).Status);
    }

    [Theory]
    [InlineData("khanh-hoa")]
    [InlineData("thanh-hoa")]
    [InlineData("soc-trang")]
    [InlineData("tay-ninh")]
    [InlineData("dong-nai")]
    public void EveryProfileUsesTheProductsDueSoonDefaultsBecauseNoSeedSetsOne(string profile)
    {
        var dueSoon = ProvinceCase.Catalog.Get(profile).Profile.DueSoon;

        Assert.Equal(SlaDuration.WorkingHours(4), dueSoon.Normal);
        Assert.Equal(SlaDuration.ClockMinutes(15), dueSoon.Emergency);
    }

    [Theory]
    [InlineData("khanh-hoa")]
    [InlineData("thanh-hoa")]
    [InlineData("soc-trang")]
    [InlineData("tay-ninh")]
    [InlineData("dong-nai")]
    public void AWorkingDayIsEightOfficeHoursInEveryProfile(string profile)
    {
        // DOMAIN "Working time": 1 ngày làm việc = 8 giờ làm việc ("0,5 ngày" = 4 WH), so office hours sum to 8 h.
        Assert.Equal(TimeSpan.FromHours(8), ProvinceCase.Catalog.Get(profile).Calendar.OfficeHours.DayLength);
    }
}
