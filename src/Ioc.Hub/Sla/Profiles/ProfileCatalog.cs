using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ioc.Hub.Sla.Calendar;
using Ioc.Hub.Sla.Deadlines;

namespace Ioc.Hub.Sla.Profiles;

/// <summary>The province profiles in force, each with its calendar, loaded and validated at start-up.</summary>
public sealed partial class ProfileCatalog
{
    /// <summary>The national civil-service holiday schedule: the only calendar the seeds refer to.</summary>
    public const string NationalCalendar = "vn";

    // Replaced whole (never mutated) when administrators edit the calendar, so a reader sees one schedule or the other.
    private volatile Dictionary<string, DeadlinePlanner> planners;
    private volatile HolidaySchedule holidays;

    public ProfileCatalog(IEnumerable<SlaProfile> profiles, HolidaySchedule holidays)
    {
        planners = Plan(profiles, holidays);
        this.holidays = holidays;
        ShippedHolidays = holidays;
    }

    /// <summary>The schedule in force: the shipped files plus administrators' edits once they are applied.</summary>
    public HolidaySchedule Holidays => holidays;

    /// <summary>The schedule as loaded from the files, before any administrator's edit.</summary>
    public HolidaySchedule ShippedHolidays { get; }

    /// <summary>
    /// Puts <paramref name="schedule"/> in force for every profile: deadlines planned from now on use it. The engine
    /// stays pure (each planner and calendar is immutable); only which planner <see cref="Get"/> returns changes.
    /// </summary>
    public void UseHolidays(HolidaySchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var current = planners;
        planners = Plan(current.Values.Select(p => p.Profile), schedule);
        holidays = schedule;
    }

    private static Dictionary<string, DeadlinePlanner> Plan(IEnumerable<SlaProfile> profiles, HolidaySchedule holidays) =>
        profiles.ToDictionary(p => p.Id, p => new DeadlinePlanner(p, new WorkingCalendar(p.OfficeHours, holidays)), StringComparer.Ordinal);

    public IEnumerable<string> Ids => planners.Keys.Order(StringComparer.Ordinal);

    public IEnumerable<SlaProfile> Profiles => planners.Values.Select(p => p.Profile).OrderBy(p => p.Id, StringComparer.Ordinal);

    public bool TryGet(string id, [NotNullWhen(true)] out DeadlinePlanner? planner) => planners.TryGetValue(id, out planner);

    public DeadlinePlanner Get(string id) =>
        TryGet(id, out var planner) ? planner : throw new KeyNotFoundException($"Unknown SLA profile '{id}'.");

    /// <summary>The profiles and calendars shipped beside the binary (Sla/Profiles, Sla/Calendars).</summary>
    public static ProfileCatalog LoadDefault() => Load(
        Path.Combine(AppContext.BaseDirectory, "Sla", "Profiles"),
        HolidaySchedule.LoadDefault());

    /// <summary>Reads every *.json profile in a folder; throws <see cref="ProfileValidationException"/> listing every problem.</summary>
    public static ProfileCatalog Load(string directory, HolidaySchedule holidays)
    {
        var files = Directory.Exists(directory) ? Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal).ToList() : [];
        if (files.Count == 0)
            throw new ProfileValidationException([new ProfileError(directory, "(folder)", "no profile files found.")]);

        var errors = new List<ProfileError>();
        var profiles = new List<SlaProfile>();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            if (Read(file, name, errors) is not { } profile)
                continue;
            errors.AddRange(ProfileValidator.Validate(profile, name, [NationalCalendar]));
            if (profiles.Any(p => p.Id == profile.Id))
                errors.Add(new ProfileError(name, "id", $"profile id '{profile.Id}' is used by another file."));
            profiles.Add(profile);
        }
        if (errors.Count > 0)
            throw new ProfileValidationException(errors);
        return new ProfileCatalog(profiles, holidays);
    }

    private static SlaProfile? Read(string path, string name, List<ProfileError> errors)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var profile = JsonSerializer.Deserialize<SlaProfile>(stream, ProfileJson.Options);
            if (profile is null)
                errors.Add(new ProfileError(name, "$", "the file holds null."));
            return profile;
        }
        catch (JsonException ex)
        {
            // The serializer names the JSON path of the first problem (e.g. "$.normal[2].step").
            var field = ex.Path is { Length: > 0 } jsonPath ? jsonPath.TrimStart('$', '.') : "";
            var reason = ex.InnerException?.Message ?? FirstLine(ex.Message);
            // A missing property is reported on its object; name the property itself.
            if (MissingProperties().Match(reason) is { Success: true } missing)
            {
                field = field.Length == 0 ? missing.Groups[1].Value : $"{field}.{missing.Groups[1].Value}";
                reason = "is missing: write every property, with null where the schema allows none (e.g. \"duration\": null, \"maxCount\": null).";
            }
            errors.Add(new ProfileError(name, field.Length == 0 ? "(document)" : field, reason));
            return null;
        }
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();

    [GeneratedRegex(@"missing required properties including: '([^']+)'")]
    private static partial Regex MissingProperties();
}
