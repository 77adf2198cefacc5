using Ioc.Hub.Sla.Calendar;

namespace Ioc.Hub.Tests.Sla.Calendar;

/// <summary>An admin edits these files by hand: every mistake must name the file, the field and the reason.</summary>
public sealed class CalendarFileValidationTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("ioc-calendar-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private CalendarDataException LoadFails(string fileName, string json)
    {
        File.WriteAllText(Path.Combine(directory, fileName), json);
        return Assert.Throws<CalendarDataException>(() => HolidaySchedule.LoadDirectory(directory));
    }

    private static string Year2026(string days) =>
        $$"""{ "year": 2026, "provisional": false, "source": "test", "days": [ {{days}} ] }""";

    [Fact]
    public void AValidFileLoads()
    {
        File.WriteAllText(Path.Combine(directory, "vn-2026.json"), Year2026("""
            { "date": "2026-01-01", "kind": "holiday", "name": "Tết Dương lịch" },
            { "date": "2026-01-10", "kind": "makeUpWorkingDay", "name": "Làm bù" }
            """));

        var schedule = HolidaySchedule.LoadDirectory(directory);

        Assert.True(schedule.IsHoliday(new(2026, 1, 1)));
        Assert.True(schedule.IsMakeUpWorkingDay(new(2026, 1, 10)));
        Assert.Equal("test", schedule.GetYear(2026).Source);
    }

    [Fact]
    public void AnUnknownKindIsNamed()
    {
        var error = LoadFails("vn-2026.json", Year2026("""{ "date": "2026-01-01", "kind": "vacation", "name": "x" }"""));

        Assert.Contains("vn-2026.json", error.Message);
        Assert.Contains("days[0].kind", error.Message);
        Assert.Contains("unknown kind 'vacation'", error.Message);
    }

    [Fact]
    public void ADateOutsideTheFilesYearIsRefused()
    {
        var error = LoadFails("vn-2026.json", Year2026("""
            { "date": "2026-01-01", "kind": "holiday", "name": "a" },
            { "date": "2027-01-01", "kind": "holiday", "name": "b" }
            """));

        Assert.Contains("vn-2026.json: days[1].date", error.Message);
        Assert.Contains("outside the year 2026", error.Message);
    }

    [Fact]
    public void AMakeUpDayOnAWeekdayIsRefused()
    {
        var error = LoadFails("vn-2026.json", Year2026("""{ "date": "2026-01-09", "kind": "makeUpWorkingDay", "name": "x" }"""));

        Assert.Contains("vn-2026.json: days[0].date", error.Message);
        Assert.Contains("not a weekend day", error.Message);
    }

    [Fact]
    public void ADateListedTwiceIsRefused()
    {
        var error = LoadFails("vn-2026.json", Year2026("""
            { "date": "2026-09-02", "kind": "holiday", "name": "Quốc khánh" },
            { "date": "2026-09-02", "kind": "holiday", "name": "Quốc khánh again" }
            """));

        Assert.Contains("vn-2026.json: days[1].date", error.Message);
        Assert.Contains("listed twice", error.Message);
    }

    [Fact]
    public void BrokenJsonIsReportedWithItsLine()
    {
        var error = LoadFails("vn-2026.json", "{ \"year\": 2026,\n \"days\": [ }");

        Assert.Contains("vn-2026.json", error.Message);
        Assert.Contains("invalid JSON at line 2", error.Message);
    }

    [Fact]
    public void AMalformedDateIsNamed()
    {
        var error = LoadFails("vn-2026.json", Year2026("""{ "date": "02/09/2026", "kind": "holiday", "name": "x" }"""));

        Assert.Contains("vn-2026.json: days[0].date", error.Message);
        Assert.Contains("yyyy-MM-dd", error.Message);
    }

    [Fact]
    public void AMissingSourceIsRefused()
    {
        var error = LoadFails("vn-2026.json", """{ "year": 2026, "days": [] }""");

        Assert.Contains("vn-2026.json: source: missing", error.Message);
    }

    [Fact]
    public void AMissingNameIsRefused()
    {
        var error = LoadFails("vn-2026.json", Year2026("""{ "date": "2026-01-01", "kind": "holiday" }"""));

        Assert.Contains("vn-2026.json: days[0].name: missing", error.Message);
    }

    [Fact]
    public void AYearThatDoesNotMatchTheFileNameIsRefused()
    {
        var error = LoadFails("vn-2025.json", Year2026(""));

        Assert.Contains("vn-2025.json: year", error.Message);
        Assert.Contains("expected vn-2026.json", error.Message);
    }

    [Fact]
    public void AYearOfTheWrongTypeIsRefused()
    {
        var error = LoadFails("vn-2026.json", """{ "year": "2026", "source": "s", "days": [] }""");

        Assert.Contains("vn-2026.json: year: expected a number", error.Message);
    }

    [Fact]
    public void AMissingDirectoryIsReported()
    {
        var missing = Path.Combine(directory, "nope");

        var error = Assert.Throws<CalendarDataException>(() => HolidaySchedule.LoadDirectory(missing));

        Assert.Contains(missing, error.Message);
    }

    [Fact]
    public void FilesThatAreNotCalendarsAreIgnored()
    {
        File.WriteAllText(Path.Combine(directory, "readme.json"), "not json at all");

        Assert.Empty(HolidaySchedule.LoadDirectory(directory).ShippedYears);
    }
}
