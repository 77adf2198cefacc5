using System.Globalization;
using System.Text;
using System.Text.Json;
using Ioc.Hub.Streaming;

namespace Ioc.Hub.DeadLetters;

/// <summary>
/// A dead letter as administrators see it: where it came from, the original entry's <c>event</c> field as raw text
/// (which may not even be JSON), its case and type when they can be read, why it failed and its history.
/// </summary>
public sealed record DeadLetterEntry(
    string Id,
    int Partition,
    string Stream,
    string Position,
    string? CaseId,
    string? Type,
    string Event,
    string Reason,
    int Attempts,
    int Deliveries,
    int Replays,
    DateTimeOffset FirstFailedAt,
    DateTimeOffset LastFailedAt)
{
    public static DeadLetterEntry From(DeadLetter letter)
    {
        var (caseId, type) = Peek(letter.Json);
        return new(letter.Id, PartitionOf(letter.Stream), letter.Stream, letter.Position, caseId, type, letter.Json, letter.Reason,
            letter.Attempts, letter.Deliveries, letter.Replays, letter.FirstFailedAt, letter.FailedAt);
    }

    /// <summary>The partition number at the end of a stream name (<c>ioc:events:2</c> → 2); -1 when there is none.</summary>
    public static int PartitionOf(string stream) =>
        int.TryParse(stream.AsSpan(stream.LastIndexOf(':') + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : -1;

    /// <summary>Top-level string <c>caseId</c> and <c>type</c> of a JSON object; nulls for whatever cannot be read.</summary>
    private static (string? CaseId, string? Type) Peek(string json)
    {
        string? caseId = null, type = null;
        if (json.Length == 0)
            return (null, null);
        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                return (null, null);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                if (reader.TokenType == JsonTokenType.String && string.Equals(name, "caseId", StringComparison.OrdinalIgnoreCase))
                    caseId = reader.GetString();
                else if (reader.TokenType == JsonTokenType.String && string.Equals(name, "type", StringComparison.OrdinalIgnoreCase))
                    type = reader.GetString();
                else
                    reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Truncated or broken JSON: keep what was read before the break.
        }
        return (caseId, type);
    }
}

/// <summary>One page of dead letters; <see cref="Next"/> is the cursor (<c>after</c>) of the next page, null on the last.</summary>
public sealed record DeadLetterPage(IReadOnlyList<DeadLetterEntry> Items, string? Next, long Total);

/// <summary>
/// Which dead letters to list: those of one partition, whose reason contains a text (any case), of one event type
/// (<c>case.received</c>, or <c>unknown</c> for entries without a readable type); after a cursor; at most
/// <see cref="Limit"/> of them.
/// </summary>
public sealed record DeadLetterQuery(int? Partition = null, string? Reason = null, string? Type = null, string? After = null, int Limit = DeadLetterQuery.DefaultLimit)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    /// <summary>The type filter value matching entries whose type cannot be read.</summary>
    public const string UnknownType = "unknown";

    public bool Matches(DeadLetterEntry entry) =>
        (Partition is null || entry.Partition == Partition)
        && (string.IsNullOrWhiteSpace(Reason) || entry.Reason.Contains(Reason.Trim(), StringComparison.OrdinalIgnoreCase))
        && (string.IsNullOrWhiteSpace(Type)
            || string.Equals(entry.Type ?? UnknownType, Type.Trim(), StringComparison.OrdinalIgnoreCase));
}
