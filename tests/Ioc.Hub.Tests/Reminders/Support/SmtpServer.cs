using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace Ioc.Hub.Tests.Reminders.Support;

/// <summary>
/// A real SMTP server on loopback: Debian's aiosmtpd (<c>python3 -m aiosmtpd</c>, the interpreter in
/// <c>IOC_TEST_PYTHON</c>, set by scripts/test.sh) delivering into a Maildir the test reads.
/// </summary>
public sealed class SmtpServer : IAsyncDisposable
{
    private readonly string maildir = Path.Combine(Path.GetTempPath(), $"ioc-smtp-{Guid.NewGuid():N}");
    private Process? process;

    public int Port { get; } = SparePort();

    public async Task StartAsync()
    {
        var python = Environment.GetEnvironmentVariable("IOC_TEST_PYTHON") is { Length: > 0 } p ? p
            : throw new InvalidOperationException("IOC_TEST_PYTHON is not set: run the tests through scripts/test.sh (it installs python3-aiosmtpd).");
        process = Process.Start(new ProcessStartInfo(python, ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", maildir])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !process.HasExited)
            {
                await Task.Delay(100);
            }
        }
    }

    /// <summary>The messages delivered so far.</summary>
    public IReadOnlyList<MimeMessage> Messages()
    {
        var folder = Path.Combine(maildir, "new");
        return Directory.Exists(folder) ? [.. Directory.GetFiles(folder).Select(f => MimeMessage.Load(f))] : [];
    }

    public async ValueTask DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
        process?.Dispose();
        if (Directory.Exists(maildir))
            Directory.Delete(maildir, recursive: true);
    }

    private static int SparePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
