using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ioc.Hub.Cases.Events;

/// <summary>The one JSON shape of events: camelCase properties, kebab-case enum values, "type" anywhere in the object.</summary>
public static class CaseEventJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>Every "type" value of contract v1, in declaration order.</summary>
    public static IReadOnlyList<string> TypeNames { get; } =
        [.. Options.GetTypeInfo(typeof(CaseEvent)).PolymorphismOptions!.DerivedTypes.Select(d => (string)d.TypeDiscriminator!)];

    private static readonly Dictionary<string, Type> TypesByName =
        Options.GetTypeInfo(typeof(CaseEvent)).PolymorphismOptions!.DerivedTypes
            .ToDictionary(d => (string)d.TypeDiscriminator!, d => d.DerivedType, StringComparer.Ordinal);

    /// <summary>The CLR type registered for a "type" value (case-sensitive, as on the wire).</summary>
    public static bool TryGetEventType(string typeName, [NotNullWhen(true)] out Type? type) =>
        TypesByName.TryGetValue(typeName, out type);

    public static string Serialize(CaseEvent e) => JsonSerializer.Serialize(e, Options);

    /// <summary>Reads one event; throws <see cref="JsonException"/> with the path of the first problem.</summary>
    public static CaseEvent Deserialize(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<CaseEvent>(json, Options) ?? throw new JsonException("The event is null.", "$", null, null);
        }
        catch (NotSupportedException ex)
        {
            // The serializer reports an object without "type" this way; callers expect one exception type for bad input.
            throw new JsonException(ex.Message, "$", null, null, ex);
        }
    }

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
            // The Web defaults read "2" as 2; a contract has one spelling per value, and a duplicated key would be last-wins.
            NumberHandling = JsonNumberHandling.Strict,
            AllowDuplicateProperties = false,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.Converters.Add(new ExplicitOffsetConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
