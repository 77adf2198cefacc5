namespace Ioc.Hub.Producers;

/// <summary>What a producer API key allows (docs/ingest.md, "Keys").</summary>
public static class ProducerScopes
{
    /// <summary>May post lifecycle events (<c>case.*</c>) to <c>POST /api/events</c>.</summary>
    public const string Ingest = "ingest";

    /// <summary>May also post the IOC's own annotations (<c>ioc.*</c>): for IOC components running elsewhere, never for a province's system.</summary>
    public const string Ioc = "ioc";

    /// <summary>Every scope, in the order they are stored and shown.</summary>
    public static IReadOnlyList<string> All { get; } = [Ingest, Ioc];

    /// <summary>What a key gets when its creator names no scope.</summary>
    public static IReadOnlyList<string> Default { get; } = [Ingest];

    /// <summary>The stored form: known scopes, each once, in <see cref="All"/> order, separated by a space.</summary>
    public static string Format(IEnumerable<string> scopes) =>
        string.Join(' ', All.Where(s => scopes.Contains(s, StringComparer.Ordinal)));

    public static IReadOnlyList<string> Parse(string stored) =>
        stored.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Problems with a requested scope list: unknown names, or none at all.</summary>
    public static IEnumerable<string> Check(IReadOnlyList<string> scopes)
    {
        if (scopes.Count == 0)
            yield return $"name at least one scope: {string.Join(", ", All)}";
        foreach (var unknown in scopes.Where(s => !All.Contains(s, StringComparer.Ordinal)).Distinct())
            yield return $"unknown scope '{unknown}'; known scopes: {string.Join(", ", All)}";
    }
}
