using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using static System.FormattableString;

namespace Ioc.Hub.Cases.Events.Validation;

/// <summary>
/// Explains why a text did not read as an event. The serializer stops at its first problem and words it for .NET
/// developers ("could not be converted to System.Int64"); this walks the document against the serializer's own
/// metadata (<see cref="CaseEventJson.Options"/>) and words every problem for the producer. If it finds nothing,
/// the serializer's message is used, so a failure is never left unexplained.
/// </summary>
internal sealed class JsonShapeDiagnosis
{
    private const string GuidExample = "0b6f1d2e-4c1a-4f3e-9a57-2d8c5b7e1f40";
    private static readonly string KnownTypes = string.Join(", ", CaseEventJson.TypeNames);
    private readonly ViolationList _violations = new();

    public static IReadOnlyList<ContractViolation> Explain(string json, JsonException failure)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [new("", "the event is empty; expected a JSON object")];
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            return [new("", Malformed(ex))];
        }
        using (document)
        {
            var diagnosis = new JsonShapeDiagnosis();
            diagnosis.Root(document.RootElement);
            return diagnosis._violations.Count > 0 ? diagnosis._violations.ToList() : [FromException(failure)];
        }
    }

    private void Root(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            _violations.Add("", $"an event must be a JSON object, not {Describe(root)}");
            return;
        }
        if (OtherVersion(root) is { } version)
        {
            // Another version's shape differs by definition: its fields and types would only produce noise here.
            _violations.Add("version", Invariant($"contract version {version} is not supported; this consumer reads version {CaseEvent.ContractVersion}"));
            return;
        }
        var types = root.EnumerateObject().Where(p => p.NameEquals("type")).Select(p => p.Value).ToList();
        if (types.Count == 0)
        {
            _violations.Add("type", $"required property 'type' is missing; it names the event type, one of: {KnownTypes}");
            return;
        }
        if (types.Count > 1)
        {
            _violations.Add("type", "property 'type' appears more than once");
        }
        if (types[0].ValueKind != JsonValueKind.String)
        {
            _violations.Add("type", $"must be a string naming the event type, not {Describe(types[0])}; known types: {KnownTypes}");
            return;
        }
        var name = types[0].GetString()!;
        if (!CaseEventJson.TryGetEventType(name, out var eventType))
        {
            _violations.Add("type", $"unknown event type '{Quote(name)}'; known types: {KnownTypes}");
            return;
        }
        Object(root, CaseEventJson.Options.GetTypeInfo(eventType), "", isRoot: true);
    }

    private static long? OtherVersion(JsonElement root) =>
        root.TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.Number
            && version.TryGetInt64(out var number) && number != CaseEvent.ContractVersion
            ? number
            : null;

    private void Object(JsonElement element, JsonTypeInfo info, string path, bool isRoot = false)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            _violations.Add(path, $"must be a JSON object, not {Describe(element)}");
            return;
        }
        // Members marked [JsonIgnore] (Type, IsAnnotation) have neither getter nor setter; the serializer skips them.
        var properties = info.Properties.Where(p => p.Get is not null || p.Set is not null)
            .OrderBy(p => (p.AttributeProvider as MemberInfo)?.DeclaringType == typeof(CaseEvent) ? 0 : 1)
            .ToList();
        var ignored = info.Properties.Except(properties).Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var member in element.EnumerateObject())
        {
            if (isRoot && member.NameEquals("type"))
            {
                continue;
            }
            var property = properties.Find(p => string.Equals(p.Name, member.Name, StringComparison.OrdinalIgnoreCase));
            var field = Join(path, property?.Name ?? Quote(member.Name));
            if (!seen.Add(member.Name))
            {
                _violations.Add(field, $"property '{Quote(member.Name)}' appears more than once");
            }
            else if (property is not null)
            {
                Value(member.Value, property.PropertyType, field, property.IsSetNullable);
            }
            else if (!ignored.Contains(member.Name))
            {
                var allowed = (isRoot ? ["type"] : Array.Empty<string>()).Concat(properties.Select(p => p.Name));
                _violations.Add(field, $"unknown property '{Quote(member.Name)}'; allowed here: {string.Join(", ", allowed)}");
            }
        }
        foreach (var missing in properties.Where(p => IsRequired(p) && !seen.Contains(p.Name)))
        {
            _violations.Add(Join(path, missing.Name), $"required property '{missing.Name}' is missing");
        }
    }

    private static bool IsRequired(JsonPropertyInfo p) => p.IsRequired || p.AssociatedParameter is { HasDefaultValue: false };

    private void Value(JsonElement element, Type type, string field, bool nullable)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (element.ValueKind == JsonValueKind.Null)
        {
            if (!nullable && underlying is null)
            {
                _violations.Add(field, "must not be null; omit the field or give a value");
            }
            return;
        }
        type = underlying ?? type;
        var info = CaseEventJson.Options.GetTypeInfo(type);
        if (info.Kind == JsonTypeInfoKind.Object)
        {
            Object(element, info, field);
        }
        else if (info.Kind == JsonTypeInfoKind.Enumerable)
        {
            List(element, info.ElementType!, field);
        }
        else
        {
            Scalar(element, type, field);
        }
    }

    private void List(JsonElement element, Type elementType, string field)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            _violations.Add(field, $"must be a JSON array, not {Describe(element)}");
            return;
        }
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            // The serializer does not enforce nullability inside collections; the validator reports null entries.
            Value(item, elementType, Invariant($"{field}[{index++}]"), nullable: true);
        }
    }

    private void Scalar(JsonElement element, Type type, string field)
    {
        var problem = type switch
        {
            _ when type == typeof(string) => element.ValueKind == JsonValueKind.String ? null : $"must be a string, not {Describe(element)}",
            _ when type == typeof(bool) => element.ValueKind is JsonValueKind.True or JsonValueKind.False ? null : $"must be true or false, not {Describe(element)}",
            _ when type == typeof(int) => element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out _) ? null : Invariant($"must be a whole number between {int.MinValue} and {int.MaxValue}, not {Describe(element)}"),
            _ when type == typeof(long) => element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out _) ? null : Invariant($"must be a whole number between {long.MinValue} and {long.MaxValue}, not {Describe(element)}"),
            _ when type == typeof(double) => element.ValueKind == JsonValueKind.Number ? null : $"must be a number, not {Describe(element)}",
            _ when type == typeof(Guid) => element.ValueKind == JsonValueKind.String && element.TryGetGuid(out _) ? null : $"must be a GUID string such as \"{GuidExample}\", not {Describe(element)}",
            _ when type == typeof(DateTimeOffset) => DateTimeProblem(element),
            _ when type.IsEnum => EnumProblem(element, type),
            _ => null,
        };
        if (problem is not null)
        {
            _violations.Add(field, problem);
        }
    }

    private static string? DateTimeProblem(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.String || !element.TryGetDateTimeOffset(out _))
        {
            return $"{ExplicitOffsetConverter.NotADateTime}, not {Describe(element)}";
        }
        return ExplicitOffsetConverter.HasExplicitOffset(element.GetString()!) ? null : ExplicitOffsetConverter.MissingOffset;
    }

    /// <summary>Accepts what the enum converter accepts: the kebab-case wire name, or the C# name in any case.</summary>
    private static string? EnumProblem(JsonElement element, Type enumType)
    {
        var names = Enum.GetNames(enumType);
        var wireNames = string.Join(", ", names.Select(JsonNamingPolicy.KebabCaseLower.ConvertName));
        if (element.ValueKind != JsonValueKind.String)
        {
            return $"must be one of: {wireNames} (as a string), not {Describe(element)}";
        }
        var text = element.GetString()!;
        var known = names.Any(n => JsonNamingPolicy.KebabCaseLower.ConvertName(n) == text || string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        return known ? null : $"'{Quote(text)}' is not a valid value; expected one of: {wireNames}";
    }

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{Quote(element.GetString()!)}\"",
        JsonValueKind.Number => $"the number {Quote(element.GetRawText())}",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "an array",
        _ => "an object",
    };

    private static string Malformed(JsonException ex)
    {
        // The reader appends " LineNumber: … | BytePositionInLine: …."; the position is restated in one-based words.
        var reason = ex.Message;
        var cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
        reason = cut > 0 ? reason[..cut] : reason;
        return Invariant($"malformed JSON at line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}: {reason}");
    }

    private static ContractViolation FromException(JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return new ContractViolation(FieldOf(ex.Path), cut > 0 ? message[..cut] : message);
    }

    /// <summary>"$.location.latitude" → "location.latitude"; "$" → "" (the event as a whole).</summary>
    internal static string FieldOf(string? path) => path switch
    {
        null or "$" => "",
        _ when path.StartsWith("$.", StringComparison.Ordinal) => path[2..],
        _ when path.StartsWith('$') => path[1..],
        _ => path,
    };

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    /// <summary>Producer text inside a message: at most 64 characters, control characters shown as '?'.</summary>
    private static string Quote(string text)
    {
        var shown = text.Length > 64 ? string.Concat(text.AsSpan(0, 64), "…") : text;
        return string.Create(shown.Length, shown, (span, s) =>
        {
            for (var i = 0; i < s.Length; i++)
            {
                span[i] = char.IsControl(s[i]) ? '?' : s[i];
            }
        });
    }
}
