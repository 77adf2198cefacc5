using Ioc.Hub.Sla.Calendar;

namespace Ioc.Hub.Sla.Profiles;

/// <summary>Checks a deserialized profile against the rules the engine relies on, reporting every problem.</summary>
public static class ProfileValidator
{
    public static IReadOnlyList<ProfileError> Validate(SlaProfile p, string file, IReadOnlyCollection<string> knownCalendars)
    {
        var errors = new List<ProfileError>();
        void Error(string field, string reason) => errors.Add(new ProfileError(file, field, reason));

        if (string.IsNullOrWhiteSpace(p.Id))
            Error("id", "is required.");
        if (string.IsNullOrWhiteSpace(p.Calendar))
            Error("calendar", "is required: name the holiday schedule, e.g. \"vn\".");
        else if (!knownCalendars.Contains(p.Calendar))
            Error("calendar", $"unknown calendar '{p.Calendar}'; known: {string.Join(", ", knownCalendars)}.");

        ValidatePlan(p.Normal, "normal", required: true, Error);
        if (p.Coordinated is not null)
            ValidatePlan(p.Coordinated, "coordinated", required: true, Error);
        ValidatePlan(p.Emergency, "emergency", required: p.EmergencyCategories.Count > 0, Error);
        if (p.Emergency.Count > 0 && p.EmergencyCategories.Count == 0)
            Error("emergencyCategories", "an emergency plan needs at least one emergency category.");
        Duplicates(p.EmergencyCategories.Select(c => c.Code), "emergencyCategories", Error);

        Positive(p.DueSoon.Normal, "dueSoon.normal", Error);
        Positive(p.DueSoon.Emergency, "dueSoon.emergency", Error);
        if (p.Extensions.MaxCount is < 0)
            Error("extensions.maxCount", "must be 0 or more (null for no limit).");
        if (p.Extensions.Verification is { } verification)
            Positive(verification.Duration, "extensions.verification.duration", Error);
        if (p.Reschedules is { } reschedules)
        {
            if (reschedules.Limits.Count == 0)
                Error("reschedules.limits", "needs at least one limit (omit reschedules for none).");
            for (var i = 0; i < reschedules.Limits.Count; i++)
                Positive(reschedules.Limits[i], $"reschedules.limits[{i}]", Error);
        }
        if (p.Clarification is { } clarification)
            Positive(clarification.Duration, "clarification.duration", Error);
        if (p.FollowUp is { } followUp)
            Positive(followUp.Duration, "followUp.duration", Error);
        if (p.Redo.FormatFix is { } format)
            Positive(format.Duration, "redo.formatFix.duration", Error);
        if (p.Redo.Inaccurate is { } inaccurate)
            Positive(inaccurate.Duration, "redo.inaccurate.duration", Error);
        if (p.Redo.EmptyAnswer is { } empty)
            Positive(empty.Duration, "redo.emptyAnswer.duration", Error);

        Duplicates(p.Satisfaction.Select(l => l.Code), "satisfaction", Error);
        if (p.ReopenOnUnsatisfied && !p.Satisfaction.Any(l => !l.Satisfied))
            Error("reopenOnUnsatisfied", "needs an unsatisfied level on the satisfaction scale.");
        if (p.RetentionDays is <= 0)
            Error("retentionDays", "must be a positive number of days (null for none).");
        if (p.Reporting.CutoffDay is < 1 or > 28)
            Error("reporting.cutoffDay", "must be a day of the month from 1 to 28.");
        return errors;
    }

    private static void ValidatePlan(IReadOnlyList<StepRule> plan, string name, bool required, Action<string, string> error)
    {
        if (plan.Count == 0)
        {
            if (required)
                error(name, "needs at least one step.");
            return;
        }

        var produced = new HashSet<Milestone> { Milestone.Received };
        for (var i = 0; i < plan.Count; i++)
        {
            var step = plan[i];
            var field = $"{name}[{i}]";
            if (step.Step is SlaStep.Clarification or SlaStep.Redo or SlaStep.FollowUp)
                error($"{field}.step", $"'{step.Step}' is not a plan step: set it under clarification, redo or followUp.");
            if (i > 0 && step.Step <= plan[i - 1].Step)
                error($"{field}.step", $"'{step.Step}' is out of order or repeated: steps follow reception, acceptance, coordination-request, coordination, processing, approval, publication.");
            if (step.Duration is { } duration)
                Positive(duration, $"{field}.duration", error);
            else if (step.EscalateTo is not null)
                error($"{field}.escalateTo", "a step without a time limit has no deadline to miss, so it cannot escalate.");
            if (!produced.Contains(step.From))
                error($"{field}.from", $"'{step.From}' is not reached by any earlier step of the plan.");
            if (string.IsNullOrWhiteSpace(step.Article))
                error($"{field}.article", "cite the seed article that sets this deadline.");
            if (step.EscalateTo is { } escalation)
            {
                Positive(escalation.Duration, $"{field}.escalateTo.duration", error);
                if (!produced.Contains(escalation.From))
                    error($"{field}.escalateTo.from", $"'{escalation.From}' is not reached by any earlier step of the plan.");
            }
            if (step.Step.Produces() is { } milestone)
                produced.Add(milestone);
        }
    }

    private static void Positive(SlaDuration duration, string field, Action<string, string> error)
    {
        if (duration.Amount <= 0)
            error(field, $"must be positive, got {duration}.");
    }

    private static void Duplicates(IEnumerable<string> codes, string field, Action<string, string> error)
    {
        foreach (var code in codes.GroupBy(c => c).Where(g => g.Count() > 1))
            error(field, $"code '{code.Key}' appears more than once.");
    }
}
