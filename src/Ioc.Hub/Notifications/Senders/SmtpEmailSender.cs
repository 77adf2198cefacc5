using Ioc.Data.Notifications;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Ioc.Hub.Notifications.Senders;

/// <summary>
/// E-mail through an SMTP relay (MailKit). SMTP has no idempotency key: the outbox id is the Message-ID, so a copy
/// sent again after a crash between the relay's acceptance and our commit can be recognised by the receiving side.
/// </summary>
public sealed class SmtpEmailSender(IOptions<NotificationOptions> options) : INotificationSender
{
    public async Task<SendReceipt> SendAsync(OutboxMessage message, CancellationToken ct)
    {
        var settings = options.Value.Email;
        var mail = new MimeMessage
        {
            MessageId = $"{message.Id:N}@ioc",
            Subject = message.Subject ?? "",
            Body = new TextPart("plain") { Text = message.Body },
        };
        mail.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        if (!MailboxAddress.TryParse(message.Recipient, out var to))
            throw new PermanentSendException($"'{message.Recipient}' is not an e-mail address.");
        mail.To.Add(to);
        mail.Headers.Add("X-Ioc-Message-Id", message.Id.ToString());

        using var client = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
        await client.ConnectAsync(settings.Host!, settings.Port, Enum.Parse<SecureSocketOptions>(settings.Security, ignoreCase: true), ct);
        if (!string.IsNullOrEmpty(settings.UserName))
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", ct);
        try
        {
            await client.SendAsync(mail, ct);
        }
        catch (SmtpCommandException ex) when (ex.ErrorCode is SmtpErrorCode.RecipientNotAccepted || ((int)ex.StatusCode >= 500 && ex.ErrorCode != SmtpErrorCode.MessageNotAccepted))
        {
            throw new PermanentSendException($"SMTP {(int)ex.StatusCode}: {ex.Message}");
        }
        await client.DisconnectAsync(quit: true, ct);
        return new(mail.MessageId);
    }
}
