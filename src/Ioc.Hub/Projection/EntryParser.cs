using Ioc.Hub.Cases.Events;
using Ioc.Hub.Cases.Events.Validation;

namespace Ioc.Hub.Projection;

/// <summary>Reads and validates entries; an entry that fails becomes a rejection listing every problem found.</summary>
internal sealed class EntryParser(CaseEventValidator validator)
{
    public ParsedEntry? Parse(int index, string stream, string? position, string json, DateTime? recordedAtUtc, List<(int Index, EntryRejection Rejection)> rejections)
    {
        if (!CaseEventValidator.TryParse(json, out var e, out var violations))
        {
            rejections.Add((index, new EntryRejection(stream, position ?? string.Empty, RejectionKind.Unreadable, $"unreadable event: {Join(violations)}")));
            return null;
        }
        violations = validator.Validate(e);
        if (violations.Count > 0)
        {
            rejections.Add((index, new EntryRejection(stream, position ?? string.Empty, RejectionKind.ContractViolation, $"{e.Type} breaks the event contract: {Join(violations)}", e.CaseId)));
            return null;
        }
        return new ParsedEntry(index, stream, position, json, e, recordedAtUtc);
    }

    private static string Join(IReadOnlyList<ContractViolation> violations) => string.Join("; ", violations);
}
