using System.Globalization;
using System.Text;
using Ioc.LoadHarness.Infrastructure;

namespace Ioc.LoadHarness;

/// <summary>The numbers of a run, printed as they come and written as a Markdown table (--out) for docs/BENCHMARKS.md.</summary>
internal sealed class Report
{
    private readonly List<(string Scenario, string Measure, string Value, double Load)> rows = [];

    /// <summary>Every row so far: scenario, measure, value.</summary>
    public IReadOnlyList<(string Scenario, string Measure, string Value)> Rows
    {
        get
        {
            lock (rows)
                return [.. rows.Select(r => (r.Scenario, r.Measure, r.Value))];
        }
    }

    public void Add(string scenario, string measure, FormattableString value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        var load = Machine.LoadAverage();
        lock (rows)
            rows.Add((scenario, measure, text, load));
        Console.WriteLine($"  [{scenario}] {measure}: {text}   (load {load.ToString("0.00", CultureInfo.InvariantCulture)})");
    }

    public string ToMarkdown()
    {
        var text = new StringBuilder("| scenario | measure | value | load avg (1 min) |\n|---|---|---:|---:|\n");
        lock (rows)
        {
            foreach (var (scenario, measure, value, load) in rows)
                text.Append(CultureInfo.InvariantCulture, $"| {scenario} | {measure} | {value} | {load:0.00} |\n");
        }
        return text.ToString();
    }
}
