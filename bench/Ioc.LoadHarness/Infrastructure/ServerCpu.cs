using System.Globalization;
using Npgsql;
using StackExchange.Redis;

namespace Ioc.LoadHarness.Infrastructure;

/// <summary>
/// CPU time used so far by the servers beside the Hub, to show where a scenario's time goes: redis-server from its own
/// INFO cpu, PostgreSQL by summing /proc of the postmaster and its children (the backends the Hub's pool keeps open).
/// </summary>
internal static class ServerCpu
{
    public static async Task<TimeSpan> RedisAsync(IConnectionMultiplexer redis)
    {
        var info = (string?)await redis.GetDatabase().ExecuteAsync("INFO", "cpu") ?? "";
        double Field(string name) => info.Split('\n').Where(l => l.StartsWith(name + ":", StringComparison.Ordinal))
            .Select(l => double.Parse(l[(name.Length + 1)..].Trim(), CultureInfo.InvariantCulture)).FirstOrDefault();
        return TimeSpan.FromSeconds(Field("used_cpu_user") + Field("used_cpu_sys"));
    }

    /// <summary>The PostgreSQL server's CPU time (postmaster and live children); zero where /proc cannot tell.</summary>
    public static async Task<TimeSpan> PostgresAsync(string connectionString)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT setting FROM pg_settings WHERE name = 'data_directory'", connection);
            var directory = (string)(await command.ExecuteScalarAsync())!;
            var postmaster = int.Parse(File.ReadLines(Path.Combine(directory, "postmaster.pid")).First(), CultureInfo.InvariantCulture);
            long ticks = 0;
            foreach (var stat in Directory.EnumerateDirectories("/proc").Select(d => Path.Combine(d, "stat")))
            {
                if (ReadStat(stat) is not { } s || (s.Pid != postmaster && s.Parent != postmaster))
                    continue;
                ticks += s.CpuTicks;
            }
            // Linux reports CPU in clock ticks of 1/100 s (USER_HZ).
            return TimeSpan.FromSeconds(ticks / 100.0);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NpgsqlException or FormatException)
        {
            return TimeSpan.Zero;
        }
    }

    private static (int Pid, int Parent, long CpuTicks)? ReadStat(string path)
    {
        try
        {
            var text = File.ReadAllText(path);
            // "pid (comm) state ppid … utime(14) stime(15)": split after the command name, which may hold spaces.
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            var pid = int.Parse(text.AsSpan(0, text.IndexOf(' ')), CultureInfo.InvariantCulture);
            return (pid, int.Parse(fields[1], CultureInfo.InvariantCulture),
                long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
