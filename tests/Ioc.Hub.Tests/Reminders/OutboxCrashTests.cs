using Ioc.Data.Notifications;
using Ioc.Hub.Tests.Reminders.Support;
using Ioc.Hub.Tests.Support.Storage;
using Microsoft.EntityFrameworkCore;

namespace Ioc.Hub.Tests.Reminders;

/// <summary>The delivery worker killed (SIGKILL) while the gateway holds one of its requests: nothing lost, nothing sent twice.</summary>
public sealed class OutboxCrashTests
{
    [Fact]
    public async Task AWorkerKilledMidDeliveryLosesNothingAndTheGatewaySendsNothingTwice()
    {
        await using var gateway = new SmsGateway();
        var database = new SqliteTestDatabase();
        await database.InitializeAsync();
        try
        {
            await using (var db = database.CreateContext())
                await ReminderSeed.AddAsync(db, [.. Enumerable.Range(1, 6).Select(i => ReminderSeed.Sms(i, DateTime.UtcNow))]);
            await gateway.StartAsync();
            gateway.HoldNext();
            var environment = new Dictionary<string, string>
            {
                ["ConnectionStrings__Ioc"] = database.ConnectionString,
                ["Ioc__Notifications__Sms__Url"] = gateway.Url.ToString(),
                ["Ioc__Notifications__PollInterval"] = "00:00:00.100",
                ["Ioc__Notifications__BatchSize"] = "3",
                ["Ioc__Notifications__LeaseDuration"] = "00:00:04",
                ["Ioc__Scheduler__Enabled"] = "false",
            };

            var first = new HubChildProcess(environment);
            await using (first)
            {
                var held = await Task.WhenAny(gateway.FirstHeld.Task, Task.Delay(TimeSpan.FromSeconds(90)));
                Assert.True(held == gateway.FirstHeld.Task, $"The first worker never reached the gateway:\n{first.Log}");
                await first.KillAsync();
            }
            gateway.Release();

            await using (var db = database.CreateContext())
            {
                // The kill left the rest of the batch claimed (Sending, leased) or pending: all still in the outbox.
                // (On a slow machine the held send may have timed out first and gone back to Pending: same outcome.)
                var left = await db.OutboxMessages.ToListAsync();
                Assert.Equal(6, left.Count);
                Assert.Contains(left, m => m.Status is OutboxStatus.Sending or OutboxStatus.Pending);
            }

            await using var second = new HubChildProcess(environment);
            var deadline = DateTime.UtcNow.AddSeconds(90);
            List<OutboxMessage> messages;
            while (true)
            {
                await using var db = database.CreateContext();
                messages = await db.OutboxMessages.ToListAsync();
                if (messages.All(m => m.Status == OutboxStatus.Sent) || DateTime.UtcNow > deadline)
                    break;
                await Task.Delay(100);
            }
            Assert.True(messages.All(m => m.Status == OutboxStatus.Sent), $"Not all sent: {string.Join(", ", messages.Select(m => $"{m.Status}/{m.Attempts}/{m.LastError}"))}\n{second.Log}");

            // Each SMS reached a handset once; the one in flight at the kill was requested twice with the same key.
            Assert.Equal(messages.Select(m => m.Id.ToString()).Order(), gateway.Sent.Keys.Order());
            var requests = gateway.Requests.GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.Count());
            var resent = Assert.Single(requests, r => r.Value == 2);
            Assert.Equal(7, gateway.Requests.Count);
            Assert.Equal(2, messages.Single(m => m.Id.ToString() == resent.Key).Attempts);
        }
        finally
        {
            await database.DisposeAsync();
        }
    }
}
