using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ioc.Data.Storage;

/// <summary>
/// Per-connection SQLite settings. WAL lets readers (the console) run while the projection writes; with WAL,
/// synchronous=NORMAL is still corruption-safe and only risks the last transactions on power loss, not on a crash.
/// </summary>
internal static class SqlitePragmas
{
    private const string OnOpen = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;";

    // The bulk writer's connections keep up to 64 MiB of pages (default 2 MiB): index pages stay cached between
    // batches (pooled connections keep their cache) instead of being re-read for every insert.
    private const string ForBulkWrites = OnOpen + " PRAGMA cache_size=-65536;";

    public static void Apply(DbConnection connection) => Execute(connection, OnOpen);

    public static void ApplyForBulkWrites(DbConnection connection) => Execute(connection, ForBulkWrites);

    private static void Execute(DbConnection connection, string pragmas)
    {
        using var command = connection.CreateCommand();
        command.CommandText = pragmas;
        command.ExecuteNonQuery();
    }

    public static async Task ApplyAsync(DbConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = OnOpen;
        await command.ExecuteNonQueryAsync(ct);
    }
}

/// <summary>Applies <see cref="SqlitePragmas"/> to every connection EF Core opens.</summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    public static readonly SqlitePragmaInterceptor Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
        SqlitePragmas.Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default) =>
        SqlitePragmas.ApplyAsync(connection, cancellationToken);
}
