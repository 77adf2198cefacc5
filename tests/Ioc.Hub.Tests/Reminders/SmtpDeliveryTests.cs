using System.Net;
using System.Net.Http.Json;
using Ioc.Data.Notifications;
using Ioc.Data.Storage;
using Ioc.Hub.Tests.Reminders.Support;
using Microsoft.EntityFrameworkCore;

namespace Ioc.Hub.Tests.Reminders;

/// <summary>E-mail reminders through MailKit to a real SMTP server (aiosmtpd) on loopback.</summary>
public sealed class SmtpDeliveryTests
{
    [Fact]
    public async Task ACaseReminderByEmailArrivesInTheFocalOfficersMailboxInVietnamese()
    {
        await using var smtp = new SmtpServer();
        await smtp.StartAsync();
        var database = TestDatabases.Create(StorageProvider.Sqlite);
        await database.InitializeAsync();
        var host = new ReminderHost(database, new Dictionary<string, string?>
        {
            ["Ioc:Notifications:Email:Host"] = "127.0.0.1",
            ["Ioc:Notifications:Email:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Ioc:Notifications:Email:Security"] = "None",
            ["Ioc:Notifications:Email:FromAddress"] = "ioc@khanhhoa.example.vn",
        });
        try
        {
            await using (var db = host.Db())
                await ReminderSeed.AddAsync(db, ReminderSeed.Agency("a1"), ReminderSeed.Case("c1", "a1", DateTime.UtcNow.AddHours(-26)));
            var response = await host.Client().PostAsJsonAsync("/api/reminders", new
            {
                scope = "case",
                caseId = "c1",
                recipients = new[] { new { role = "focal-officer", channels = new[] { "email" } } },
            });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            await host.WaitForOutboxAsync(all => all.All(m => m.Status == OutboxStatus.Sent));

            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (smtp.Messages().Count == 0 && DateTime.UtcNow < deadline)
                await Task.Delay(50);
            var mail = Assert.Single(smtp.Messages());
            await using var check = host.Db();
            var message = await check.OutboxMessages.SingleAsync();
            Assert.Equal("a1.daumoi@example.vn", mail.To.Mailboxes.Single().Address);
            Assert.Equal("ioc@khanhhoa.example.vn", mail.From.Mailboxes.Single().Address);
            Assert.Equal("[IOC Khánh Hòa] Nhắc xử lý phản ánh PAKN-c1", mail.Subject);
            Assert.Contains("Kính gửi Phan Diệu Hà", mail.TextBody);
            Assert.Contains("đã quá hạn 1 ngày 2 giờ", mail.TextBody);
            Assert.Equal($"{message.Id:N}@ioc", mail.MessageId);
            Assert.Equal(mail.MessageId, message.ExternalId);
        }
        finally
        {
            await host.DisposeAsync();
            await database.DisposeAsync();
        }
    }

    [Fact]
    public async Task WhileTheSmtpServerIsDownTheEmailWaitsWithTheError()
    {
        await using var smtp = new SmtpServer(); // not started: nothing listens on its port
        var database = TestDatabases.Create(StorageProvider.Sqlite);
        await database.InitializeAsync();
        var host = new ReminderHost(database, new Dictionary<string, string?>
        {
            ["Ioc:Notifications:Email:Host"] = "127.0.0.1",
            ["Ioc:Notifications:Email:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Ioc:Notifications:Email:Security"] = "None",
        });
        try
        {
            await using (var db = host.Db())
            {
                var mail = ReminderSeed.Sms(1, DateTime.UtcNow);
                mail.Channel = NotificationChannels.Email;
                mail.Recipient = "a@example.vn";
                mail.Subject = "Thử";
                await ReminderSeed.AddAsync(db, mail);
            }
            _ = host.Server;
            await host.WaitForOutboxAsync(all => all.Single() is { Status: OutboxStatus.Pending, Attempts: >= 2, LastError: { Length: > 0 } });
            await smtp.StartAsync();
            await host.WaitForOutboxAsync(all => all.Single().Status == OutboxStatus.Sent);
            Assert.Single(smtp.Messages());
        }
        finally
        {
            await host.DisposeAsync();
            await database.DisposeAsync();
        }
    }
}
