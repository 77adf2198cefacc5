using Ioc.Hub.Cases;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Sla.Calendar;
using Ioc.Hub.Sla.Deadlines;
using Ioc.Hub.Sla.Profiles;

namespace Ioc.Hub.Simulation;

/// <summary>
/// Writes one case's history, step by step: each step asks the planner for its deadline and acts within it (or after
/// it, when the acting agency is late this time), then applies the event to the state machine.
/// </summary>
internal sealed partial class CaseScript(SimulationContext context, CaseArrival arrival, double speed)
{
    private const string Operator = "ioc-operator";
    private const string ReporterActor = "reporter";

    private readonly Random random = new(arrival.Seed);
    private readonly List<CaseEvent> events = [];
    private readonly List<bool> openAfter = [];
    private CaseState? state;
    /// <summary>Whether an agency step of the case ended past its deadline: late answers are rated worse.</summary>
    private bool wasLate;
    private (CaseState? State, CaseDeadlines? Deadlines) planned;

    private DeadlinePlanner Planner => context.Planner;
    private SlaProfile Profile => context.Planner.Profile;
    private WorkingCalendar Calendar => context.Planner.Calendar;
    private CaseState State => state ?? throw new InvalidOperationException("The case has not been received.");
    private string CaseId => arrival.CaseId;
    private long NextSequence => (state?.LastSequence ?? 0) + 1;

    public GeneratedCase Run()
    {
        Receive();
        if (!CloseAtFirstContact() && Reception() && Handle())
        {
            Conclude();
            AfterPublication(firstRound: true);
        }
        return new GeneratedCase(arrival, [.. events], [.. openAfter]);
    }

    /// <summary>Applies the event; a refusal means the simulator broke a rule, which is a bug, never data.</summary>
    private void Emit(CaseEvent e)
    {
        var outcome = context.Machine.Apply(state, e);
        if (!outcome.Applied)
            throw new InvalidOperationException($"Simulated {e.Type} for case {CaseId} ({Profile.Id}) was refused: {outcome.Refusal}");
        state = outcome.State;
        events.Add(e);
        openAfter.Add(State.IsOpen);
    }

    private Guid NewId() => random.NextGuid();

    private enum Pace { OnTime, Late }

    private Pace PaceOf(double lateShare) => random.Chance(lateShare) ? Pace.Late : Pace.OnTime;

    private Pace AgencyPace(string agencyId) =>
        PaceOf(context.Lateness.LateShare(agencyId) * (State.IsEmergency ? 0.5 : 1));

    /// <summary>
    /// When the action that completes <paramref name="step"/> happens: within the step's deadline when on time (mostly
    /// well within), after it when late. Where the plan puts no clock on the step, <paramref name="typical"/> stands in.
    /// A step that escalates (004 Điều 9.1.b) is, when late, answered half the time by the agency head in time.
    /// </summary>
    private DateTimeOffset When(SlaStep step, Pace pace, SlaDuration typical)
    {
        var last = State.LastEventAt;
        var deadlines = Deadlines;
        DateTimeOffset due;
        DateTimeOffset? headDue = null;
        bool clock;
        if (deadlines.Current is { } current && current.Step == step && current.DueAt > last)
        {
            (due, clock) = (current.DueAt, current.ClockTime);
            headDue = deadlines.Escalation?.DueAt;
        }
        else
        {
            clock = typical.IsClock;
            due = Calendar.Add(last, typical);
        }

        var window = Calendar.Measure(last, due, clock);
        DateTimeOffset at;
        if (pace == Pace.OnTime)
            at = Add(last, window * (0.05 + 0.8 * Math.Pow(random.NextDouble(), 1.6)), clock);
        else if (headDue is { } head && head > due && random.Chance(0.5))
            at = Add(due, Calendar.Measure(due, head, clock) * random.Between(0.1, 0.9), clock);
        else
            at = Add(headDue ?? due, Max(window * random.Between(0.1, 1.0), TimeSpan.FromMinutes(15)), clock);
        return Settle(Compress(last, at, clock));
    }

    /// <summary>When the reporter acts: clock time, any day, but a night-time reply waits for the morning.</summary>
    private DateTimeOffset ReporterWhen(double minHours, double maxHours)
    {
        var at = (State.LastEventAt + TimeSpan.FromHours(random.Between(minHours, maxHours) / speed)).ToOffset(ArrivalCurve.Vietnam);
        if (at.Hour < 6)
            at = new DateTimeOffset(at.Date.AddHours(6).AddMinutes(random.Next(0, 120)), ArrivalCurve.Vietnam);
        return Settle(at);
    }

    /// <summary>Demo speed: the time from the last event is divided by the speed.</summary>
    private DateTimeOffset Compress(DateTimeOffset last, DateTimeOffset at, bool clock) =>
        speed == 1 || at <= last ? at : Add(last, Calendar.Measure(last, at, clock) / speed, clock);

    /// <summary>Whole seconds, Vietnam time, and a minute or two after the previous event so the order reads naturally.</summary>
    private DateTimeOffset Settle(DateTimeOffset at)
    {
        var earliest = State.LastEventAt + TimeSpan.FromSeconds(random.Next(20, 120));
        var ticks = Math.Max(at.UtcTicks, earliest.UtcTicks);
        ticks = (ticks + TimeSpan.TicksPerSecond - 1) / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond;
        return new DateTimeOffset(ticks, TimeSpan.Zero).ToOffset(ArrivalCurve.Vietnam);
    }

    private DateTimeOffset Add(DateTimeOffset from, TimeSpan amount, bool clock) =>
        clock ? (from + amount).ToOffset(ArrivalCurve.Vietnam) : Calendar.AddWorkingTime(from, amount);

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static DateTimeOffset FloorToMinute(DateTimeOffset t) =>
        new DateTimeOffset(t.UtcTicks / TimeSpan.TicksPerMinute * TimeSpan.TicksPerMinute, TimeSpan.Zero).ToOffset(ArrivalCurve.Vietnam);

    /// <summary>The deadline in force for <paramref name="step"/> if the case is in it (after escalation), else null.</summary>
    private DateTimeOffset? DueOf(SlaStep step) =>
        Deadlines is { Current: { } current } deadlines && current.Step == step
            ? deadlines.Escalation?.DueAt ?? current.DueAt
            : null;

    /// <summary>The planner's deadlines for the current state, computed once per state (several steps ask).</summary>
    private CaseDeadlines Deadlines
    {
        get
        {
            if (!ReferenceEquals(planned.State, State))
                planned = (State, Planner.Plan(State));
            return planned.Deadlines!;
        }
    }

    private bool PlanHas(SlaStep step) =>
        Profile.PlanFor(State.IsEmergency, !State.CoordinatingAgencyIds.IsEmpty).Any(rule => rule.Step == step);
}
