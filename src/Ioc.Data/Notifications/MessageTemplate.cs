namespace Ioc.Data.Notifications;

/// <summary>
/// An administrator's version of a message template (table <c>message_templates</c>), keyed by kind and channel.
/// Without a row the built-in default of that kind and channel applies (Ioc.Hub Reminders/Templates).
/// </summary>
public sealed class MessageTemplate
{
    public required string Kind { get; set; }

    /// <summary>One of <see cref="NotificationChannels"/>.</summary>
    public required string Channel { get; set; }

    /// <summary>The e-mail subject; null for channels without one.</summary>
    public string? Subject { get; set; }

    public required string Body { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public required string UpdatedBy { get; set; }
}
