using Ioc.Data.Notifications;
using Ioc.Hub.Notifications.Senders;
using Microsoft.Extensions.Options;

namespace Ioc.Hub.Notifications;

/// <summary>
/// Picks each channel's sender from configuration: its gateway when configured (SMTP host, SMS or Zalo URL), else the
/// file sink when <c>FilePath</c> is set, else none — the message then waits in the outbox, with the reason as its error.
/// </summary>
public sealed class NotificationRouter(IServiceProvider services, IOptions<NotificationOptions> options)
{
    public INotificationSender? SenderFor(string channel)
    {
        var settings = options.Value;
        INotificationSender? gateway = channel switch
        {
            NotificationChannels.Email when !string.IsNullOrWhiteSpace(settings.Email.Host) => services.GetRequiredService<SmtpEmailSender>(),
            NotificationChannels.Sms when settings.Sms.Url is not null => services.GetRequiredService<HttpSmsSender>(),
            NotificationChannels.Zalo when settings.Zalo.Url is not null => services.GetRequiredService<ZaloOaSender>(),
            NotificationChannels.InApp => services.GetRequiredService<InAppSender>(),
            _ => null,
        };
        return gateway ?? (string.IsNullOrWhiteSpace(settings.FilePath) ? null : services.GetRequiredService<FileSinkSender>());
    }
}
