using System.ComponentModel.DataAnnotations;

namespace Ioc.Hub.Notifications;

/// <summary>Bound from <c>Ioc:Notifications</c>: the outbox worker and the senders (docs/reminders.md "Configuration").</summary>
public sealed class NotificationOptions
{
    public const string SectionName = "Ioc:Notifications";

    /// <summary>Whether this process runs the delivery worker (any number of processes may; claims keep them apart).</summary>
    public bool DeliveryEnabled { get; set; } = true;

    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    [Range(1, 500)]
    public int BatchSize { get; set; } = 20;

    /// <summary>How long a claim holds: a message still Sending after it belonged to a worker that died, and is sent again.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The first retry's delay; each next one doubles, up to <see cref="MaxRetryDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan BaseRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Attempts before a message is marked Failed (it stays in the outbox; a supervisor can queue it again).</summary>
    [Range(1, 1000)]
    public int MaxAttempts { get; set; } = 40;

    /// <summary>JSON-lines file every channel without a gateway writes to (the embedded demo's sink); empty: none.</summary>
    public string? FilePath { get; set; }

    /// <summary>Shared secret gateways present in <c>X-Ioc-Callback-Secret</c> on delivery and read receipts; empty refuses all receipts.</summary>
    public string? CallbackSecret { get; set; }

    public SmtpSettings Email { get; set; } = new();
    public HttpGatewaySettings Sms { get; set; } = new();
    public HttpGatewaySettings Zalo { get; set; } = new();
}

/// <summary><c>Ioc:Notifications:Email</c>: an SMTP relay; e-mail is sent through it when <see cref="Host"/> is set.</summary>
public sealed class SmtpSettings
{
    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 25;

    /// <summary>None, Auto, SslOnConnect, StartTls or StartTlsWhenAvailable (MailKit's SecureSocketOptions).</summary>
    public string Security { get; set; } = "StartTlsWhenAvailable";

    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string FromAddress { get; set; } = "ioc@localhost";
    public string FromName { get; set; } = "Trung tâm Giám sát, điều hành";

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>An HTTP gateway (SMS provider, Zalo OA API); the channel is sent through it when <see cref="Url"/> is set.</summary>
public sealed class HttpGatewaySettings
{
    public Uri? Url { get; set; }

    /// <summary>The credential: sent as <c>Authorization: Bearer</c> (SMS) or Zalo's <c>access_token</c> header.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The brand name an SMS is sent under.</summary>
    public string? SenderName { get; set; }

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);
}
