using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Ioc.Hub.Tests.Reminders.Support;

/// <summary>
/// A real HTTP SMS gateway on loopback (Kestrel) that behaves like the providers do: it honours <c>Idempotency-Key</c>
/// (a repeated key is answered with the first answer and not sent again), and can be stopped and started on the same
/// port to play a gateway that is down for a while. <see cref="HoldNext"/> keeps the next request open, to kill a
/// sender in the middle of a delivery.
/// </summary>
public sealed class SmsGateway : IAsyncDisposable
{
    private WebApplication? app;
    private TaskCompletionSource? hold;

    public SmsGateway()
    {
        Port = FreePort();
    }

    public int Port { get; }

    public Uri Url => new($"http://127.0.0.1:{Port}/sms");

    /// <summary>Every request received, in order, with its idempotency key (copies included).</summary>
    public ConcurrentQueue<(string Key, JsonObject Body)> Requests { get; } = new();

    /// <summary>Messages handed to handsets: one per idempotency key, whatever the number of requests.</summary>
    public ConcurrentDictionary<string, JsonObject> Sent { get; } = new();

    public TaskCompletionSource FirstHeld { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsUp => app is not null;

    /// <summary>The next request is handed over (and its SMS sent) but answered only after <see cref="Release"/>.</summary>
    public void HoldNext() => hold = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => hold?.TrySetResult();

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{Port}");
        app = builder.Build();
        app.MapPost("/sms", async (HttpContext http) =>
        {
            var key = http.Request.Headers["Idempotency-Key"].ToString();
            var body = (JsonObject)(await JsonNode.ParseAsync(http.Request.Body))!;
            Requests.Enqueue((key, body));
            if (string.IsNullOrEmpty(key) || body["to"] is null || body["text"]?.GetValue<string>() is not { Length: > 0 })
                return Results.BadRequest(new { error = "missing key, to or text" });
            Sent.TryAdd(key, body);
            if (Interlocked.Exchange(ref hold, null) is { } held)
            {
                FirstHeld.TrySetResult();
                await held.Task;
            }
            return Results.Ok(new { messageId = $"gw-{key}" });
        });
        await app.StartAsync();
    }

    public async Task StopAsync()
    {
        if (app is null)
            return;
        Release();
        await app.StopAsync();
        await app.DisposeAsync();
        app = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
