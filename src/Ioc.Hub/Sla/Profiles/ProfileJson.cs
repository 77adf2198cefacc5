using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ioc.Hub.Sla.Calendar;

namespace Ioc.Hub.Sla.Profiles;

/// <summary>The JSON shape of profile files: camelCase, kebab-case enum values, durations as {"workingDays": 0.5}.</summary>
public static class ProfileJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            RespectNullableAnnotations = true,
            // Every constructor parameter without a default must be written, so "duration": null (no time limit) and
            // "maxCount": null (no limit) are deliberate, never a forgotten key.
            RespectRequiredConstructorParameters = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            WriteIndented = true,
        };
        options.Converters.Add(new KebabEnumConverterFactory());
        options.Converters.Add(new SlaDurationConverter());
        options.Converters.Add(new OfficeHoursConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>A duration is an object with exactly one unit key: {"workingDays": 0.5}, {"clockHours": 1}.</summary>
    private sealed class SlaDurationConverter : JsonConverter<SlaDuration>
    {
        private static readonly Dictionary<string, SlaUnit> Units = new(StringComparer.Ordinal)
        {
            ["workingMinutes"] = SlaUnit.WorkingMinutes,
            ["workingHours"] = SlaUnit.WorkingHours,
            ["workingDays"] = SlaUnit.WorkingDays,
            ["clockMinutes"] = SlaUnit.ClockMinutes,
            ["clockHours"] = SlaUnit.ClockHours,
        };

        public override SlaDuration Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
                throw new JsonException("a duration is an object with one unit key, e.g. {\"workingDays\": 0.5}.");
            reader.Read();
            if (reader.TokenType != JsonTokenType.PropertyName)
                throw new JsonException("a duration needs one unit key: " + string.Join(", ", Units.Keys) + ".");
            var key = reader.GetString()!;
            if (!Units.TryGetValue(key, out var unit))
                throw new JsonException($"unknown duration unit '{key}'; use one of {string.Join(", ", Units.Keys)}.");
            reader.Read();
            if (reader.TokenType != JsonTokenType.Number)
                throw new JsonException($"'{key}' must be a number.");
            var amount = reader.GetDecimal();
            reader.Read();
            if (reader.TokenType != JsonTokenType.EndObject)
                throw new JsonException("a duration has exactly one unit key.");
            return new SlaDuration(amount, unit);
        }

        public override void Write(Utf8JsonWriter writer, SlaDuration value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteNumber(Units.First(u => u.Value == value.Unit).Key, value.Amount);
            writer.WriteEndObject();
        }
    }

    /// <summary>Enum values in kebab case ("coordination-request"); an unknown value is reported with the allowed ones.</summary>
    private sealed class KebabEnumConverterFactory : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(KebabEnumConverter<>).MakeGenericType(typeToConvert))!;
    }

    private sealed class KebabEnumConverter<T> : JsonConverter<T> where T : struct, Enum
    {
        private static readonly Dictionary<string, T> Values =
            Enum.GetValues<T>().ToDictionary(v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString()), StringComparer.Ordinal);

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            if (text is not null && Values.TryGetValue(text, out var value))
                return value;
            var found = text is null ? $"a {reader.TokenType}" : $"'{text}'";
            throw new JsonException($"{found} is not a known {JsonNamingPolicy.KebabCaseLower.ConvertName(typeof(T).Name)}; use one of {string.Join(", ", Values.Keys)}.");
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteStringValue(JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString()));
    }

    /// <summary>Office hours are a list of sessions: [{"start": "07:00", "end": "11:30"}, …].</summary>
    private sealed class OfficeHoursConverter : JsonConverter<OfficeHours>
    {
        public override OfficeHours Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var sessions = JsonSerializer.Deserialize<List<SessionJson>>(ref reader, options)
                ?? throw new JsonException("office hours are a list of sessions.");
            try
            {
                return new OfficeHours([.. sessions.Select(s => new OfficeSession(ParseTime(s.Start), ParseTime(s.End)))]);
            }
            catch (ArgumentException ex)
            {
                throw new JsonException(ex.Message, ex);
            }
        }

        public override void Write(Utf8JsonWriter writer, OfficeHours value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value.Sessions.Select(s => new SessionJson(s.Start.ToString("HH:mm", CultureInfo.InvariantCulture), s.End.ToString("HH:mm", CultureInfo.InvariantCulture))), options);

        private static TimeOnly ParseTime(string text) =>
            TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
                ? time
                : throw new JsonException($"'{text}' is not a time of day in HH:mm.");

        private sealed record SessionJson(string Start, string End);
    }
}
