using BenchmarkDotNet.Attributes;
using Ioc.Hub.Cases;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Scheduling;
using Ioc.Hub.Sla.Deadlines;
using Ioc.Hub.Sla.Profiles;

namespace Ioc.Hub.Benchmarks;

/// <summary>
/// Issue target: deadline evaluation of 1 000 000 open cases in under 1 s on one core. The projection plans a
/// case's deadlines once per event (<see cref="PlanOneMillion"/>); the wall and the scheduler read every open case's
/// clock at "now" (<see cref="EvaluateOneMillion"/>); the deadline scheduler lists every case's transitions when it
/// starts (<see cref="PlanTransitionsOneMillion"/>). All are measured over the same million cases of all five profiles.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 8)]
public class DeadlineBenchmarks
{
    private const int Cases = 1_000_000;
    private readonly DateTimeOffset now = new(2026, 6, 10, 10, 0, 0, TimeSpan.FromHours(7));
    private ProfileCatalog catalog = null!;
    private (CaseState State, DeadlinePlanner Planner)[] cases = null!;
    private (CaseDeadlines Deadlines, DeadlinePlanner Planner)[] planned = null!;

    [GlobalSetup]
    public void Setup()
    {
        catalog = ProfileCatalog.LoadDefault();
        var templates = OpenCaseTemplates.Build(catalog, now);
        var random = new Random(42);
        cases = new (CaseState, DeadlinePlanner)[Cases];
        for (var i = 0; i < Cases; i++)
        {
            var (template, planner) = templates[random.Next(templates.Count)];
            // Spread receptions over the last 15 working days so cases sit in every status.
            var shift = TimeSpan.FromMinutes(random.Next(0, 15 * 24 * 60));
            cases[i] = (Shift(template with { CaseId = $"case-{i}" }, -shift), planner);
        }
        planned = [.. cases.Select(c => (c.Planner.Plan(c.State), c.Planner))];
    }

    [Benchmark(Description = "Plan deadlines of 1M open cases")]
    public int PlanOneMillion()
    {
        var withClock = 0;
        foreach (var (state, planner) in cases)
        {
            if (planner.Plan(state).Current is not null)
                withClock++;
        }
        return withClock;
    }

    [Benchmark(Description = "Evaluate 1M open cases at now")]
    public int EvaluateOneMillion()
    {
        var overdue = 0;
        foreach (var (deadlines, planner) in planned)
        {
            if (DeadlineEvaluator.Evaluate(deadlines, now, planner.Calendar).Status == SlaStatus.Overdue)
                overdue++;
        }
        return overdue;
    }

    /// <summary>The deadline scheduler's start-up: every open case's transitions read off the engine, and what is due now.</summary>
    [Benchmark(Description = "Plan scheduler transitions of 1M open cases")]
    public int PlanTransitionsOneMillion()
    {
        var due = 0;
        for (var i = 0; i < planned.Length; i++)
        {
            var (deadlines, planner) = planned[i];
            due += DeadlineTransitions.Plan(cases[i].State.CaseId, cases[i].State, deadlines, planner.Calendar, now, inFlight: null).Due.Count;
        }
        return due;
    }

    private static CaseState Shift(CaseState s, TimeSpan by) => s with
    {
        ReceivedAt = s.ReceivedAt + by,
        ReceptionStartedAt = s.ReceptionStartedAt + by,
        LastEventAt = s.LastEventAt + by,
        RoutedAt = s.RoutedAt + by,
        AcceptedAt = s.AcceptedAt + by,
        ResultSubmittedAt = s.ResultSubmittedAt + by,
        ApprovedAt = s.ApprovedAt + by,
    };
}
