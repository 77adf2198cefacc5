using Ioc.Hub.Cases.Events;
using Ioc.Hub.Projection;
using Ioc.Hub.Projection.Aggregates;
using Ioc.Hub.Sla.Profiles;
using Ioc.Hub.Tests.Projection.Support;
using Ioc.Hub.Tests.Support.Storage;

namespace Ioc.Hub.Tests.Projection;

/// <summary>
/// The live numbers of a hand-built set of ten cases (six open, four closed) at Thu 14/05/2026 10:00, each number
/// worked out by hand from the test profiles (office hours 07:30–11:30, 13:00–17:00; no holiday in May after 1/5).
/// </summary>
public sealed class LiveAggregatesTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    private static readonly DateTimeOffset Thursday = Vn(14, 10, 0);
    private const string A = "kh-agency-a";
    private const string B = "kh-agency-b";

    [Fact]
    public async Task OpenClosedRatedAndEmergencyCasesAddUpAtAFixedInstant()
    {
        var time = ProjectionHarness.Clock(Thursday);
        using var projection = await ProjectionHarness.StartAsync(database, time);
        var result = await projection.ProjectAsync(new EventFeed().Entries(HandBuiltCases()));
        Assert.Empty(result.Rejections);

        var s = projection.Aggregates.Current;

        Assert.Equal(Thursday, s.At);
        // c3 is due at 10:00 exactly: due soon, not overdue ("quá hạn" is strictly after the due instant).
        Assert.Equal(new SlaCounts(Open: 6, DueSoon: 2, Overdue: 1), s.Totals);
        Assert.Equal(new SlaCounts(3, 1, 0), s.ByAgency[SnapshotNames.OperationsCenter]);
        Assert.Equal(new SlaCounts(2, 1, 1), s.ByAgency[A]);
        Assert.Equal(new SlaCounts(1, 0, 0), s.ByAgency[B]);
        Assert.Equal(3, s.ByAgency.Count);
        Assert.Equal(new SlaCounts(3, 1, 0), s.ByHolder[StepHolder.OperationsCenter]);
        Assert.Equal(new SlaCounts(3, 1, 1), s.ByHolder[StepHolder.LeadAgency]);
        Assert.Equal(2, s.ByHolder.Count);

        // The confidential accident counts but is never listed (DOMAIN "Rules common to all five").
        Assert.Equal(2, s.OpenEmergencyCount);
        var fire = Assert.Single(s.Emergencies);
        Assert.Equal(("c4", "fire", "kh-nha-trang", Vn(14, 10, 45), SlaStatus.OnTime), (fire.CaseId, fire.Category, fire.AdminUnitCode, fire.StepDueAt, fire.Status));

        Assert.Equal(Counts(("infrastructure", 3), ("environment", 2), ("traffic", 1)), Sorted(s.OpenByField));
        Assert.Equal(Counts(("kh-cam-ranh", 1), ("kh-nha-trang", 4), ("tn-hoa-thanh", 1)), Sorted(s.OpenByAdminUnit));

        // Each profile's own scale: Tây Ninh's "chấp nhận" is satisfied (003 Điều 11), Khánh Hòa's "không hài lòng" is not (000 Điều 11).
        Assert.Equal(new SatisfactionCounts(2, 0), s.SatisfactionByAgency[B]);
        Assert.Equal(new SatisfactionCounts(0, 1), s.SatisfactionByAgency[A]);
        Assert.Equal(new SatisfactionCounts(1, 0), s.SatisfactionByField["environment"]);
        Assert.Equal(new SatisfactionCounts(1, 1), s.SatisfactionByField["infrastructure"]);

        Assert.Equal(14, s.Daily.Count);
        Assert.Equal((new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 14)), (s.Daily[0].Date, s.Daily[^1].Date));
        Assert.Equal(
        [
            new DailyCounts(new(2026, 5, 4), 1, 0, 0),
            new DailyCounts(new(2026, 5, 6), 1, 0, 0),
            new DailyCounts(new(2026, 5, 11), 1, 1, 1),
            new DailyCounts(new(2026, 5, 12), 2, 1, 1),
            // c8 was published at 11:00 on the day its 7 working days ended at 08:00 (000 Phụ lục II): resolved late.
            new DailyCounts(new(2026, 5, 13), 1, 1, 0),
            new DailyCounts(new(2026, 5, 14), 4, 0, 0),
        ], s.Daily.Where(d => d.Received + d.Resolved > 0));
    }

    [Fact]
    public async Task TheNumbersMoveWithTheClockWithoutAnyNewEvent()
    {
        var own = new SqliteTestDatabase();
        await own.InitializeAsync();
        try
        {
            var time = ProjectionHarness.Clock(Thursday);
            using var projection = await ProjectionHarness.StartAsync(own, time);
            await projection.ProjectAsync(new EventFeed().Entries(HandBuiltCases()));
            var version = projection.Aggregates.Current.Version;

            time.Advance(TimeSpan.FromMinutes(1));
            var later = projection.Aggregates.Recompute();

            // 10:01: c3 (processing) and c5 (emergency reception) have passed their due instant; c4 is not due soon until 10:30.
            Assert.Equal(new SlaCounts(Open: 6, DueSoon: 0, Overdue: 3), later.Totals);
            Assert.Equal(version, later.Version);
            Assert.Same(later, projection.Aggregates.Current);
            // Any instant can be asked for without replacing the current snapshot.
            Assert.Equal(new SlaCounts(6, 2, 1), projection.Aggregates.ComputeAt(Thursday).Totals);
            Assert.Same(later, projection.Aggregates.Current);
        }
        finally
        {
            await own.DisposeAsync();
        }
    }

    private static List<CaseEvent> HandBuiltCases()
    {
        List<CaseEvent> events = [];

        // c1: reception of 0.5 WD from 09:00 is due 14:30, due soon from 11:00 (the window is capped at half the step).
        var c1 = new TestCase("c1").At(Vn(14, 9, 0));
        events.Add(c1.Received());

        // c2: routed Wed 09:00, acceptance of 1 WD (000 Điều 7.1.a) due Thu 09:00: overdue.
        var c2 = new TestCase("c2") { Lead = A }.At(Vn(13, 8, 0));
        events.AddRange([c2.Received(field: "environment", adminUnit: "kh-cam-ranh"), c2.At(Vn(13, 9, 0)).Routed()]);

        // c3: accepted Thu 07/05 10:00, processing of 5 WD (000 Điều 7.3) due Thu 14/05 10:00: due soon.
        var c3 = new TestCase("c3") { Lead = A }.At(Vn(6, 8, 0));
        events.AddRange([c3.Received(), c3.At(Vn(6, 9, 0)).Routed(), c3.At(Vn(7, 10, 0)).Accepted()]);

        // c4: a fire at 09:45, emergency reception of 1 clock hour (000 Điều 10) due 10:45, due soon from 10:30.
        var c4 = new TestCase("c4").At(Vn(14, 9, 45));
        events.AddRange([c4.Received(emergency: true, category: "fire"), c4.Acknowledged()]);

        // c5: a confidential accident at 09:00, due 10:00: due soon at 10:00.
        var c5 = new TestCase("c5").At(Vn(14, 9, 0));
        events.Add(c5.Received(field: "traffic", emergency: true, category: "accident", confidential: true));

        // c6 (Tây Ninh): routed 08:30 to B, acceptance due Fri 08:30.
        var c6 = new TestCase("c6", ProjectionProfiles.TayNinh) { Lead = B }.At(Vn(14, 8, 0));
        events.AddRange([c6.Received(field: "environment", adminUnit: "tn-hoa-thanh"), c6.At(Vn(14, 8, 30)).Routed()]);

        // c7: resolved Mon 11/05 on time, "rất hài lòng".
        var c7 = new TestCase("c7") { Lead = B }.At(Vn(11, 8, 0));
        events.AddRange([.. c7.ThroughPublication(field: "environment"), c7.After(TimeSpan.FromHours(1)).Rated("rat-hai-long")]);

        // c8: received Mon 04/05 08:00, due Wed 13/05 08:00 (7 WD), published Wed 11:00: late, "không hài lòng".
        var c8 = new TestCase("c8") { Lead = A }.At(Vn(4, 8, 0));
        events.AddRange([c8.Received(), c8.At(Vn(4, 9, 0)).Routed(), c8.At(Vn(4, 10, 0)).Accepted(), c8.At(Vn(13, 9, 0)).Result(),
            c8.At(Vn(13, 10, 0)).Approved(), c8.At(Vn(13, 11, 0)).Published(), c8.At(Vn(14, 9, 0)).Rated("khong-hai-long")]);

        // c9 (Tây Ninh): resolved Tue 12/05 on time, "chấp nhận".
        var c9 = new TestCase("c9", ProjectionProfiles.TayNinh) { Lead = B }.At(Vn(12, 8, 0));
        events.AddRange([.. c9.ThroughPublication(), c9.After(TimeSpan.FromHours(1)).Rated("chap-nhan")]);

        // c10: rejected Tue 12/05: closed, never resolved.
        var c10 = new TestCase("c10").At(Vn(12, 8, 0));
        events.AddRange([c10.Received(), c10.At(Vn(12, 9, 0)).Rejected()]);
        return events;
    }

    private static DateTimeOffset Vn(int day, int hour, int minute) => new(2026, 5, day, hour, minute, 0, TestCase.Vietnam);

    private static List<(string, int)> Counts(params (string, int)[] expected) => [.. expected.OrderBy(e => e.Item1, StringComparer.Ordinal)];

    private static List<(string, int)> Sorted(IReadOnlyDictionary<string, int> counts) =>
        [.. counts.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value))];
}
