using System.Net.Sockets;
using System.Text;
using Npgsql;

namespace Ioc.Hub.Tests;

/// <summary>
/// Proves the services scripts/test.sh starts are reachable, so an integration test failing later
/// points at the code, not at the machine. Run outside that script, these fail with the reason.
/// </summary>
public class TestEnvironmentTests
{
    [Fact]
    public async Task RedisStartedByTheTestScriptAnswersPing()
    {
        var (host, port) = SplitHostPort(Required("IOC_TEST_REDIS"));
        using var client = new TcpClient();
        await client.ConnectAsync(host, port);
        var stream = client.GetStream();

        // RESP inline command; the reply is the simple string "+PONG\r\n".
        await stream.WriteAsync("PING\r\n"u8.ToArray());
        var buffer = new byte[64];
        var read = await stream.ReadAsync(buffer);

        Assert.Equal("+PONG\r\n", Encoding.ASCII.GetString(buffer, 0, read));
    }

    [Fact]
    public async Task PostgresStartedByTheTestScriptRunsQueries()
    {
        await using var connection = new NpgsqlConnection(Required("IOC_TEST_POSTGRES"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select current_setting('server_version_num')::int", connection);

        var version = (int)(await command.ExecuteScalarAsync())!;

        Assert.True(version >= 130000, $"PostgreSQL {version} is older than 13");
    }

    [Fact]
    public void ChromiumForTheEndToEndTestsIsInstalled()
    {
        Assert.True(File.Exists(Required("IOC_TEST_CHROMIUM")), "IOC_TEST_CHROMIUM does not point at a file");
    }

    private static string Required(string name) =>
        Environment.GetEnvironmentVariable(name)
        ?? throw new InvalidOperationException($"{name} is not set: run the tests through scripts/test.sh");

    private static (string Host, int Port) SplitHostPort(string endpoint)
    {
        var colon = endpoint.LastIndexOf(':');
        return (endpoint[..colon], int.Parse(endpoint[(colon + 1)..]));
    }
}
