using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ioc.Hub.Sla.Calendar;
using Ioc.Hub.Sla.Deadlines;
using Ioc.Hub.Sla.Profiles;

namespace Ioc.Hub.Api;

/// <summary>"When will this be due?" for integrators and the UI: previews, profiles and calendars.</summary>
public static partial class SlaEndpoints
{
    public static IEndpointRouteBuilder MapSlaApi(this IEndpointRouteBuilder app)
    {
        // Regulation data (deadlines, office hours, holidays) is public: no personal data, needed by integrators.
        var api = app.MapGroup("/api").WithTags("SLA").AllowAnonymous();
        api.MapGet("/sla/preview", Preview);
        api.MapGet("/profiles", (ProfileCatalog catalog) => TypedResults.Ok(catalog.Profiles.Select(ProfileSummary.From)));
        api.MapGet("/calendar/{profile}/{year}", Calendar);
        return app;
    }

    private static IResult Preview(ProfileCatalog catalog, string? profile, string? receivedAt, string? emergency, string? coordinated)
    {
        var errors = new Dictionary<string, string[]>();
        DeadlinePlanner? planner = null;
        if (string.IsNullOrWhiteSpace(profile))
            errors["profile"] = ["is required: one of " + string.Join(", ", catalog.Ids) + "."];
        else if (!catalog.TryGet(profile, out planner))
            errors["profile"] = [$"unknown profile '{profile}'; known: {string.Join(", ", catalog.Ids)}."];

        DateTimeOffset received = default;
        if (string.IsNullOrWhiteSpace(receivedAt))
            errors["receivedAt"] = ["is required: an ISO-8601 instant such as 2026-04-24T15:30:00+07:00."];
        else if (!TryParseInstant(receivedAt, out received))
            errors["receivedAt"] = [$"'{receivedAt}' is not an ISO-8601 instant such as 2026-04-24T15:30:00+07:00."];

        var isEmergency = ParseFlag(emergency, "emergency", errors);
        var isCoordinated = ParseFlag(coordinated, "coordinated", errors);
        if (planner is not null && isEmergency && planner.Profile.Emergency.Count == 0)
            errors["emergency"] = [$"{planner.Profile.Name}'s regulation ({planner.Profile.Seed}) has no emergency procedure."];
        if (errors.Count > 0 || planner is null)
            return TypedResults.ValidationProblem(errors, title: "Invalid SLA preview request.");

        var preview = planner.PreviewPlan(received, isEmergency, isCoordinated);
        return TypedResults.Ok(new PreviewResponse(
            planner.Profile.Id,
            Local(received),
            isEmergency,
            isCoordinated && planner.Profile.Coordinated is not null && !isEmergency,
            [.. preview.Steps.Select(s => PreviewStep.From(s, planner))],
            [.. preview.Unscheduled.Select(r => UnscheduledStep.Of(r, planner))],
            preview.CaseDueAt is { } due ? Local(due) : null));
    }

    private static IResult Calendar(ProfileCatalog catalog, string profile, string year)
    {
        var errors = new Dictionary<string, string[]>();
        if (!catalog.TryGet(profile, out _))
            errors["profile"] = [$"unknown profile '{profile}'; known: {string.Join(", ", catalog.Ids)}."];
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < 2000 or > 2100)
            errors["year"] = [$"'{year}' is not a year from 2000 to 2100."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors, title: "Invalid calendar request.");

        var data = catalog.Holidays.GetYear(y);
        return TypedResults.Ok(new CalendarResponse(profile, data.Year, data.Provisional, data.Source,
            [.. data.Days.OrderBy(d => d.Date).Select(d => new CalendarDayResponse(
                d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Kebab(d.Kind), d.Name))]));
    }

    private static bool ParseFlag(string? value, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(value))
            return false;
        if (bool.TryParse(value, out var flag))
            return flag;
        errors[name] = [$"'{value}' is not true or false."];
        return false;
    }

    /// <summary>
    /// Accepts an ISO-8601 instant; without an offset it is Vietnam time. A '+' left unencoded in a query string
    /// arrives as a space ("…15:30:00 07:00"), so that form is read as the offset it was meant to be.
    /// </summary>
    internal static bool TryParseInstant(string text, out DateTimeOffset instant)
    {
        text = UnencodedPlus().Replace(text.Trim(), "+$1");
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed) || !text.Contains('T'))
        {
            instant = default;
            return false;
        }
        instant = parsed.Kind == DateTimeKind.Unspecified
            ? new DateTimeOffset(parsed, WorkingCalendar.VietnamTime.GetUtcOffset(parsed))
            : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        return true;
    }

    internal static DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, WorkingCalendar.VietnamTime);

    internal static string Kebab<T>(T value) where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    [GeneratedRegex(@" (\d{2}:\d{2})$")]
    private static partial Regex UnencodedPlus();

    /// <summary>
    /// The plan of a case received at <see cref="ReceivedAt"/>. <see cref="Unscheduled"/> lists the steps with no deadline
    /// yet (no time limit in the regulation, or counting from such a step); <see cref="CaseDueAt"/> is then null if the
    /// last step is among them.
    /// </summary>
    public sealed record PreviewResponse(
        string Profile, DateTimeOffset ReceivedAt, bool Emergency, bool Coordinated,
        IReadOnlyList<PreviewStep> Steps, IReadOnlyList<UnscheduledStep> Unscheduled, DateTimeOffset? CaseDueAt);

    public sealed record PreviewStep(string Step, string Holder, decimal? WorkingHours, decimal? ClockHours, DateTimeOffset StartsAt, DateTimeOffset DueAt, string Article)
    {
        internal static PreviewStep From(PlannedStep s, DeadlinePlanner planner)
        {
            var hours = (decimal)s.Length(planner.Calendar.OfficeHours.DayLength).TotalHours;
            return new PreviewStep(Kebab(s.Step), Kebab(s.Holder), s.ClockTime ? null : hours, s.ClockTime ? hours : null, Local(s.StartsAt), Local(s.DueAt), s.Article);
        }
    }

    /// <summary>A step placed only when the case gets there: its length (null for none) and the milestone it counts from.</summary>
    public sealed record UnscheduledStep(string Step, string Holder, decimal? WorkingHours, decimal? ClockHours, string From, string Article)
    {
        internal static UnscheduledStep Of(StepRule r, DeadlinePlanner planner)
        {
            decimal? hours = r.Duration is { } d ? (decimal)d.ToTimeSpan(planner.Calendar.OfficeHours.DayLength).TotalHours : null;
            var clock = r.Duration is { IsClock: true };
            return new UnscheduledStep(Kebab(r.Step), Kebab(r.Holder), clock ? null : hours, clock ? hours : null, Kebab(r.From), r.Article);
        }
    }

    public sealed record ProfileSummary(
        string Id, string Seed, string Name, string Regulation, IReadOnlyList<OfficeSessionResponse> OfficeHours, double WorkingDayHours,
        IReadOnlyList<string> Channels, IReadOnlyList<EmergencyCategory> EmergencyCategories, IReadOnlyList<SatisfactionLevel> Satisfaction, int? RetentionDays)
    {
        internal static ProfileSummary From(SlaProfile p) => new(
            p.Id, p.Seed, p.Name, p.Regulation,
            [.. p.OfficeHours.Sessions.Select(s => new OfficeSessionResponse(s.Start.ToString("HH:mm", CultureInfo.InvariantCulture), s.End.ToString("HH:mm", CultureInfo.InvariantCulture)))],
            p.OfficeHours.DayLength.TotalHours, p.Channels, p.EmergencyCategories, p.Satisfaction, p.RetentionDays);
    }

    public sealed record OfficeSessionResponse(string Start, string End);

    public sealed record CalendarResponse(string Profile, int Year, bool Provisional, string Source, IReadOnlyList<CalendarDayResponse> Days);

    public sealed record CalendarDayResponse(string Date, string Kind, string Name);
}
