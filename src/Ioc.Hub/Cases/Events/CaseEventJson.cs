using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ioc.Hub.Cases.Events;

/// <summary>The one JSON shape of events: camelCase properties, kebab-case enum values, "type" anywhere in the object.</summary>
public static class CaseEventJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static string Serialize(CaseEvent e) => JsonSerializer.Serialize(e, Options);

    /// <summary>Reads one event; throws <see cref="JsonException"/> with the path of the first problem.</summary>
    public static CaseEvent Deserialize(string json) =>
        JsonSerializer.Deserialize<CaseEvent>(json, Options) ?? throw new JsonException("The event is null.");

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            // Producers (and redis-cli users) should not have to put "type" first.
            AllowOutOfOrderMetadataProperties = true,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
