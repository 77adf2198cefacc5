using Ioc.Hub.Cases.Events;
using Ioc.Hub.Sla.Profiles;

namespace Ioc.Hub.Tests.Simulation;

/// <summary>Each province's optional rules show up in its traffic in realistic shares, and never where it lacks them.</summary>
public sealed class ProvinceRuleTests
{
    public static TheoryData<string> Provinces => ProvinceTrafficTests.Provinces;

    [Theory]
    [MemberData(nameof(Provinces))]
    public void ExtensionsAppearOnlyWhereAllowedAndWithinTheLimit(string profile)
    {
        var traffic = SimulationFixtures.TrafficOf(profile);
        var standard = traffic.Cases.Select(c => c.Events.OfType<ExtensionRegistered>().Count(x => x.Kind == ExtensionKind.Standard)).ToList();
        var verification = traffic.Cases.Count(c => c.Events.OfType<ExtensionRegistered>().Any(x => x.Kind == ExtensionKind.Verification));
        var rules = traffic.Profile.Extensions;

        // 002 Điều 8.3: once only; 003 Điều 8.2.a: a late agency gives a new date; 000, 001, 004: none of this kind.
        if (rules.MaxCount == 0)
            Assert.All(standard, n => Assert.Equal(0, n));
        else
            Assert.InRange(standard.Count(n => n > 0), traffic.Cases.Count / 200, traffic.Cases.Count / 10);
        if (rules.MaxCount is { } max)
            Assert.All(standard, n => Assert.InRange(n, 0, max));

        // 000 Điều 7.1.a: the verification extension exists only in Khánh Hòa.
        if (rules.Verification is null)
            Assert.Equal(0, verification);
        else
            Assert.InRange(verification, traffic.Cases.Count / 100, traffic.Cases.Count / 10);
    }

    [Theory]
    [MemberData(nameof(Provinces))]
    public void ReschedulesOnlyHappenUnderDongNaiStyleRulesAndNeverMoreThanItsLimits(string profile)
    {
        var traffic = SimulationFixtures.TrafficOf(profile);
        var counts = traffic.Cases.Select(c => c.Events.OfType<CaseRescheduled>().Count()).ToList();

        // 004 Điều 10.4: 1st ≤ 2 WD, 2nd ≤ 1 WD, 3rd ≤ 1 WD, no fourth.
        if (traffic.Profile.Reschedules is not { } rules)
        {
            Assert.All(counts, n => Assert.Equal(0, n));
            return;
        }
        Assert.All(counts, n => Assert.InRange(n, 0, rules.Limits.Count));
        Assert.InRange(counts.Count(n => n > 0), traffic.Cases.Count / 50, traffic.Cases.Count / 5);
        Assert.Contains(counts, n => n >= 2);
    }

    [Theory]
    [MemberData(nameof(Provinces))]
    public void CoordinationNamesOneOrTwoOtherAgenciesOnlyWhereTheProfileHasACoordinatedPlan(string profile)
    {
        var traffic = SimulationFixtures.TrafficOf(profile);
        var coordinated = traffic.Of<CaseRouted>().Where(r => r.CoordinatingAgencyIds.Count > 0).ToList();

        // 002 Điều 8.2 and 001 Điều 12.4 time coordinating agencies; the other profiles have no such plan.
        if (traffic.Profile.Coordinated is null)
        {
            Assert.Empty(coordinated);
            return;
        }
        Assert.InRange(coordinated.Count / (double)traffic.Cases.Count, 0.04, 0.12);
        Assert.All(coordinated, r => Assert.InRange(r.CoordinatingAgencyIds.Count, 1, 2));
        var handled = traffic.Cases.Count(c => c.Events.OfType<CaseRouted>().Any(r => r.CoordinatingAgencyIds.Count > 0) && !c.Events.Any(e => e is CaseRejected));
        Assert.Equal(handled, traffic.CasesWith<CoordinationRequested>());
    }

    [Theory]
    [MemberData(nameof(Provinces))]
    public void ClarificationIsAskedOnlyWhereTheProfileGivesTheReporterAWindow(string profile)
    {
        var traffic = SimulationFixtures.TrafficOf(profile);
        var asked = traffic.CasesWith<ClarificationRequested>();

        // 001 Điều 11.2 (5 WD) and 000 Điều 12.4 (2 WD); silence past the window ends the case.
        if (traffic.Profile.Clarification is null)
        {
            Assert.Equal(0, asked);
            Assert.Empty(traffic.Of<CaseClassified>());
            return;
        }
        Assert.InRange(asked, traffic.Cases.Count / 50, traffic.Cases.Count / 10);
        Assert.Contains(traffic.Of<CaseRejected>(), r => r.Reason == RejectionReason.ClarificationNotSupplied);
        Assert.True(traffic.CasesWith<ClarificationSupplied>() > asked / 2);
    }

    [Theory]
    [MemberData(nameof(Provinces))]
    public void AboutFourPercentAreRejectedAndThreePercentReturnedForReRouting(string profile)
    {
        var traffic = SimulationFixtures.TrafficOf(profile);
        var rejected = traffic.Of<CaseRejected>().Count(r => r.Reason != RejectionReason.ClarificationNotSupplied);
        var returned = traffic.Cases.Where(c => c.Events.Any(e => e is CaseReturned)).ToList();

        Assert.InRange(rejected / (double)traffic.Cases.Count, 0.02, 0.065);
        Assert.InRange(returned.Count / (double)traffic.Cases.Count, 0.01, 0.05);
        foreach (var c in returned)
        {
            // 000 Điều 7.1.a, 002 Điều 8.1, 003 Điều 8: the returning agency gives way to another lead.
            var returnedBy = c.Events.OfType<CaseReturned>().Single().AgencyId;
            var reRoute = c.Events.SkipWhile(e => e is not CaseReturned).OfType<CaseRouted>().First();
            Assert.NotEqual(returnedBy, reRoute.LeadAgencyId);
            Assert.NotNull(reRoute.Reason);
        }
    }

    [Theory]
    [MemberData(nameof(Provinces))]
    public void ApprovalSendsBackAndEditsOnlyWhereThePlanHasAnApprovalStep(string profile)
    {
        var traffic = SimulationFixtures.TrafficOf(profile);
        var hasApproval = traffic.Profile.Normal.Any(s => s.Step == SlaStep.Approval);
        var approvals = traffic.Of<ResultApproved>().ToList();
        var sentBack = traffic.Of<ResultSentBack>().Count(b => b.Kind == SendBackKind.Approver);

        // 000 Điều 8 and 003 Điều 9: the leader sends back or edits and approves; 001 and 004 publish without approval.
        if (!hasApproval)
        {
            Assert.Empty(approvals);
            Assert.Equal(0, sentBack);
            return;
        }
        Assert.InRange(sentBack, traffic.Cases.Count / 100, traffic.Cases.Count / 10);
        Assert.InRange(approvals.Count(a => a.Edited) / (double)approvals.Count, 0.05, 0.15);
    }

    [Theory]
    [MemberData(nameof(Provinces))]
    public void AnUnsatisfiedRatingReopensTheCaseOnlyWhereTheProfileSaysSo(string profile)
    {
        var traffic = SimulationFixtures.TrafficOf(profile);
        var reprocessed = traffic.Cases.Count(c => c.Events.SkipWhile(e => e is not CaseRated).Any(e => e is ResultSubmitted));
        var unsatisfied = traffic.Cases.Count(c => c.Events.OfType<CaseRated>().Any(r => traffic.Profile.FindRating(r.Rating) is { Satisfied: false }));

        // 003 Điều 10.4: "Không hài lòng" sends the case back to the agency to reprocess.
        if (traffic.Profile.ReopenOnUnsatisfied)
        {
            Assert.True(unsatisfied > 0);
            Assert.Equal(unsatisfied, reprocessed);
        }
        else
        {
            Assert.Equal(0, reprocessed);
        }
    }

    [Theory]
    [MemberData(nameof(Provinces))]
    public void LateCasesAreRatedUnsatisfiedMoreOften(string profile)
    {
        var traffic = SimulationFixtures.TrafficOf(profile);
        if (traffic.Profile.Satisfaction.Count == 0)
            return;
        var rated = traffic.Cases.Where(c => c.Events.Any(e => e is CaseRated))
            .Select(c => (Late: c.Events.OfType<ResultSubmitted>().Any(r => r.LateReason is not null),
                Unsatisfied: traffic.Profile.FindRating(c.Events.OfType<CaseRated>().First().Rating)!.Satisfied == false))
            .ToList();
        double Share(bool late) => rated.Where(r => r.Late == late).Average(r => r.Unsatisfied ? 1.0 : 0.0);

        Assert.True(Share(late: true) > 2 * Share(late: false), $"late {Share(true):P0} vs on time {Share(false):P0}");
    }

    [Theory]
    [MemberData(nameof(Provinces))]
    public void AboutFivePercentOfAnsweredCasesGetAFollowUpQuestionThatIsAnswered(string profile)
    {
        var traffic = SimulationFixtures.TrafficOf(profile);
        var published = traffic.CasesWith<ResultPublished>();
        var asked = traffic.CasesWith<FollowUpAsked>();

        Assert.InRange(asked / (double)published, 0.025, 0.08);
        Assert.Equal(asked, traffic.CasesWith<FollowUpAnswered>());
    }
}
