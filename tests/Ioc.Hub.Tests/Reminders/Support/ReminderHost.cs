using System.Collections.Concurrent;
using System.Net.Http.Headers;
using Ioc.Data;
using Ioc.Data.Storage;
using Ioc.Hub.Live;
using Ioc.Hub.Live.Security;
using Ioc.Hub.Notifications;
using Ioc.Hub.Streaming;
using Ioc.Hub.Tests.Support.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ioc.Hub.Tests.Reminders.Support;

/// <summary>
/// The Hub host over a real, migrated test database (SQLite or PostgreSQL) with the in-process stream. Of the hub's
/// background services only the outbox delivery worker runs (when <paramref name="deliver"/>), so the test is the
/// only reader of the stream and sees every reminder annotation.
/// </summary>
public sealed class ReminderHost(TestDatabase database, IReadOnlyDictionary<string, string?> settings, bool deliver = true) : WebApplicationFactory<Program>
{
    public const string SupervisorKey = "test-supervisor-key";
    public const string WallKey = "test-wall-key";

    public TestDatabase Database => database;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Ioc:Storage:Provider", database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Ioc", database.ConnectionString);
        builder.UseSetting("Ioc:Hub:Keys:0:Name", "supervisor");
        builder.UseSetting("Ioc:Hub:Keys:0:Sha256", HubKeyHandler.Hash(SupervisorKey));
        builder.UseSetting("Ioc:Hub:Keys:0:Role", HubRoles.Supervisor);
        builder.UseSetting("Ioc:Hub:Keys:1:Name", "wall");
        builder.UseSetting("Ioc:Hub:Keys:1:Sha256", HubKeyHandler.Hash(WallKey));
        builder.UseSetting("Ioc:Hub:Keys:1:Role", HubRoles.Wall);
        builder.UseSetting("Ioc:Notifications:PollInterval", "00:00:00.050");
        builder.UseSetting("Ioc:Notifications:BaseRetryDelay", "00:00:00.100");
        builder.UseSetting("Ioc:Notifications:MaxRetryDelay", "00:00:00.400");
        foreach (var (key, value) in settings)
            builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            var hubWorkers = services
                .Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Assembly == typeof(Program).Assembly
                    && !(deliver && d.ImplementationType == typeof(OutboxDispatcher)))
                .ToList();
            foreach (var descriptor in hubWorkers)
                services.Remove(descriptor);
        });
    }

    public HttpClient Client(string key = SupervisorKey)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    public IocDbContext Db() => database.CreateContext();

    /// <summary>Consumes the stream until <paramref name="count"/> entries of <paramref name="type"/> arrived; returns their JSON.</summary>
    public async Task<IReadOnlyList<string>> ReadStreamAsync(string type, int count)
    {
        var stream = Services.GetRequiredService<IEventStream>();
        var found = new ConcurrentQueue<string>();
        using var stop = new CancellationTokenSource();
        var consuming = stream.ConsumeAsync($"test-{Guid.NewGuid():N}", (batch, _) =>
        {
            foreach (var entry in batch.Entries.Where(e => e.Json.Contains($"\"type\":\"{type}\"", StringComparison.Ordinal)))
                found.Enqueue(entry.Json);
            return Task.FromResult(Rejection.None);
        }, stop.Token);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (found.Count < count && DateTime.UtcNow < deadline)
            await Task.Delay(20);
        await Task.Delay(100);
        await stop.CancelAsync();
        await consuming;
        return [.. found];
    }

    /// <summary>Waits until <paramref name="done"/> holds for the outbox, up to <paramref name="seconds"/>.</summary>
    public async Task WaitForOutboxAsync(Func<List<Data.Notifications.OutboxMessage>, bool> done, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            await using var db = Db();
            var messages = db.OutboxMessages.ToList();
            if (done(messages))
                return;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException("Outbox state: " + string.Join("; ", messages.Select(m => $"{m.Channel} {m.Status} attempts={m.Attempts} error={m.LastError}")));
            await Task.Delay(50);
        }
    }
}

public static class TestDatabases
{
    public static TestDatabase Create(StorageProvider provider) => provider == StorageProvider.Postgres ? new PostgresTestDatabase() : new SqliteTestDatabase();
}
