using System.Globalization;
using System.Text.Json;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Cases.Events.Validation;

namespace Ioc.Hub.Ingest;

/// <summary>
/// A request body read as events: one event object, or an array of them. Every event is parsed and validated before
/// anything is decided, so a producer learns all its mistakes from one answer. Field names in <see cref="Errors"/>
/// carry the event's index in an array body (<c>[3].location.latitude</c>; <c>[3]</c> for the event as a whole) and
/// none for a single-object body (docs/ingest.md, "Errors").
/// </summary>
internal sealed class IngestBatch
{
    private IngestBatch(bool isArray, IReadOnlyList<CaseEvent?> events, Dictionary<string, string[]> errors)
    {
        IsArray = isArray;
        Events = events;
        Errors = errors;
    }

    public bool IsArray { get; }

    /// <summary>One entry per event of the body, in order; null where the JSON did not read as an event.</summary>
    public IReadOnlyList<CaseEvent?> Events { get; }

    /// <summary>Contract violations by field; empty when every event conforms.</summary>
    public Dictionary<string, string[]> Errors { get; }

    /// <summary>How many events break the contract.</summary>
    public int InvalidCount { get; private init; }

    /// <summary>Parses <paramref name="body"/>; returns null with <paramref name="problem"/> when it is no event or array at all.</summary>
    public static IngestBatch? Read(ReadOnlyMemory<byte> body, CaseEventValidator validator, int maxBatch, out BodyProblem? problem)
    {
        problem = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            problem = new BodyProblem(StatusCodes.Status400BadRequest,
                string.Create(CultureInfo.InvariantCulture, $"The body is not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}): {FirstSentence(ex.Message)}"));
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
                return Validate(isArray: false, [root], validator);
            if (root.ValueKind != JsonValueKind.Array)
            {
                problem = new BodyProblem(StatusCodes.Status400BadRequest, "The body must be one event (a JSON object) or a JSON array of events.");
                return null;
            }
            var count = root.GetArrayLength();
            if (count == 0)
            {
                problem = new BodyProblem(StatusCodes.Status400BadRequest, "The batch is empty: send at least one event.");
                return null;
            }
            if (count > maxBatch)
            {
                problem = new BodyProblem(StatusCodes.Status413PayloadTooLarge, string.Create(CultureInfo.InvariantCulture,
                    $"The batch has {count} events; at most {maxBatch} are accepted in one request. Split it into smaller batches."));
                return null;
            }
            return Validate(isArray: true, [.. root.EnumerateArray()], validator);
        }
    }

    private static IngestBatch Validate(bool isArray, IReadOnlyList<JsonElement> items, CaseEventValidator validator)
    {
        var events = new CaseEvent?[items.Count];
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var invalid = 0;
        for (var i = 0; i < items.Count; i++)
        {
            validator.TryParseAndValidate(items[i].GetRawText(), out var e, out var violations);
            events[i] = e;
            if (violations.Count > 0)
                invalid++;
            foreach (var violation in violations)
            {
                var field = isArray ? IndexedField(i, violation.Field) : violation.Field;
                if (!errors.TryGetValue(field, out var messages))
                    errors[field] = messages = [];
                messages.Add(violation.Message);
            }
        }
        return new IngestBatch(isArray, events, errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal)) { InvalidCount = invalid };
    }

    private static string IndexedField(int index, string field)
    {
        var prefix = "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
        return field.Length == 0 ? prefix : field.StartsWith('[') ? prefix + field : $"{prefix}.{field}";
    }

    /// <summary>The reader's message without its " LineNumber: … | BytePositionInLine: …" tail, restated above in one-based words.</summary>
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}

/// <summary>Why a body could not even be split into events: status (400 or 413) and an explanation for the producer.</summary>
internal sealed record BodyProblem(int Status, string Detail);
