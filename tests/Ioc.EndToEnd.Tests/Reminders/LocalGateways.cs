using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Ioc.EndToEnd.Tests.Reminders;

/// <summary>
/// The two gateways a reminder goes through, for real on loopback: an HTTP SMS endpoint (Kestrel) that records what it
/// is asked to send, and Debian's aiosmtpd (<c>IOC_TEST_PYTHON -m aiosmtpd</c>) delivering e-mail into a Maildir.
/// </summary>
public sealed class LocalGateways : IAsyncDisposable
{
    private readonly string maildir = Path.Combine(Path.GetTempPath(), $"ioc-e2e-mail-{Guid.NewGuid():N}");
    private WebApplication? sms;
    private Process? smtp;

    public int SmsPort { get; } = SparePort();
    public int SmtpPort { get; } = SparePort();
    public ConcurrentQueue<JsonObject> SmsRequests { get; } = new();

    public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Ioc__Notifications__Sms__Url"] = $"http://127.0.0.1:{SmsPort}/sms",
        ["Ioc__Notifications__Email__Host"] = "127.0.0.1",
        ["Ioc__Notifications__Email__Port"] = SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Ioc__Notifications__Email__Security"] = "None",
        ["Ioc__Notifications__PollInterval"] = "00:00:00.200",
        // The automatic policy would chase these long-overdue cases on its own first (its rules have their own tests);
        // here the supervisor does.
        ["Ioc__Reminders__PolicyEnabled"] = "false",
    };

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{SmsPort}");
        sms = builder.Build();
        sms.MapPost("/sms", async (HttpContext http) =>
        {
            var body = (JsonObject)(await JsonNode.ParseAsync(http.Request.Body))!;
            body["idempotencyKey"] = http.Request.Headers["Idempotency-Key"].ToString();
            SmsRequests.Enqueue(body);
            return Results.Ok(new { messageId = $"sms-{SmsRequests.Count}" });
        });
        await sms.StartAsync();

        var python = System.Environment.GetEnvironmentVariable("IOC_TEST_PYTHON") is { Length: > 0 } p ? p
            : throw new InvalidOperationException("IOC_TEST_PYTHON is not set: run the tests through scripts/test.sh (it installs python3-aiosmtpd).");
        smtp = Process.Start(new ProcessStartInfo(python, ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{SmtpPort}", "-c", "aiosmtpd.handlers.Mailbox", maildir])
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
                await client.ConnectAsync(IPAddress.Loopback, SmtpPort);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !smtp.HasExited)
            {
                await Task.Delay(100);
            }
        }
    }

    /// <summary>The raw text of every e-mail delivered so far.</summary>
    public IReadOnlyList<MimeKit.MimeMessage> Mails()
    {
        var folder = Path.Combine(maildir, "new");
        return Directory.Exists(folder) ? [.. Directory.GetFiles(folder).Select(f => MimeKit.MimeMessage.Load(f))] : [];
    }

    public async ValueTask DisposeAsync()
    {
        if (sms is not null)
        {
            await sms.StopAsync();
            await sms.DisposeAsync();
        }
        if (smtp is { HasExited: false })
        {
            smtp.Kill();
            await smtp.WaitForExitAsync();
        }
        smtp?.Dispose();
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
