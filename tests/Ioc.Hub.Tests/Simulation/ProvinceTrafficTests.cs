using System.Text.RegularExpressions;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Cases.Events.Validation;
using Microsoft.Extensions.Time.Testing;

namespace Ioc.Hub.Tests.Simulation;

/// <summary>
/// Two thousand generated cases of each shipped province, judged by the engine that will consume them: the state
/// machine, the deadline planner and the event contract's validator.
/// </summary>
public sealed partial class ProvinceTrafficTests
{
    public static TheoryData<string> Provinces => ["khanh-hoa", "thanh-hoa", "soc-trang", "tay-ninh", "dong-nai"];

    [Theory]
    [MemberData(nameof(Provinces))]
    public void EveryGeneratedCaseReplaysThroughTheStateMachineWithoutARefusal(string profile)
    {
        var traffic = SimulationFixtures.TrafficOf(profile);

        Assert.Equal(SimulationFixtures.CasesPerProfile, traffic.Cases.Count);
        Assert.Null(CaseReplay.FirstRefusal(traffic.Catalog, traffic.Cases.Select(c => c.Events)));
    }

    [Theory]
    [MemberData(nameof(Provinces))]
    public void EachCaseNumbersItsEventsOneToNWithoutGapsAndNeverGoesBackInTime(string profile)
    {
        foreach (var c in SimulationFixtures.TrafficOf(profile).Cases)
        {
            Assert.Equal(Enumerable.Range(1, c.Events.Count).Select(i => (long)i), c.Events.Select(e => e.Sequence));
            Assert.All(c.Events, e => Assert.Equal(c.CaseId, e.CaseId));
            for (var i = 1; i < c.Events.Count; i++)
                Assert.True(c.Events[i].OccurredAt >= c.Events[i - 1].OccurredAt, $"{c.CaseId} #{i + 1} goes back in time");
        }
    }

    [Theory]
    [MemberData(nameof(Provinces))]
    public void EveryEventMeetsTheEventContract(string profile)
    {
        var traffic = SimulationFixtures.TrafficOf(profile);
        var latest = traffic.Events.Max(e => e.OccurredAt);
        var validator = new CaseEventValidator(new FakeTimeProvider(latest));

        var violations = traffic.Events.Select(e => (e, v: validator.Validate(e))).FirstOrDefault(x => x.v.Count > 0);

        Assert.True(violations.v is null, violations.v is null ? "" : $"{violations.e.Type} {violations.e.CaseId}: {string.Join("; ", violations.v)}");
        Assert.Equal(traffic.Events.Count(), traffic.Events.Select(e => e.Id).Distinct().Count());
        Assert.Equal(traffic.Cases.Count, traffic.Cases.Select(c => c.CaseId).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Provinces))]
    public void EmergenciesAreAboutTwoPercentWhereTheProfileHasAnEmergencyPlanAndNoneElsewhere(string profile)
    {
        var traffic = SimulationFixtures.TrafficOf(profile);
        var share = traffic.Receipts.Count(r => r.IsEmergency) / (double)traffic.Cases.Count;

        // 000 Điều 10 and 002 Điều 8.6 define emergencies; 001, 003 and 004 have no emergency procedure.
        if (traffic.Profile.EmergencyCategories.Count > 0)
        {
            Assert.InRange(share, 0.01, 0.03);
            Assert.All(traffic.Receipts.Where(r => r.IsEmergency), r => Assert.Contains(traffic.Profile.EmergencyCategories, c => c.Code == r.EmergencyCategory));
        }
        else
        {
            Assert.Equal(0, share);
        }
    }

    [Theory]
    [MemberData(nameof(Provinces))]
    public void RatingsAreAlwaysOnTheProfileScaleAndAbsentWithoutOne(string profile)
    {
        var traffic = SimulationFixtures.TrafficOf(profile);
        var ratings = traffic.Of<CaseRated>().ToList();

        // 000 Điều 11, 002 Điều 10, 003 Điều 11 each define a scale; 001 and 004 define none.
        if (traffic.Profile.Satisfaction.Count == 0)
        {
            Assert.Empty(ratings);
            return;
        }
        Assert.InRange(ratings.Count, traffic.Cases.Count / 3, traffic.Cases.Count);
        Assert.All(ratings, r => Assert.NotNull(traffic.Profile.FindRating(r.Rating)));
        Assert.Contains(ratings, r => !traffic.Profile.FindRating(r.Rating)!.Satisfied);
    }

    [Theory]
    [MemberData(nameof(Provinces))]
    public void FirstContactClosuresHappenOnlyOnCallsWhereTheOperatorMayAnswer(string profile)
    {
        var traffic = SimulationFixtures.TrafficOf(profile);
        var closed = traffic.Cases.Where(c => c.Events.Any(e => e is ClosedAtFirstContact)).ToList();

        // 004 Điều 9: only Đồng Nai's operator answers calls directly.
        Assert.Equal(profile == "dong-nai", traffic.Profile.FirstContactResolution);
        if (!traffic.Profile.FirstContactResolution)
        {
            Assert.Empty(closed);
            return;
        }
        var calls = traffic.Receipts.Count(r => r.Channel == Channel.Hotline && !r.IsEmergency);
        Assert.All(closed, c => Assert.Equal(Channel.Hotline, ((CaseReceived)c.Events[0]).Channel));
        Assert.InRange(closed.Count / (double)calls, 0.25, 0.35);
    }

    [Theory]
    [MemberData(nameof(Provinces))]
    public void ChronicallyLateAgenciesAreOverdueFarMoreOftenThanTheRest(string profile)
    {
        var traffic = SimulationFixtures.TrafficOf(profile);
        var punctuality = CaseReplay.ProcessingPunctuality(traffic.Catalog, traffic.Cases.Select(c => c.Events));
        var chronic = punctuality.Where(p => traffic.Generator.Lateness.IsChronic(p.Key)).Select(p => p.Value).ToList();
        var others = punctuality.Where(p => !traffic.Generator.Lateness.IsChronic(p.Key)).Select(p => p.Value).ToList();

        var chronicShare = chronic.Sum(p => p.Overdue) / (double)chronic.Sum(p => p.Results);
        var othersShare = others.Sum(p => p.Overdue) / (double)others.Sum(p => p.Results);

        Assert.True(chronic.Sum(p => p.Results) >= 30, $"only {chronic.Sum(p => p.Results)} results from chronically late agencies");
        Assert.True(chronicShare > 0.12 && chronicShare > 4 * othersShare, $"chronic {chronicShare:P1} vs others {othersShare:P1}");
        Assert.InRange(othersShare, 0.005, 0.08);
    }

    [Theory]
    [MemberData(nameof(Provinces))]
    public void ReportsCarryFictionalContactsCodesAndALocationNearTheirUnit(string profile)
    {
        var traffic = SimulationFixtures.TrafficOf(profile);
        var units = SimulationFixtures.Reference(profile).AdminUnits!.ToDictionary(u => u.Code!);
        var prefix = Ioc.Hub.Simulation.SimulationSchedule.CodePrefix(profile);

        foreach (var r in traffic.Receipts)
        {
            Assert.Matches($"^{prefix}-20\\d\\d-\\d{{6}}$", r.Code);
            Assert.True(r.Reporter.Phone is null || PhonePattern().IsMatch(r.Reporter.Phone), r.Reporter.Phone);
            Assert.True(r.Reporter.Email is null || r.Reporter.Email.EndsWith("@example.vn", StringComparison.Ordinal), r.Reporter.Email);
            var unit = units[r.Location.AdminUnitCode];
            Assert.True(DistanceKm(r.Location.Latitude, r.Location.Longitude, unit.Lat!.Value, unit.Lng!.Value) <= 1.5 + 1e-3, $"{r.CaseId} is too far from {unit.Code}");
            Assert.Contains(traffic.Profile.Channels, c => c == Kebab(r.Channel));
        }
        Assert.Equal(traffic.Cases.Count, traffic.Receipts.Select(r => r.Code).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Provinces))]
    public void TheBusiestFieldsAreInfrastructureEnvironmentUrbanOrderAndTraffic(string profile)
    {
        var traffic = SimulationFixtures.TrafficOf(profile);
        var top = traffic.Receipts.GroupBy(r => r.FieldCode).OrderByDescending(g => g.Count()).Take(5).Select(g => g.Key).ToHashSet();

        // Đồng Nai's call centre adds procedure questions (004 Điều 4.1) to the common four.
        Assert.Subset(top, new HashSet<string>(["infrastructure", "environment", "urban-order", "traffic"]));
    }

    [Theory]
    [MemberData(nameof(Provinces))]
    public void ConfidentialCasesAreOnlyEverPublishedPrivately(string profile)
    {
        var traffic = SimulationFixtures.TrafficOf(profile);
        var confidential = traffic.Cases.Where(c => ((CaseReceived)c.Events[0]).IsConfidential).ToList();

        // DOMAIN "Rules common to all five": confidential cases never appear on public outputs.
        Assert.InRange(confidential.Count, traffic.Cases.Count / 100, traffic.Cases.Count / 20);
        Assert.All(confidential.SelectMany(c => c.Events.OfType<ResultPublished>()), p => Assert.Equal(PublicationVisibility.Private, p.Visibility));
    }

    private static string Kebab(Channel channel) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(channel.ToString());

    private static double DistanceKm(double lat1, double lng1, double lat2, double lng2)
    {
        const double R = 6371.0;
        var dLat = (lat2 - lat1) * Math.PI / 180;
        var dLng = (lng2 - lng1) * Math.PI / 180;
        var a = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(lat1 * Math.PI / 180) * Math.Cos(lat2 * Math.PI / 180) * Math.Pow(Math.Sin(dLng / 2), 2);
        return 2 * R * Math.Asin(Math.Sqrt(a));
    }

    [GeneratedRegex("^09[1-9][0-9]{7}$")]
    private static partial Regex PhonePattern();
}
