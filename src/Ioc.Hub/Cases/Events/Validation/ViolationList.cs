using System.Globalization;
using System.Text.Json;

namespace Ioc.Hub.Cases.Events.Validation;

/// <summary>Collects violations and holds the checks shared by every event type.</summary>
internal sealed class ViolationList
{
    private readonly List<ContractViolation> _items = [];
    private int _dropped;

    public int Count => _items.Count + _dropped;

    public void Add(string field, string message)
    {
        if (_items.Count < ContractLimits.MaxReportedViolations)
        {
            _items.Add(new ContractViolation(field, message));
        }
        else
        {
            _dropped++;
        }
    }

    public IReadOnlyList<ContractViolation> ToList() => _dropped == 0
        ? [.. _items]
        : [.. _items, new ContractViolation("", $"{_dropped} more problem(s) not listed")];

    /// <summary>A code or id: single line, at most <see cref="ContractLimits.CodeLength"/> characters.</summary>
    public void Code(string field, string? value, bool required = true) =>
        Text(field, value, ContractLimits.CodeLength, required, multiline: false);

    /// <summary>A name or another single-line text of at most <see cref="ContractLimits.NameLength"/> characters.</summary>
    public void Name(string field, string? value, bool required = true) =>
        Text(field, value, ContractLimits.NameLength, required, multiline: false);

    /// <summary>A description, summary, answer or question: several lines, up to <see cref="ContractLimits.TextLength"/>.</summary>
    public void LongText(string field, string? value, bool required = true) =>
        Text(field, value, ContractLimits.TextLength, required, multiline: true);

    /// <summary>A reason, note or comment: several lines, up to <see cref="ContractLimits.NoteLength"/>.</summary>
    public void Note(string field, string? value, bool required = true) =>
        Text(field, value, ContractLimits.NoteLength, required, multiline: true);

    /// <summary>
    /// Absent optional text is fine; present text must not be blank (producers omit a field rather than send ""),
    /// must fit its limit and must not smuggle control characters into screens, SMS or reports.
    /// </summary>
    public void Text(string field, string? value, int maxLength, bool required, bool multiline)
    {
        if (value is null)
        {
            if (required)
            {
                Add(field, "is required");
            }
            return;
        }
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, required ? "must not be blank" : "must not be blank; omit the field when there is nothing to say");
            return;
        }
        if (value.Length > maxLength)
        {
            Add(field, $"must be at most {maxLength} characters long (it has {value.Length})");
        }
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t'))
            {
                Add(field, multiline
                    ? $"must not contain control characters other than line breaks and tabs (found U+{(int)c:X4} at position {i})"
                    : $"must be a single line without control characters (found U+{(int)c:X4} at position {i})");
                return;
            }
        }
    }

    public void Defined<TEnum>(string field, TEnum value) where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            Add(field, $"{Convert.ToInt64(value, CultureInfo.InvariantCulture)} is not a valid value; expected one of: {WireNames<TEnum>()}");
        }
    }

    /// <summary>A list of codes whose entries are present, distinct (ignoring case) and not <paramref name="excluded"/>.</summary>
    public void DistinctCodes(string field, IReadOnlyList<string>? codes, string? excluded = null, string? excludedField = null)
    {
        if (codes is null)
        {
            Add(field, "is required");
            return;
        }
        var firstIndex = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < codes.Count; i++)
        {
            var item = $"{field}[{i}]";
            var code = codes[i];
            Code(item, code);
            if (string.IsNullOrWhiteSpace(code))
            {
                continue;
            }
            if (!firstIndex.TryAdd(code, i))
            {
                Add(item, $"'{code}' is listed twice (first at {field}[{firstIndex[code]}])");
            }
            else if (excluded is not null && string.Equals(code, excluded, StringComparison.OrdinalIgnoreCase))
            {
                Add(item, $"'{code}' is already the {excludedField}; an agency cannot coordinate with itself");
            }
        }
    }

    public static string WireNames<TEnum>() where TEnum : struct, Enum =>
        string.Join(", ", Enum.GetNames<TEnum>().Select(JsonNamingPolicy.KebabCaseLower.ConvertName));
}
