namespace Ioc.Data.Notifications;

/// <summary>The values of <see cref="OutboxMessage.Channel"/> and <see cref="Reminders.Reminder.Channel"/>.</summary>
public static class NotificationChannels
{
    public const string Sms = "sms";
    public const string Email = "email";
    public const string Zalo = "zalo";
    public const string InApp = "in-app";
}
