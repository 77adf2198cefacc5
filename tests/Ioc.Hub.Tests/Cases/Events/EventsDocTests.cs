using System.Text.RegularExpressions;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Cases.Events.Validation;
using Ioc.Hub.Tests.Support;

namespace Ioc.Hub.Tests.Cases.Events;

/// <summary>docs/events.md is the contract producers read: its examples must be events this code accepts.</summary>
public partial class EventsDocTests
{
    /// <summary>After every example of the doc, so none is "in the future".</summary>
    private static readonly DateTimeOffset Now = SampleEvents.At("2026-12-31T00:00:00+07:00");

    private sealed record Example(string Section, int Line, string Json);

    private static IReadOnlyList<Example> Examples()
    {
        var lines = File.ReadAllLines(RepositoryFiles.PathOf("docs", "events.md"));
        var examples = new List<Example>();
        var section = "";
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("## ", StringComparison.Ordinal) || lines[i].StartsWith("### ", StringComparison.Ordinal))
            {
                var type = SectionType().Match(lines[i]);
                section = type.Success ? type.Groups[1].Value : "";
            }
            else if (lines[i].TrimEnd() == "```json")
            {
                var end = Array.FindIndex(lines, i + 1, l => l.TrimEnd() == "```");
                Assert.True(end > i, $"docs/events.md line {i + 1}: unterminated ```json block");
                examples.Add(new Example(section, i + 1, string.Join('\n', lines[(i + 1)..end])));
                i = end;
            }
        }
        return examples;
    }

    [Fact]
    public void EveryJsonExampleOfTheDocParsesAndConformsToTheContract()
    {
        var validator = ValidationAssert.Validator(Now);

        foreach (var example in Examples())
        {
            var ok = validator.TryParseAndValidate(example.Json, out _, out var violations);

            Assert.True(ok, $"docs/events.md line {example.Line}: {string.Join("; ", violations)}");
        }
    }

    [Fact]
    public void EveryEventTypeHasExactlyOneExampleAndItSitsInItsOwnSection()
    {
        var examples = Examples();

        foreach (var example in examples)
        {
            Assert.True(CaseEventValidator.TryParse(example.Json, out var e, out _), $"docs/events.md line {example.Line} does not parse");
            Assert.True(example.Section == e.Type, $"docs/events.md line {example.Line}: a {e.Type} example under the section of '{example.Section}'");
        }
        Assert.Equal(CaseEventJson.TypeNames.Order(), examples.Select(e => e.Section).Order());
    }

    /// <summary>A section per type is headed "### `case.received` — …".</summary>
    [GeneratedRegex(@"^###\s+`((?:case|ioc)\.[a-z-]+)`")]
    private static partial Regex SectionType();
}
