using System.Text;
using System.Text.Json;

namespace Ioc.Hub.Streaming;

/// <summary>
/// Reads just enough of an entry's JSON to route it: its top-level <c>caseId</c>. Full validation is the
/// consumer's job; an entry that cannot even be routed is dead-lettered by the transport with this reason.
/// </summary>
public static class EventRouting
{
    public static bool TryReadCaseId(string json, out string caseId, out string error)
    {
        caseId = "";
        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                error = "The event is not a JSON object.";
                return false;
            }
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                // Same rule as CaseEventJson (web defaults): property names match case-insensitively.
                var isCaseId = string.Equals(reader.GetString(), "caseId", StringComparison.OrdinalIgnoreCase);
                reader.Read();
                if (isCaseId)
                {
                    if (reader.TokenType == JsonTokenType.String && reader.GetString() is { Length: > 0 } value)
                    {
                        caseId = value;
                        error = "";
                        return true;
                    }
                    error = "The event's 'caseId' is not a non-empty string.";
                    return false;
                }
                reader.Skip();
            }
            error = "The event has no 'caseId'.";
            return false;
        }
        catch (JsonException ex)
        {
            error = $"The event is not valid JSON: {ex.Message}";
            return false;
        }
    }
}
