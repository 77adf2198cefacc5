using System.Globalization;
using Ioc.Data.CaseQueries;

namespace Ioc.Dashboard.Components.Pages.Console;

/// <summary>
/// The case list's query string (docs/console.md): <c>agency, state, step, field, channel, unit, emergency, from, to, q</c>.
/// Other pages (KPIs) link here with these names. A value that cannot be read is named in <see cref="Invalid"/> and ignored.
/// </summary>
public sealed record CaseListQueryString(CaseListFilter Filter, IReadOnlyList<string> Invalid)
{
    public const string DateFormat = "yyyy-MM-dd";

    public static CaseListQueryString Parse(
        string? agency, string? state, string? step, string? field, string? channel, string? unit, string? emergency, string? from, string? to, string? q)
    {
        var invalid = new List<string>();
        var filter = new CaseListFilter
        {
            AgencyId = Code(agency, "agency", invalid),
            State = ParseState(state, invalid),
            Step = Code(step, "step", invalid),
            Field = Code(field, "field", invalid),
            Channel = Code(channel, "channel", invalid),
            Unit = Code(unit, "unit", invalid),
            Emergency = emergency switch
            {
                null or "" => null,
                "true" => true,
                "false" => false,
                _ => Refuse<bool?>("emergency", invalid),
            },
            From = Date(from, "from", invalid),
            To = Date(to, "to", invalid),
            Query = q is { Length: > CaseListFilter.MaxQueryLength } ? Refuse<string?>("q", invalid) : string.IsNullOrWhiteSpace(q) ? null : q.Trim(),
        };
        return new CaseListQueryString(filter, invalid);
    }

    /// <summary>The query-string values of a filter, null for "any", to build links and to replace the address.</summary>
    public static Dictionary<string, object?> ToQuery(CaseListFilter f) => new()
    {
        ["agency"] = f.AgencyId,
        ["state"] = f.State == CaseListState.Open ? null : StateName(f.State),
        ["step"] = f.Step,
        ["field"] = f.Field,
        ["channel"] = f.Channel,
        ["unit"] = f.Unit,
        ["emergency"] = f.Emergency is { } e ? (e ? "true" : "false") : null,
        ["from"] = f.From?.ToString(DateFormat, CultureInfo.InvariantCulture),
        ["to"] = f.To?.ToString(DateFormat, CultureInfo.InvariantCulture),
        ["q"] = f.Query,
    };

    public static string StateName(CaseListState state) => state switch
    {
        CaseListState.DueSoon => "dueSoon",
        _ => state.ToString().ToLowerInvariant(),
    };

    private static CaseListState ParseState(string? value, List<string> invalid) => value switch
    {
        null or "" or "open" => CaseListState.Open,
        "dueSoon" => CaseListState.DueSoon,
        "overdue" => CaseListState.Overdue,
        "closed" => CaseListState.Closed,
        "all" => CaseListState.All,
        _ => Refuse<CaseListState>("state", invalid),
    };

    private static string? Code(string? value, string name, List<string> invalid) =>
        string.IsNullOrWhiteSpace(value) ? null
        : value.Length <= 64 && value.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_' or '.' or ':') ? value
        : Refuse<string?>(name, invalid);

    private static DateOnly? Date(string? value, string name, List<string> invalid) =>
        string.IsNullOrWhiteSpace(value) ? null
        : DateOnly.TryParseExact(value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : Refuse<DateOnly?>(name, invalid);

    private static T Refuse<T>(string name, List<string> invalid)
    {
        invalid.Add(name);
        return default!;
    }
}
