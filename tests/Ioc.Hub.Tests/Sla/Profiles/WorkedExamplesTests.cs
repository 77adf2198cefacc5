using System.Text.Json;
using Ioc.Hub.Sla.Deadlines;
using Ioc.Hub.Sla.Profiles;
using Ioc.Hub.Tests.Cases;

namespace Ioc.Hub.Tests.Sla.Profiles;

/// <summary>docs/profiles.md shows numbers the code produces: every table there is recomputed here.</summary>
public sealed class WorkedExamplesTests
{
    private static readonly DateTimeOffset NormalExample = new(2026, 4, 24, 15, 30, 0, TimeSpan.FromHours(7));

    [Fact]
    public void WorkedExamplesMatchTheDocs()
    {
        var examples = ProfilesDoc.WorkedExamples();
        Assert.NotEmpty(examples);

        foreach (var example in examples)
        {
            var planner = ProvinceCase.Catalog.Get(example.Profile);
            var preview = planner.PreviewPlan(example.ReceivedAt, example.Emergency, example.Coordinated);
            var rules = planner.Profile.PlanFor(example.Emergency, example.Coordinated);
            var label = $"{example.Profile} {example.ReceivedAt:O} emergency={example.Emergency} coordinated={example.Coordinated}";

            string[] expected =
            [
                .. preview.Steps.Select(s => Row(label, s.Step, s.Holder, s.Duration, FromOf(rules, s), s.StartsAt, s.DueAt, s.Article)),
                .. preview.Unscheduled.Select(r => Row(label, r.Step, r.Holder, r.Duration, r.From, null, null, r.Article)),
            ];
            var documented = example.Rows.Select(r => $"{label} | {r.Step} | {r.Holder} | {r.Duration} | {r.From} | {ProfilesDoc.Format(r.StartsAt)} | {ProfilesDoc.Format(r.DueAt)} | {r.Article}");
            Assert.Equal(expected, documented);
            Assert.True(preview.CaseDueAt == example.CaseDueAt, $"{label}: case due {ProfilesDoc.Format(preview.CaseDueAt)} in code, {ProfilesDoc.Format(example.CaseDueAt)} in the doc.");
        }
    }

    [Fact]
    public void EveryProvinceHasANormalAndAnEmergencyWorkedExample()
    {
        var examples = ProfilesDoc.WorkedExamples();
        var refused = ProfilesDoc.RefusedExamples();

        foreach (var profile in ProvinceCase.Catalog.Profiles)
        {
            Assert.Contains(examples, e => e.Profile == profile.Id && e.ReceivedAt == NormalExample && !e.Emergency && !e.Coordinated);
            // (b): an emergency received at 22:00 on a weekday; the preview refuses it where the seed has no emergency procedure.
            var emergencyTimes = profile.Emergency.Count > 0
                ? examples.Where(e => e.Profile == profile.Id && e.Emergency).Select(e => e.ReceivedAt)
                : refused.Where(e => e.Profile == profile.Id).Select(e => e.ReceivedAt);
            var at = Assert.Single(emergencyTimes).ToOffset(TimeSpan.FromHours(7));
            Assert.Equal(new TimeOnly(22, 0), TimeOnly.FromTimeSpan(at.TimeOfDay));
            Assert.True(ProvinceCase.Catalog.Get(profile.Id).Calendar.IsWorkingDay(DateOnly.FromDateTime(at.DateTime)), $"{profile.Id}: {at} is not a weekday.");
        }
    }

    [Fact]
    public void ProfileTablesMatchTheProfileFiles()
    {
        var tables = ProfilesDoc.ProfileTables();

        foreach (var profile in ProvinceCase.Catalog.Profiles)
        {
            foreach (var (plan, rules) in new[] { ("normal", profile.Normal), ("coordinated", profile.Coordinated ?? []), ("emergency", profile.Emergency) })
            {
                var table = tables.SingleOrDefault(t => t.Profile == profile.Id && t.Plan == plan);
                if (rules.Count == 0)
                {
                    Assert.Null(table);
                    continue;
                }
                Assert.NotNull(table);
                string[] expected =
                [
                    .. rules.SelectMany(r => r.EscalateTo is { } up
                        ? new[] { RuleRow(r.Step, r.Holder, r.Duration, r.From, r.Article), RuleRow(r.Step, up.Holder, up.Duration, up.From, up.Article) }
                        : [RuleRow(r.Step, r.Holder, r.Duration, r.From, r.Article)]),
                ];
                Assert.Equal(expected, table.Rows.Select(r => $"{r.Step} | {r.Holder} | {r.Duration} | {r.From} | {r.Article}"));
            }
        }
    }

    private static Milestone FromOf(IReadOnlyList<StepRule> rules, PlannedStep step)
    {
        var rule = rules.Single(r => r.Step == step.Step);
        return rule.Holder == step.Holder ? rule.From : rule.EscalateTo!.From;
    }

    private static string Row(string label, SlaStep step, StepHolder holder, Ioc.Hub.Sla.Calendar.SlaDuration? duration, Milestone from, DateTimeOffset? startsAt, DateTimeOffset? dueAt, string article) =>
        $"{label} | {Kebab(step)} | {Kebab(holder)} | {ProfilesDoc.Format(duration)} | {Kebab(from)} | {ProfilesDoc.Format(startsAt)} | {ProfilesDoc.Format(dueAt)} | {article}";

    private static string RuleRow(SlaStep step, StepHolder holder, Ioc.Hub.Sla.Calendar.SlaDuration? duration, Milestone from, string article) =>
        $"{Kebab(step)} | {Kebab(holder)} | {ProfilesDoc.Format(duration)} | {Kebab(from)} | {article}";

    internal static string Kebab<T>(T value) where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
