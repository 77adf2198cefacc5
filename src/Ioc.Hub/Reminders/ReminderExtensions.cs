using Ioc.Hub.Notifications;
using Ioc.Hub.Notifications.Senders;
using Ioc.Hub.Reminders.Policy;
using Ioc.Hub.Reminders.Templates;

namespace Ioc.Hub.Reminders;

public static class ReminderExtensions
{
    /// <summary>Reminders, templates, the outbox delivery worker and its senders (docs/reminders.md).</summary>
    public static IHostApplicationBuilder AddIocReminders(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.SectionName).ValidateDataAnnotations()
            .Validate(o => Enum.TryParse<MailKit.Security.SecureSocketOptions>(o.Email.Security, true, out _),
                $"{NotificationOptions.SectionName}:Email:Security must be None, Auto, SslOnConnect, StartTls or StartTlsWhenAvailable.")
            .ValidateOnStart();

        services.AddSingleton<MessageTemplates>();
        services.AddSingleton<ReminderComposer>();
        services.AddSingleton<ReminderAnnouncer>();
        services.AddSingleton<ReminderService>();
        services.AddSingleton<ReminderHistoryReader>();

        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxStore>();
        services.AddSingleton<NotificationReceipts>();
        services.AddSingleton<NotificationRouter>();
        services.AddSingleton<SmtpEmailSender>();
        services.AddSingleton<FileSinkSender>();
        services.AddSingleton<InAppSender>();
        services.AddHttpClient<HttpSmsSender>(HttpSmsSender.HttpClientName, (sp, http) => http.Timeout = Timeout(sp, o => o.Sms.Timeout));
        services.AddHttpClient<ZaloOaSender>(ZaloOaSender.HttpClientName, (sp, http) => http.Timeout = Timeout(sp, o => o.Zalo.Timeout));
        services.AddHostedService<OutboxDispatcher>();

        services.AddSingleton(_ => PolicyCatalog.LoadDefault());
        services.AddSingleton<ReminderPolicyService>();
        services.AddHostedService(sp => sp.GetRequiredService<ReminderPolicyService>());
        return builder;
    }

    public static IEndpointRouteBuilder MapIocReminders(this IEndpointRouteBuilder app)
    {
        app.MapReminderApi();
        app.MapNotificationReceipts();
        return app;
    }

    private static TimeSpan Timeout(IServiceProvider services, Func<NotificationOptions, TimeSpan> pick) =>
        pick(services.GetRequiredService<Microsoft.Extensions.Options.IOptions<NotificationOptions>>().Value);
}
