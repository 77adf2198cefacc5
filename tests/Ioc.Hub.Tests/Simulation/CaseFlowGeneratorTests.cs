using Ioc.Hub.Cases.Events;
using Ioc.Hub.Simulation;

namespace Ioc.Hub.Tests.Simulation;

/// <summary>The generator's own guarantees: determinism, stability of a case, every rule it knows, demo speed.</summary>
public sealed class CaseFlowGeneratorTests
{
    [Fact]
    public void TheSameSeedGivesByteIdenticalEventJson()
    {
        static string Json(int seed)
        {
            var generator = SimulationFixtures.Generator(SimulationFixtures.Shipped, "soc-trang", seed);
            var events = SimulationFixtures.Arrivals(generator, 300, seed).SelectMany(a => generator.Generate(a).Events);
            return string.Join('\n', events.Select(CaseEventJson.Serialize));
        }

        Assert.Equal(Json(11), Json(11));
    }

    [Fact]
    public void DifferentSeedsGiveDifferentCasesIdsAndLateAgencies()
    {
        var a = SimulationFixtures.Generator(SimulationFixtures.Shipped, "soc-trang", seed: 11);
        var b = SimulationFixtures.Generator(SimulationFixtures.Shipped, "soc-trang", seed: 12);
        var first = SimulationFixtures.Arrivals(a, 200, seed: 11).Select(x => a.Generate(x)).ToList();
        var second = SimulationFixtures.Arrivals(b, 200, seed: 12).Select(x => b.Generate(x)).ToList();

        Assert.Empty(first.Select(c => c.CaseId).Intersect(second.Select(c => c.CaseId)));
        Assert.Empty(first.SelectMany(c => c.Events).Select(e => e.Id).Intersect(second.SelectMany(c => c.Events).Select(e => e.Id)));
        Assert.NotEqual(first.Select(c => c.ReceivedAt), second.Select(c => c.ReceivedAt));
        Assert.NotEqual(a.Lateness.Chronic, b.Lateness.Chronic);
    }

    [Fact]
    public void TwoProvincesRunningSideBySideNeverShareAnIdOrAReporter()
    {
        // DOMAIN 002 note: a merged province may run two legacy profiles at once, into one store.
        var khanhHoa = SimulationFixtures.TrafficOf("khanh-hoa");
        var socTrang = SimulationFixtures.TrafficOf("soc-trang");

        Assert.Empty(khanhHoa.Events.Select(e => e.Id).Intersect(socTrang.Events.Select(e => e.Id)));
        Assert.Empty(khanhHoa.Cases.Select(c => c.CaseId).Intersect(socTrang.Cases.Select(c => c.CaseId)));
        Assert.True(khanhHoa.Receipts.Select(r => r.Reporter.Phone).Intersect(socTrang.Receipts.Select(r => r.Reporter.Phone)).Count() < 5);
    }

    [Fact]
    public void ACaseIsTheSameWhateverElseIsGenerated()
    {
        var generator = SimulationFixtures.Generator(SimulationFixtures.Shipped, "tay-ninh");
        var arrivals = SimulationFixtures.Arrivals(generator, 50);
        var alone = generator.Generate(arrivals[^1]);
        foreach (var arrival in arrivals)
            generator.Generate(arrival);
        var afterOthers = generator.Generate(arrivals[^1]);

        Assert.Equal(alone.Events.Select(CaseEventJson.Serialize), afterOthers.Events.Select(CaseEventJson.Serialize));
    }

    [Fact]
    public void AProfileWithEveryRuleProducesEveryKindOfEventWithoutARefusal()
    {
        var traffic = SimulationFixtures.TrafficOf("khanh-hoa", synthetic: true);

        Assert.Null(CaseReplay.FirstRefusal(traffic.Catalog, traffic.Cases.Select(c => c.Events)));
        var types = traffic.Events.Select(e => e.Type).ToHashSet();
        // First contact is Đồng Nai's call centre (not in this profile); reopening comes from the rating (003 Điều 10.4).
        var lifecycle = CaseEventJson.TypeNames.Where(t => t.StartsWith("case.", StringComparison.Ordinal))
            .Except([ClosedAtFirstContact.TypeName, CaseReopened.TypeName]);
        Assert.Empty(lifecycle.Except(types));
        Assert.Equal(
            [SendBackKind.Approver, SendBackKind.EmptyAnswer, SendBackKind.FormatFix, SendBackKind.Inaccurate],
            traffic.Of<ResultSentBack>().Select(b => b.Kind).Distinct().Order());
        Assert.Contains(traffic.Of<ExtensionRegistered>(), x => x.Kind == ExtensionKind.Verification);
        Assert.Contains(traffic.Of<ExtensionRegistered>(), x => x.Kind == ExtensionKind.Standard);
        Assert.Contains(traffic.Cases, c => c.Events.SkipWhile(e => e is not CaseRated).Any(e => e is ResultSubmitted));
    }

    [Fact]
    public void EmergenciesArriveDayAndNightAndAreRoutedWithinTheHour()
    {
        var traffic = SimulationFixtures.TrafficOf("khanh-hoa", synthetic: true);
        var emergencies = traffic.Cases.Where(c => ((CaseReceived)c.Events[0]).IsEmergency).ToList();

        // 000 Điều 10.1: an emergency is received and routed within 1 hour, 24/7.
        Assert.Contains(emergencies, c => c.ReceivedAt.ToOffset(SimulationFixtures.Vietnam).Hour is < 7 or >= 18);
        var routedInTime = emergencies.Count(c => c.Events.OfType<CaseRouted>().First().OccurredAt - c.ReceivedAt <= TimeSpan.FromHours(1));
        Assert.True(routedInTime >= emergencies.Count * 0.9, $"{routedInTime} of {emergencies.Count} emergencies routed within the hour");
    }

    [Fact]
    public void DemoSpeedCompressesEachCaseButKeepsItValid()
    {
        var generator = SimulationFixtures.Generator(SimulationFixtures.Shipped, "khanh-hoa");
        var arrivals = SimulationFixtures.Arrivals(generator, 200);
        var normal = arrivals.Select(a => generator.Generate(a)).ToList();
        var fast = arrivals.Select(a => generator.Generate(a, speed: 20)).ToList();
        static double MedianHours(IEnumerable<GeneratedCase> cases) =>
            cases.Select(c => (c.Events[^1].OccurredAt - c.ReceivedAt).TotalHours).Order().ElementAt(cases.Count() / 2);

        Assert.Null(CaseReplay.FirstRefusal(SimulationFixtures.Shipped, fast.Select(c => c.Events)));
        Assert.True(MedianHours(fast) * 4 < MedianHours(normal), $"fast {MedianHours(fast):F1} h vs normal {MedianHours(normal):F1} h");
        Assert.Throws<ArgumentOutOfRangeException>(() => generator.Generate(arrivals[0], speed: 0.5));
    }
}
