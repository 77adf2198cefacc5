using Ioc.Data.Notifications;
using Ioc.Data.Storage;
using Ioc.Hub.Tests.Reminders.Support;
using Ioc.Hub.Tests.Support.Storage;
using Microsoft.EntityFrameworkCore;

namespace Ioc.Hub.Tests.Reminders;

/// <summary>The delivery worker against a real HTTP SMS gateway on loopback, over each provider's store.</summary>
public sealed class OutboxDeliveryTests
{
    private static async Task<(ReminderHost Host, SmsGateway Gateway)> StartAsync(StorageProvider provider, int messages)
    {
        var gateway = new SmsGateway();
        var database = TestDatabases.Create(provider);
        await database.InitializeAsync();
        await using (var db = database.CreateContext())
            await ReminderSeed.AddAsync(db, [.. Enumerable.Range(1, messages).Select(i => ReminderSeed.Sms(i, DateTime.UtcNow))]);
        var host = Host(database, gateway);
        return (host, gateway);
    }

    private static ReminderHost Host(TestDatabase database, SmsGateway gateway) => new(database, new Dictionary<string, string?>
    {
        ["Ioc:Notifications:Sms:Url"] = gateway.Url.ToString(),
        ["Ioc:Notifications:Sms:ApiKey"] = "sms-secret",
    });

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task MessagesWaitWhileTheGatewayIsDownAndAreDeliveredOnceWhenItIsBack(StorageProvider provider)
    {
        var (host, gateway) = await StartAsync(provider, messages: 12);
        try
        {
            _ = host.Server; // the worker starts; the gateway is not listening yet
            await host.WaitForOutboxAsync(all => all.All(m => m.Attempts >= 3 && m.Status == OutboxStatus.Pending && m.LastError is { Length: > 0 }));

            await gateway.StartAsync();
            await host.WaitForOutboxAsync(all => all.All(m => m.Status == OutboxStatus.Sent));

            await using var db = host.Db();
            var sent = await db.OutboxMessages.ToListAsync();
            Assert.Equal(12, gateway.Sent.Count);
            Assert.Equal(12, gateway.Requests.Count); // no copies: nothing was in flight when the gateway came back
            Assert.Equal(sent.Select(m => m.Id.ToString()).Order(), gateway.Sent.Keys.Order());
            Assert.All(sent, m => Assert.Equal($"gw-{m.Id}", m.ExternalId));
            Assert.All(sent, m => Assert.Null(m.LastError));
            Assert.All(gateway.Sent.Values, body => Assert.StartsWith("Tin nhắn thử", body["text"]!.GetValue<string>()));
        }
        finally
        {
            await host.DisposeAsync();
            await gateway.DisposeAsync();
            await host.Database.DisposeAsync();
        }
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task TwoWorkersOnOneStoreNeverSendTheSameMessageTwice(StorageProvider provider)
    {
        var (first, gateway) = await StartAsync(provider, messages: 60);
        await gateway.StartAsync();
        var second = Host(first.Database, gateway);
        try
        {
            _ = first.Server;
            _ = second.Server;
            await first.WaitForOutboxAsync(all => all.All(m => m.Status == OutboxStatus.Sent));
            Assert.Equal(60, gateway.Sent.Count);
            Assert.Equal(60, gateway.Requests.Count);
        }
        finally
        {
            await first.DisposeAsync();
            await second.DisposeAsync();
            await gateway.DisposeAsync();
            await first.Database.DisposeAsync();
        }
    }

    [Fact]
    public async Task AMessageTheGatewayRefusesFailsAtOnceWithTheGatewaysAnswer()
    {
        var (host, gateway) = await StartAsync(StorageProvider.Sqlite, messages: 0);
        await using (var db = host.Db())
        {
            var bad = ReminderSeed.Sms(1, DateTime.UtcNow);
            bad.Body = "";
            await ReminderSeed.AddAsync(db, bad);
        }
        await gateway.StartAsync();
        try
        {
            _ = host.Server;
            await host.WaitForOutboxAsync(all => all.All(m => m.Status == OutboxStatus.Failed));
            await using var check = host.Db();
            var failed = await check.OutboxMessages.SingleAsync();
            Assert.Equal(1, failed.Attempts);
            Assert.Contains("400", failed.LastError);
        }
        finally
        {
            await host.DisposeAsync();
            await gateway.DisposeAsync();
            await host.Database.DisposeAsync();
        }
    }
}
