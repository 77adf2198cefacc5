using System.Collections.Concurrent;
using Ioc.Data.Reference;
using Ioc.Hub.Cases;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Sla.Calendar;
using Ioc.Hub.Sla.Profiles;
using Ioc.Hub.Simulation;
using Ioc.Hub.Tests.Support;

namespace Ioc.Hub.Tests.Simulation;

/// <summary>
/// The data the simulator tests run on: the shipped profiles and reference files, and one synthetic profile built in
/// code that switches on every feature at once (so the generator's combinations are exercised whatever the files say).
/// Generated traffic is cached per profile and seed so the many assertions over it cost one generation.
/// </summary>
internal static class SimulationFixtures
{
    public static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    public const int CasesPerProfile = 2_000;

    /// <summary>A Monday in an ordinary working week; history runs back from it.</summary>
    public static readonly DateTimeOffset Now = new(2026, 3, 16, 10, 0, 0, Vietnam);

    public static HolidaySchedule Holidays { get; } = HolidaySchedule.LoadDefault();

    public static ProfileCatalog Shipped { get; } = ProfileCatalog.LoadDefault();

    public static IReadOnlyList<ReferenceDataFile> References { get; } = ReferenceDataLoader.LoadEmbedded();

    public static ReferenceDataFile Reference(string profileId) => References.Single(r => r.ProfileId == profileId);

    /// <summary>Khánh Hòa's reference data with a profile that has every rule the generator knows.</summary>
    public static ProfileCatalog Synthetic { get; } = new([SyntheticProfile()], Holidays);

    public static CaseFlowGenerator Generator(ProfileCatalog catalog, string profileId, int seed = 7) =>
        new(catalog, Reference(profileId), seed);

    /// <summary>The first <paramref name="count"/> replay arrivals going back from <see cref="Now"/>.</summary>
    public static IReadOnlyList<CaseArrival> Arrivals(CaseFlowGenerator generator, int count, int seed = 7)
    {
        var profile = generator.Profile.Id;
        var schedule = new SimulationSchedule(profile, seed, generator.Planner.Calendar, replayCasesPerDay: 400, liveCasesPerHour: 120);
        var days = (int)Math.Ceiling(count / 250.0) + 2;
        return [.. schedule.Arrivals(ArrivalStream.Replay, Now.AddDays(-days), Now).Take(count)];
    }

    private static readonly ConcurrentDictionary<(string Catalog, string Profile, int Seed), Traffic> Cache = new();

    /// <summary><see cref="CasesPerProfile"/> generated cases of a shipped profile (or the synthetic one).</summary>
    public static Traffic TrafficOf(string profileId, bool synthetic = false, int seed = 7) =>
        Cache.GetOrAdd((synthetic ? "synthetic" : "shipped", profileId, seed), key =>
        {
            var catalog = synthetic ? Synthetic : Shipped;
            var generator = Generator(catalog, key.Profile, key.Seed);
            var cases = Arrivals(generator, CasesPerProfile, key.Seed).Select(a => generator.Generate(a)).ToList();
            return new Traffic(catalog, generator, cases);
        });

    private static SlaProfile SyntheticProfile() => new()
    {
        Id = "khanh-hoa",
        Seed = "000",
        Name = "Synthetic Khánh Hòa",
        Regulation = "test profile: every rule on",
        Calendar = ProfileCatalog.NationalCalendar,
        OfficeHours = KhanhHoaTestPlan.Office,
        Channels = ["portal", "app", "chatbot", "hotline", "email"],
        Normal = KhanhHoaTestPlan.Normal,
        Coordinated =
        [
            new(SlaStep.Reception, StepHolder.OperationsCenter, SlaDuration.WorkingHours(4), Milestone.Received, "002 Điều 7.3"),
            new(SlaStep.CoordinationRequest, StepHolder.LeadAgency, SlaDuration.WorkingDays(1), Milestone.Routed, "002 Điều 8.2"),
            new(SlaStep.Coordination, StepHolder.CoordinatingAgency, SlaDuration.WorkingDays(4), Milestone.CoordinationRequested, "002 Điều 8.2"),
            new(SlaStep.Processing, StepHolder.LeadAgency, SlaDuration.WorkingDays(2), Milestone.CoordinationCompleted, "002 Điều 8.2"),
            new(SlaStep.Approval, StepHolder.Approver, SlaDuration.WorkingDays(1), Milestone.ResultSubmitted, "002 Điều 8.4"),
            new(SlaStep.Publication, StepHolder.OperationsCenter, SlaDuration.WorkingHours(4), Milestone.Approved, "002 Điều 9.2"),
        ],
        Emergency =
        [
            new(SlaStep.Reception, StepHolder.OperationsCenter, SlaDuration.ClockHours(1), Milestone.Received, "000 Điều 10.1"),
            new(SlaStep.Acceptance, StepHolder.LeadAgency, SlaDuration.ClockHours(1), Milestone.Routed, "000 Điều 10.3"),
            new(SlaStep.Approval, StepHolder.Approver, SlaDuration.WorkingHours(1), Milestone.ResultSubmitted, "000 Điều 10.4"),
        ],
        EmergencyCategories = [new("fire", "Hỏa hoạn"), new("accident", "Tai nạn"), new("urban-infrastructure", "Sự cố hạ tầng đô thị")],
        DueSoon = new(SlaDuration.WorkingHours(4), SlaDuration.ClockMinutes(15)),
        Extensions = new(MaxCount: 2, "002 Điều 8.3", new TimedRule(SlaDuration.WorkingDays(5), "000 Điều 7.1.a")),
        Reschedules = new RescheduleRules([SlaDuration.WorkingDays(2), SlaDuration.WorkingDays(1), SlaDuration.WorkingDays(1)], "004 Điều 10.4"),
        Clarification = new TimedRule(SlaDuration.WorkingDays(5), "001 Điều 11.2"),
        Redo = new RedoRules(
            new TimedRule(SlaDuration.ClockMinutes(30), "003 Điều 10.4"),
            new TimedRule(SlaDuration.ClockHours(1), "003 Điều 10.4"),
            new TimedRule(SlaDuration.WorkingHours(4), "002 Điều 9")),
        FollowUp = new TimedRule(SlaDuration.WorkingDays(2), "002 Điều 10.2"),
        ReopenOnUnsatisfied = true,
        Satisfaction =
        [
            new("satisfied", "Hài lòng", "Satisfied", true),
            new("acceptable", "Chấp nhận", "Acceptable", true),
            new("unsatisfied", "Không hài lòng", "Unsatisfied", false),
        ],
        Reporting = new(null, ["monthly"], "000 Điều 17"),
    };
}

/// <summary>Generated cases of one profile, with what the tests need to judge them.</summary>
internal sealed record Traffic(ProfileCatalog Catalog, CaseFlowGenerator Generator, IReadOnlyList<GeneratedCase> Cases)
{
    public SlaProfile Profile => Generator.Profile;

    public IEnumerable<CaseEvent> Events => Cases.SelectMany(c => c.Events);

    public IEnumerable<CaseReceived> Receipts => Cases.Select(c => (CaseReceived)c.Events[0]);

    public IEnumerable<T> Of<T>() where T : CaseEvent => Events.OfType<T>();

    public int CasesWith<T>() where T : CaseEvent => Cases.Count(c => c.Events.OfType<T>().Any());
}
