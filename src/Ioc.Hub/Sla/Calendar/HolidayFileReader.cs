using System.Globalization;
using System.Text.Json;

namespace Ioc.Hub.Sla.Calendar;

/// <summary>
/// Reads the per-year files (vn-YYYY.json). Parsed by hand from a <see cref="JsonDocument"/> so that every
/// error names the file, the field (e.g. days[3].kind) and the reason, for the admin who edited it.
/// </summary>
internal static class HolidayFileReader
{
    private const string Pattern = "vn-*.json";

    public static IReadOnlyList<HolidayYear> ReadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new CalendarDataException($"{directory}: directory not found; expected the calendar files {Pattern}.");
        }

        return [.. Directory.EnumerateFiles(directory, Pattern).Order(StringComparer.Ordinal).Select(ReadFile)];
    }

    public static HolidayYear ReadFile(string path)
    {
        var file = Path.GetFileName(path);
        using var stream = File.OpenRead(path);
        return Read(stream, file);
    }

    public static HolidayYear Read(Stream json, string file)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            throw new CalendarDataException($"{file}: (document): invalid JSON at line {ex.LineNumber + 1}: {ex.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new CalendarDataException($"{file}: (document): expected a JSON object, found {root.ValueKind}.");
            }

            var year = Required(root, "year", JsonValueKind.Number, file, "year");
            if (!year.TryGetInt32(out var yearNumber) || yearNumber is < 1 or > 9999)
            {
                throw new CalendarDataException($"{file}: year: {year.GetRawText()} is not a valid year.");
            }

            // One file per year, named after it, so an admin never edits a year in the wrong file.
            var expectedFile = $"vn-{yearNumber:D4}.json";
            if (!string.Equals(file, expectedFile, StringComparison.OrdinalIgnoreCase))
            {
                throw new CalendarDataException($"{file}: year: {yearNumber} does not match the file name (expected {expectedFile}).");
            }

            var provisional = root.TryGetProperty("provisional", out var p) ? p.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw new CalendarDataException($"{file}: provisional: expected true or false, found {p.ValueKind}."),
            } : false;
            var source = Required(root, "source", JsonValueKind.String, file, "source").GetString()!;
            var days = Required(root, "days", JsonValueKind.Array, file, "days");

            var list = new List<CalendarDay>(days.GetArrayLength());
            var index = 0;
            foreach (var day in days.EnumerateArray())
            {
                list.Add(ReadDay(day, file, $"days[{index++}]"));
            }

            var result = new HolidayYear(yearNumber, provisional, source, list);
            HolidayYearValidator.Validate(result, file);
            return result;
        }
    }

    private static CalendarDay ReadDay(JsonElement day, string file, string field)
    {
        if (day.ValueKind != JsonValueKind.Object)
        {
            throw new CalendarDataException($"{file}: {field}: expected an object, found {day.ValueKind}.");
        }

        var dateText = Required(day, "date", JsonValueKind.String, file, $"{field}.date").GetString();
        if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new CalendarDataException($"{file}: {field}.date: '{dateText}' is not a date in the form yyyy-MM-dd.");
        }

        var kindText = Required(day, "kind", JsonValueKind.String, file, $"{field}.kind").GetString();
        var kind = kindText switch
        {
            "holiday" => CalendarDayKind.Holiday,
            "makeUpWorkingDay" => CalendarDayKind.MakeUpWorkingDay,
            _ => throw new CalendarDataException($"{file}: {field}.kind: unknown kind '{kindText}' (expected 'holiday' or 'makeUpWorkingDay')."),
        };
        var name = Required(day, "name", JsonValueKind.String, file, $"{field}.name").GetString()!;
        return new CalendarDay(date, kind, name);
    }

    private static JsonElement Required(JsonElement parent, string property, JsonValueKind kind, string file, string field)
    {
        if (!parent.TryGetProperty(property, out var value))
        {
            throw new CalendarDataException($"{file}: {field}: missing.");
        }

        if (value.ValueKind != kind)
        {
            throw new CalendarDataException($"{file}: {field}: expected {Describe(kind)}, found {value.ValueKind}.");
        }

        return value;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Number => "a number",
        JsonValueKind.String => "a string",
        JsonValueKind.Array => "an array",
        _ => kind.ToString(),
    };
}
