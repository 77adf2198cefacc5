using System.Text.Json;
using Ioc.Data.Notifications;
using Microsoft.Extensions.Options;

namespace Ioc.Hub.Notifications.Senders;

/// <summary>
/// The embedded demo's "gateway": one JSON line per message appended to <c>Ioc:Notifications:FilePath</c>, flushed to
/// disk before the message counts as sent. A crash between the flush and the outbox update writes the line again on
/// the retry (same <c>id</c>): at least once, like every transport without an idempotency key.
/// </summary>
public sealed class FileSinkSender(IOptions<NotificationOptions> options, IHostEnvironment environment, TimeProvider time) : INotificationSender
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public string Path => System.IO.Path.GetFullPath(options.Value.FilePath!, environment.ContentRootPath);

    public async Task<SendReceipt> SendAsync(OutboxMessage message, CancellationToken ct)
    {
        var line = JsonSerializer.Serialize(new
        {
            id = message.Id,
            at = time.GetUtcNow(),
            channel = message.Channel,
            to = message.Recipient,
            subject = message.Subject,
            body = message.Body,
        }) + "\n";
        await Gate.WaitAsync(ct);
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            await using var file = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.Read);
            await file.WriteAsync(System.Text.Encoding.UTF8.GetBytes(line), ct);
            file.Flush(flushToDisk: true);
        }
        finally
        {
            Gate.Release();
        }
        return new($"file:{message.Id:N}");
    }
}
