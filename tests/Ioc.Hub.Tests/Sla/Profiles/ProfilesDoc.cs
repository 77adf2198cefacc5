using System.Globalization;
using System.Text.RegularExpressions;
using Ioc.Hub.Sla.Calendar;
using Ioc.Hub.Tests.Support;

namespace Ioc.Hub.Tests.Sla.Profiles;

/// <summary>
/// Reads the machine-checked parts of docs/profiles.md: tables introduced by an HTML comment such as
/// <c>&lt;!-- worked-example profile=khanh-hoa receivedAt=… emergency=false coordinated=false --&gt;</c> or
/// <c>&lt;!-- profile-table profile=khanh-hoa plan=normal --&gt;</c>, so a test fails when the doc and the code drift apart.
/// </summary>
internal static partial class ProfilesDoc
{
    public static string Text { get; } = File.ReadAllText(RepositoryFiles.PathOf("docs", "profiles.md"));

    /// <summary>Worked examples with a table of steps (including the unscheduled ones, shown with "—").</summary>
    public static IReadOnlyList<WorkedExample> WorkedExamples() =>
    [
        .. Blocks("worked-example").Select(b => new WorkedExample(
            b.Attributes["profile"],
            DateTimeOffset.Parse(b.Attributes["receivedAt"], CultureInfo.InvariantCulture),
            bool.Parse(b.Attributes["emergency"]),
            bool.Parse(b.Attributes["coordinated"]),
            [.. b.Rows.Select(r => new ExampleRow(r[0], r[1], r[2], r[3], Instant(r[4]), Instant(r[5]), r[6]))],
            CaseDue(b.After))),
    ];

    /// <summary>Worked examples the preview endpoint refuses, with the reason the doc quotes.</summary>
    public static IReadOnlyList<RefusedExample> RefusedExamples() =>
    [
        .. Blocks("worked-example-refused").Select(b => new RefusedExample(
            b.Attributes["profile"],
            DateTimeOffset.Parse(b.Attributes["receivedAt"], CultureInfo.InvariantCulture),
            Quoted().Match(b.After).Groups[1].Value)),
    ];

    /// <summary>The per-province tables of plan steps.</summary>
    public static IReadOnlyList<ProfileTable> ProfileTables() =>
    [
        .. Blocks("profile-table").Select(b => new ProfileTable(
            b.Attributes["profile"], b.Attributes["plan"], [.. b.Rows.Select(r => new RuleRow(r[0], r[1], r[2], r[3], r[4]))])),
    ];

    /// <summary>"0.5 WD", "4 WH", "30 working min", "1 clock h", "15 clock min", or "no limit".</summary>
    public static string Format(SlaDuration? duration)
    {
        if (duration is not { } d)
            return "no limit";
        var amount = d.Amount.ToString("0.##", CultureInfo.InvariantCulture);
        return d.Unit switch
        {
            SlaUnit.WorkingDays => $"{amount} WD",
            SlaUnit.WorkingHours => $"{amount} WH",
            SlaUnit.WorkingMinutes => $"{amount} working min",
            SlaUnit.ClockHours => $"{amount} clock h",
            SlaUnit.ClockMinutes => $"{amount} clock min",
            _ => throw new ArgumentOutOfRangeException(nameof(duration)),
        };
    }

    /// <summary>Instants as the doc writes them: "Fri 24/04/2026 15:30", Vietnam time; "—" for none.</summary>
    public static string Format(DateTimeOffset? instant) =>
        instant is { } t ? t.ToOffset(TimeSpan.FromHours(7)).ToString("ddd dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture) : "—";

    private static DateTimeOffset? Instant(string text) => text == "—"
        ? null
        // ParseExact also checks that the weekday matches the date.
        : DateTimeOffset.ParseExact(text + " +07:00", "ddd dd/MM/yyyy HH:mm zzz", CultureInfo.InvariantCulture);

    private static DateTimeOffset? CaseDue(string after)
    {
        var match = CaseDueLine().Match(after);
        if (!match.Success)
            throw new FormatException("A worked example must end with a 'Case due: **…**' line.");
        return Instant(match.Groups[1].Value == "none" ? "—" : match.Groups[1].Value);
    }

    private static IEnumerable<Block> Blocks(string kind)
    {
        foreach (Match marker in Marker().Matches(Text))
        {
            if (marker.Groups["kind"].Value != kind)
                continue;
            var attributes = Attribute().Matches(marker.Groups["attrs"].Value).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
            var lines = Text[(marker.Index + marker.Length)..].Split('\n').Select(l => l.TrimEnd('\r')).SkipWhile(l => l.Trim().Length == 0).ToList();
            var table = lines.TakeWhile(l => l.StartsWith('|')).ToList();
            var rows = table.Skip(2).Select(l => l.Trim('|').Split('|').Select(c => c.Trim()).ToArray()).ToList();
            var after = string.Join('\n', lines.Skip(table.Count).Take(4));
            yield return new Block(attributes, rows, after);
        }
    }

    private sealed record Block(Dictionary<string, string> Attributes, List<string[]> Rows, string After);

    [GeneratedRegex(@"<!-- (?<kind>[a-z-]+) (?<attrs>[^>]*?) -->")]
    private static partial Regex Marker();

    [GeneratedRegex(@"([A-Za-z]+)=(\S+)")]
    private static partial Regex Attribute();

    [GeneratedRegex(@"Case due: \*\*([^*]+)\*\*")]
    private static partial Regex CaseDueLine();

    [GeneratedRegex("\"([^\"]+)\"")]
    private static partial Regex Quoted();
}

internal sealed record WorkedExample(
    string Profile, DateTimeOffset ReceivedAt, bool Emergency, bool Coordinated, IReadOnlyList<ExampleRow> Rows, DateTimeOffset? CaseDueAt);

internal sealed record ExampleRow(string Step, string Holder, string Duration, string From, DateTimeOffset? StartsAt, DateTimeOffset? DueAt, string Article);

internal sealed record RefusedExample(string Profile, DateTimeOffset ReceivedAt, string Reason);

internal sealed record ProfileTable(string Profile, string Plan, IReadOnlyList<RuleRow> Rows);

internal sealed record RuleRow(string Step, string Holder, string Duration, string From, string Article);
