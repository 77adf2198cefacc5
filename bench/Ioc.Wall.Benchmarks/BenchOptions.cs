namespace Ioc.Wall.Benchmarks;

internal sealed record BenchOptions(int Cases, int Rate, int Seconds, IReadOnlyList<int> Circuits)
{
    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        return new BenchOptions(
            int.Parse(Value("--cases") ?? "20000"),
            int.Parse(Value("--rate") ?? "50"),
            int.Parse(Value("--seconds") ?? "60"),
            [.. (Value("--circuits") ?? "10,50,100").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse)]);
    }
}
