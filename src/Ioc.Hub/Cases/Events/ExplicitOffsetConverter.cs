using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ioc.Hub.Cases.Events;

/// <summary>
/// Reads instants only when they carry an explicit offset ("+07:00" or "Z"). Without this the serializer silently
/// applies the reading machine's local offset to "2026-03-02T08:00:00", so the same event would mean different instants
/// on different servers, and no validator could tell afterwards.
/// </summary>
public sealed class ExplicitOffsetConverter : JsonConverter<DateTimeOffset>
{
    public const string Example = "2026-03-02T08:15:00+07:00";

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException(NotADateTime);
        }
        if (!reader.TryGetDateTimeOffset(out var value))
        {
            throw new JsonException(NotADateTime);
        }
        return HasExplicitOffset(reader.GetString()!) ? value : throw new JsonException(MissingOffset);
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value);

    internal const string NotADateTime = $"must be an ISO 8601 date-time with an offset, e.g. \"{Example}\"";
    internal const string MissingOffset = $"must carry an explicit UTC offset (\"+07:00\" or \"Z\"), e.g. \"{Example}\"";

    /// <summary>True when the time part of an ISO 8601 text ends with "Z" or a ±hh:mm offset.</summary>
    internal static bool HasExplicitOffset(string text)
    {
        var timeStart = text.IndexOfAny(['T', 't']);
        return timeStart >= 0 && text.AsSpan(timeStart).IndexOfAny("Zz+-") >= 0;
    }
}
