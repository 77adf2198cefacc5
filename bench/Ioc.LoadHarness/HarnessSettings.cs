namespace Ioc.LoadHarness;

/// <summary>What every scenario runs against: the servers bench/load.sh started, and the Hub build to start.</summary>
/// <param name="Redis">host:port of the Redis the Hub streams through (the outage scenario starts its own).</param>
/// <param name="Postgres">A PostgreSQL connection string without a database; each scenario creates its own.</param>
/// <param name="Quick">Smoke-run sizes: seconds instead of minutes, no targets judged.</param>
/// <param name="HubDll">The Ioc.Hub.dll to run (its runtimeconfig beside it).</param>
/// <param name="Work">A scratch folder for logs and the outage scenario's Redis data.</param>
/// <param name="Events">Overrides the event count of the ingest and backlog scenarios (a mid-size run while profiling).</param>
/// <param name="Connections">Overrides the latency scenario's 2 000 SignalR connections.</param>
/// <param name="HubSettings">Extra environment for the Hub (e.g. Ioc__Stream__BatchSize=5000), for trying its options.</param>
internal sealed record HarnessSettings(
    string Redis, string Postgres, bool Quick, string HubDll, string Work, int? Events = null, IReadOnlyDictionary<string, string>? HubSettings = null, int? Connections = null)
{
    /// <summary>The ingest and backlog scenarios' size: 1 000 000 events, 5 000 in a quick run.</summary>
    public int BulkEvents => Events ?? (Quick ? 5_000 : 1_000_000);

    /// <summary>The Ioc.Hub build copied beside the harness (a project reference), with its runtimeconfig.</summary>
    public static string DefaultHubDll => Path.Combine(AppContext.BaseDirectory, "Ioc.Hub.dll");
}
