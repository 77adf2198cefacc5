using System.Text.Json.Nodes;
using Ioc.Hub.Sla.Calendar;
using Ioc.Hub.Sla.Profiles;

namespace Ioc.Hub.Tests.Sla.Profiles;

/// <summary>A bad profile file stops the start-up with the file, the field and the reason, for the admin who edited it.</summary>
public sealed class ProfileFileValidationTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("ioc-profiles-");

    public void Dispose() => folder.Delete(recursive: true);

    /// <summary>
    /// Loads the shipped Khánh Hòa profile with one edit, from a folder of its own as "bad.json", and returns the error
    /// reported on <paramref name="field"/> (an edit may cause others, e.g. a moved step breaks the next one's milestone).
    /// </summary>
    private ProfileError ErrorAt(string field, Action<JsonObject> edit)
    {
        var profile = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Sla", "Profiles", "khanh-hoa.json")))!.AsObject();
        edit(profile);
        File.WriteAllText(Path.Combine(folder.FullName, "bad.json"), profile.ToJsonString());

        var ex = Assert.Throws<ProfileValidationException>(() => ProfileCatalog.Load(folder.FullName, new HolidaySchedule([])));
        Assert.All(ex.Errors, e => Assert.Equal("bad.json", e.File));
        return Assert.Single(ex.Errors, e => e.Field == field);
    }

    private static JsonObject Step(JsonObject profile, int index) => profile["normal"]![index]!.AsObject();

    [Fact]
    public void TheUnchangedFileLoads()
    {
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Sla", "Profiles", "khanh-hoa.json"), Path.Combine(folder.FullName, "good.json"));

        Assert.Equal(["khanh-hoa"], ProfileCatalog.Load(folder.FullName, new HolidaySchedule([])).Ids);
    }

    [Fact]
    public void AnUnknownStepIsRejectedWithTheKnownSteps()
    {
        var error = ErrorAt("normal[1].step", p => Step(p, 1)["step"] = "inspection");

        Assert.Contains("'inspection' is not a known sla-step", error.Reason);
        Assert.Contains("coordination-request", error.Reason);
    }

    [Fact]
    public void ANegativeDurationIsRejected()
    {
        var error = ErrorAt("normal[2].duration", p => Step(p, 2)["duration"] = new JsonObject { ["workingDays"] = -5 });

        Assert.Contains("must be positive", error.Reason);
    }

    [Fact]
    public void AMissingCalendarIsRejected()
    {
        var error = ErrorAt("calendar", p => p.Remove("calendar"));

        Assert.Contains("is missing", error.Reason);
    }

    [Fact]
    public void AnUnknownCalendarIsRejectedWithTheKnownOnes()
    {
        var error = ErrorAt("calendar", p => p["calendar"] = "lunar-only");

        Assert.Contains("unknown calendar 'lunar-only'; known: vn", error.Reason);
    }

    [Fact]
    public void AStepOutOfOrderIsRejected()
    {
        // Publication before approval.
        var error = ErrorAt("normal[4].step", p =>
        {
            var steps = p["normal"]!.AsArray();
            var approval = steps[3]!;
            steps.RemoveAt(3);
            steps.Add(approval);
        });

        Assert.Contains("'Approval' is out of order", error.Reason);
    }

    [Fact]
    public void AStepCountingFromAMilestoneNoEarlierStepReachesIsRejected()
    {
        var error = ErrorAt("normal[2].from", p => Step(p, 2)["from"] = "approved");

        Assert.Contains("'Approved' is not reached by any earlier step", error.Reason);
    }

    [Fact]
    public void ABadDurationUnitIsRejectedWithTheKnownUnits()
    {
        var error = ErrorAt("normal[0].duration", p => Step(p, 0)["duration"] = new JsonObject { ["workingWeeks"] = 1 });

        Assert.Contains("unknown duration unit 'workingWeeks'", error.Reason);
        Assert.Contains("clockHours", error.Reason);
    }

    [Fact]
    public void AForgottenDurationIsRejectedAsNullMustBeWrittenOnPurpose()
    {
        var error = ErrorAt("normal[1].duration", p => Step(p, 1).Remove("duration"));

        Assert.Contains("\"duration\": null", error.Reason);
    }

    [Fact]
    public void AStepWithoutATimeLimitCannotEscalate()
    {
        var error = ErrorAt("emergency[2].escalateTo", p => p["emergency"]![2]!["escalateTo"] = new JsonObject
        {
            ["holder"] = "agency-head", ["duration"] = new JsonObject { ["workingHours"] = 8 }, ["from"] = "accepted", ["article"] = "x",
        });

        Assert.Contains("cannot escalate", error.Reason);
    }

    [Fact]
    public void AnUnknownPropertyIsRejected()
    {
        var error = ErrorAt("dueSoonn", p => p["dueSoonn"] = 4);

        Assert.Contains("could not be mapped", error.Reason);
    }

    [Fact]
    public void AStepWithoutAnArticleIsRejected()
    {
        var error = ErrorAt("normal[0].article", p => Step(p, 0)["article"] = " ");

        Assert.Contains("cite the seed article", error.Reason);
    }

    [Fact]
    public void OfficeHoursWithOverlappingSessionsAreRejected()
    {
        var error = ErrorAt("officeHours", p => p["officeHours"]![1]!["start"] = "11:00");

        Assert.Contains("must not overlap", error.Reason);
    }
}
