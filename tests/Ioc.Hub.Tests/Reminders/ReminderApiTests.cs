using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Ioc.Data.Notifications;
using Ioc.Data.Reminders;
using Ioc.Data.Storage;
using Ioc.Hub.Tests.Reminders.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ioc.Hub.Tests.Reminders;

/// <summary>The reminder API on a real store of each provider: what it records, what it puts on the stream, what it refuses.</summary>
public sealed class ReminderApiTests
{
    private static readonly DateTime Due = DateTime.UtcNow.AddHours(-30);

    private static async Task<ReminderHost> StartAsync(StorageProvider provider, bool agencyHasContacts = true)
    {
        var database = TestDatabases.Create(provider);
        await database.InitializeAsync();
        var host = new ReminderHost(database, new Dictionary<string, string?>(), deliver: false);
        _ = host.Server;
        await using var db = host.Db();
        await ReminderSeed.AddAsync(db, ReminderSeed.Agency("a1", agencyHasContacts), ReminderSeed.Case("c1", "a1", Due), ReminderSeed.Case("c2", "a1", Due.AddHours(2)),
            ReminderSeed.Case("c3", "a1", DateTime.UtcNow.AddHours(5), status: "OnTime"));
        return host;
    }

    private static async Task StopAsync(ReminderHost host)
    {
        await host.DisposeAsync();
        await host.Database.DisposeAsync();
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task ACaseReminderRecordsOneReminderAndMessagePerChannelAndAnnouncesItOnTheStream(StorageProvider provider)
    {
        var host = await StartAsync(provider);
        try
        {
            var response = await host.Client().PostAsJsonAsync("/api/reminders", new { scope = "case", caseId = "PAKN-c1" });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);

            await using var db = host.Db();
            var reminders = await db.Reminders.Include(r => r.Cases).OrderBy(r => r.Channel).ToListAsync();
            Assert.Equal([NotificationChannels.Email, NotificationChannels.Sms], reminders.Select(r => r.Channel));
            Assert.All(reminders, r => Assert.Equal(["c1"], r.Cases.Select(c => c.CaseId)));
            Assert.All(reminders, r => Assert.Equal(RecipientRoles.FocalOfficer, r.RecipientRole));
            var messages = await db.OutboxMessages.OrderBy(m => m.Channel).ToListAsync();
            Assert.Equal(["a1.daumoi@example.vn", "0900000002"], messages.Select(m => m.Recipient));
            Assert.All(messages, m => Assert.Equal(OutboxStatus.Pending, m.Status));
            Assert.Contains("PAKN-c1", messages[1].Body);
            Assert.Contains("quá hạn", messages[1].Body);

            var events = await host.ReminderEventsAsync(2);
            Assert.Equal(2, events.Count);
            Assert.All(events, e => Assert.Equal("c1", e["caseId"]!.GetValue<string>()));
            Assert.Equal(reminders.Select(r => r.Id.ToString()).Order(), events.Select(e => e["reminderId"]!.GetValue<string>()).Order());
            Assert.All(await db.Reminders.ToListAsync(), r => Assert.NotNull(r.AnnouncedAtUtc));
        }
        finally
        {
            await StopAsync(host);
        }
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task ASecondReminderWithinTheWindowIsRefusedUnlessForcedWithAReason(StorageProvider provider)
    {
        var host = await StartAsync(provider);
        try
        {
            var client = host.Client();
            Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/reminders", new { scope = "case", caseId = "c1" })).StatusCode);

            var again = await client.PostAsJsonAsync("/api/reminders", new { scope = "case", caseId = "c1" });
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
            var problem = await again.Content.ReadFromJsonAsync<JsonObject>();
            Assert.NotNull(problem!["lastReminderAtUtc"]);

            var noReason = await client.PostAsJsonAsync("/api/reminders", new { scope = "case", caseId = "c1", force = true });
            Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
            Assert.Contains("reason", await noReason.Content.ReadAsStringAsync());

            var forced = await client.PostAsJsonAsync("/api/reminders", new { scope = "case", caseId = "c1", force = true, reason = "Lãnh đạo yêu cầu nhắc lại" });
            Assert.Equal(HttpStatusCode.Created, forced.StatusCode);
            await using var db = host.Db();
            var last = await db.Reminders.Where(r => r.Forced).ToListAsync();
            Assert.Equal(2, last.Count);
            Assert.All(last, r => Assert.Equal("Lãnh đạo yêu cầu nhắc lại", r.Reason));
            Assert.Equal(4, await db.OutboxMessages.CountAsync());
        }
        finally
        {
            await StopAsync(host);
        }
    }

    public static TheoryData<string, object, string> BadRequests => new()
    {
        { "unknown case", new { scope = "case", caseId = "no-such-case" }, "no-such-case" },
        { "unknown agency", new { scope = "agency", agencyId = "nowhere" }, "nowhere" },
        { "no scope", new { caseId = "c1" }, "scope" },
        { "empty text", new { scope = "case", caseId = "c1", message = "   " }, "message" },
        { "oversized text", new { scope = "case", caseId = "c1", message = new string('x', 4001) }, "4001" },
        { "SMS too long", new { scope = "case", caseId = "c1", message = new string('y', 400) }, "SMS" },
        { "unknown channel", new { scope = "case", caseId = "c1", recipients = new[] { new { role = "focal-officer", channels = new[] { "fax" } } } }, "fax" },
        { "unknown role", new { scope = "case", caseId = "c1", recipients = new[] { new { role = "mayor", channels = new[] { "sms" } } } }, "mayor" },
        { "agency scope without agency", new { scope = "agency" }, "agencyId" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task BadInputIsAProblemDetails400AndNothingIsQueued(string what, object body, string mentioned)
    {
        var host = await StartAsync(StorageProvider.Sqlite);
        try
        {
            var response = await host.Client().PostAsJsonAsync("/api/reminders", body);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{what}: {response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains(mentioned, await response.Content.ReadAsStringAsync());
            await using var db = host.Db();
            Assert.Equal(0, await db.Reminders.CountAsync());
            Assert.Equal(0, await db.OutboxMessages.CountAsync());
        }
        finally
        {
            await StopAsync(host);
        }
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task AnAgencyWithoutTheContactIsRefusedWithItsNameAndNothingHalfSent(StorageProvider provider)
    {
        var host = await StartAsync(provider, agencyHasContacts: false);
        try
        {
            var response = await host.Client().PostAsJsonAsync("/api/reminders", new { scope = "case", caseId = "c1" });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var text = await response.Content.ReadAsStringAsync();
            Assert.Contains("UBND phường a1", text);
            Assert.Contains("số điện thoại", text);
            await using var db = host.Db();
            Assert.Equal(0, await db.Reminders.CountAsync());
            Assert.Equal(0, await db.OutboxMessages.CountAsync());
        }
        finally
        {
            await StopAsync(host);
        }
    }

    [Fact]
    public async Task AnAgencyReminderListsAllItsOverdueCasesInOneMessagePerChannel()
    {
        var host = await StartAsync(StorageProvider.Sqlite);
        try
        {
            var response = await host.Client().PostAsJsonAsync("/api/reminders", new
            {
                scope = "agency",
                agencyId = "a1",
                recipients = new[] { new { role = "leader", channels = new[] { "email" } } },
            });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            await using var db = host.Db();
            var reminder = await db.Reminders.Include(r => r.Cases).SingleAsync();
            Assert.Equal(["c1", "c2"], reminder.Cases.Select(c => c.CaseId).Order());
            var message = await db.OutboxMessages.SingleAsync();
            Assert.Equal("a1.lanhdao@example.vn", message.Recipient);
            Assert.Contains("2 phản ánh", message.Subject);
            Assert.Contains("PAKN-c1", message.Body);
            Assert.Contains("PAKN-c2", message.Body);
            Assert.DoesNotContain("PAKN-c3", message.Body);
            Assert.Equal(2, (await host.ReminderEventsAsync(2)).Count);
        }
        finally
        {
            await StopAsync(host);
        }
    }

    [Fact]
    public async Task RemindingEveryAgencyLeavesOutAnAgencyWithoutContactsAndSaysWhy()
    {
        var host = await StartAsync(StorageProvider.Sqlite);
        try
        {
            await using (var db = host.Db())
                await ReminderSeed.AddAsync(db, ReminderSeed.Agency("a2", withContacts: false), ReminderSeed.Case("c9", "a2", Due));
            var response = await host.Client().PostAsJsonAsync("/api/reminders", new { scope = "all-agencies" });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            var plan = await response.Content.ReadFromJsonAsync<JsonObject>();
            Assert.Equal("a1", plan!["agencies"]![0]!["agencyId"]!.GetValue<string>());
            Assert.Equal("a2", plan["skipped"]![0]!["agencyId"]!.GetValue<string>());
            await using var check = host.Db();
            Assert.All(await check.Reminders.ToListAsync(), r => Assert.Equal("a1", r.AgencyId));
        }
        finally
        {
            await StopAsync(host);
        }
    }

    [Fact]
    public async Task EscalatingToTheHeadPutsAnEscalationAndTheReminderOnTheStream()
    {
        var host = await StartAsync(StorageProvider.Sqlite);
        try
        {
            var response = await host.Client().PostAsJsonAsync("/api/reminders", new
            {
                scope = "escalation",
                caseId = "c1",
                reason = "Cán bộ đầu mối không phản hồi sau hai lần nhắc",
                recipients = new[] { new { role = "head", channels = new[] { "sms" } } },
            });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            await using var db = host.Db();
            var message = await db.OutboxMessages.SingleAsync();
            Assert.Equal("0900000003", message.Recipient);
            Assert.Contains("Thủ trưởng", message.Body);
            var escalated = Assert.Single(await host.ReadStreamAsync("ioc.escalated", 1));
            var node = JsonNode.Parse(escalated)!;
            Assert.Equal("agency-head", node["level"]!.GetValue<string>());
            Assert.Contains("hai lần nhắc", node["reason"]!.GetValue<string>());
        }
        finally
        {
            await StopAsync(host);
        }
    }

    [Fact]
    public async Task APreviewShowsTheMessagesAndWritesNothing()
    {
        var host = await StartAsync(StorageProvider.Sqlite);
        try
        {
            var response = await host.Client().PostAsJsonAsync("/api/reminders/preview", new { scope = "case", caseId = "c1" });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var plan = await response.Content.ReadFromJsonAsync<JsonObject>();
            var messages = plan!["agencies"]![0]!["messages"]!.AsArray();
            Assert.Equal(2, messages.Count);
            Assert.All(messages, m => Assert.Contains("PAKN-c1", m!["body"]!.GetValue<string>()));
            await using var db = host.Db();
            Assert.Equal(0, await db.Reminders.CountAsync());
        }
        finally
        {
            await StopAsync(host);
        }
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task AnAutomaticReminderSentAgainUnderTheSameKeyIsNotRecordedTwice(StorageProvider provider)
    {
        // What a restarted (or second) worker does when the policy's rule fires again: same key, same ids, nothing new.
        var host = await StartAsync(provider);
        try
        {
            var service = host.Services.GetRequiredService<Hub.Reminders.ReminderService>();
            var request = new Hub.Reminders.ReminderRequest { Scope = Hub.Reminders.ReminderScope.Case, CaseId = "c1", Automatic = true, Reason = "000 Điều 17.2" };
            var first = await service.SendAsync(request, "ioc.policy", "c1/overdue/processing/1/0");
            var again = await service.SendAsync(request, "ioc.policy", "c1/overdue/processing/1/0");
            var nextRung = await service.SendAsync(request, "ioc.policy", "c1/overdue/processing/1/1");
            Assert.Equal(2, first.ReminderIds.Count);
            Assert.Empty(again.ReminderIds);
            Assert.Equal(2, nextRung.ReminderIds.Count);
            await using var db = host.Db();
            Assert.Equal(4, await db.Reminders.CountAsync(r => r.Automatic));
            Assert.Equal(4, await db.OutboxMessages.CountAsync());
        }
        finally
        {
            await StopAsync(host);
        }
    }

    [Fact]
    public async Task OnlySupervisorsAndAdminsMaySendReminders()
    {
        var host = await StartAsync(StorageProvider.Sqlite);
        try
        {
            var response = await host.Client(ReminderHost.WallKey).PostAsJsonAsync("/api/reminders", new { scope = "case", caseId = "c1" });
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            var anonymous = await host.CreateClient().PostAsJsonAsync("/api/reminders", new { scope = "case", caseId = "c1" });
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }
        finally
        {
            await StopAsync(host);
        }
    }
}

internal static class ReminderHostExtensions
{
    public static async Task<List<JsonNode>> ReminderEventsAsync(this ReminderHost host, int count) =>
        [.. (await host.ReadStreamAsync("ioc.reminder-sent", count)).Select(json => JsonNode.Parse(json)!)];
}
