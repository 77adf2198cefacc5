using Npgsql;

namespace Ioc.LoadHarness.Infrastructure;

/// <summary>A throw-away PostgreSQL database per scenario, dropped afterwards; the Hub migrates it at start.</summary>
internal sealed class LoadDatabase : IAsyncDisposable
{
    private readonly string admin;

    private LoadDatabase(string admin, string name)
    {
        this.admin = admin;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<LoadDatabase> CreateAsync(string serverConnection, string purpose)
    {
        var admin = new NpgsqlConnectionStringBuilder(serverConnection) { Database = "postgres", Pooling = false }.ConnectionString;
        var database = new LoadDatabase(admin, $"ioc_load_{purpose}_{Guid.NewGuid():N}"[..40]);
        await database.ExecuteAdminAsync($"CREATE DATABASE \"{database.Name}\"");
        return database;
    }

    public async Task<long> CountAsync(string table)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAdminAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }

    private async Task ExecuteAdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
