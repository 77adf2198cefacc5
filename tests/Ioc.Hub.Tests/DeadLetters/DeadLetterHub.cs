using System.Net.Http.Headers;
using System.Net.Http.Json;
using Ioc.Data;
using Ioc.Hub.DeadLetters;
using Ioc.Hub.Live;
using Ioc.Hub.Live.Security;
using Ioc.Hub.Tests.Live.Support;
using Ioc.Hub.Tests.Streaming;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Ioc.Hub.Tests.DeadLetters;

/// <summary>
/// A Hub worker in distributed mode (its stream on the test Redis under a prefix of its own, projecting into SQLite)
/// with an administrator's hub key besides the subscribers' ones, for the dead-letter API.
/// </summary>
public sealed class DeadLetterHub : LiveHubFactory
{
    public const string AdminKey = "test-admin-key-0005";
    public const string AdminName = "admin-test";

    public string Prefix { get; } = $"test:{Guid.NewGuid():N}";

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Ioc:Redis"] = RedisTestServer.Endpoint,
        ["Ioc:Stream:KeyPrefix"] = Prefix,
        ["Ioc:Hub:Keys:4:Name"] = AdminName,
        ["Ioc:Hub:Keys:4:Sha256"] = HubKeyHandler.Hash(AdminKey),
        ["Ioc:Hub:Keys:4:Role"] = HubRoles.Admin,
    };

    public HttpClient Client(string? key)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (key is not null)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    /// <summary>Writes an entry straight into partition <paramref name="partition"/>, as another system's <c>XADD</c> would.</summary>
    public async Task<string> XAddAsync(int partition, string eventField)
    {
        using var redis = await RedisTestServer.ConnectAsync();
        var id = await redis.GetDatabase().StreamAddAsync($"{Prefix}:events:{partition}", "event", eventField);
        await redis.GetSubscriber().PublishAsync(RedisChannel.Literal($"{Prefix}:events:wake"), "1");
        return (string)id!;
    }

    /// <summary>Every dead letter, through the API as the administrator.</summary>
    public async Task<List<DeadLetterEntry>> AllAsync()
    {
        using var client = Client(AdminKey);
        var all = new List<DeadLetterEntry>();
        string? after = null;
        do
        {
            var page = (await client.GetFromJsonAsync<DeadLetterPage>($"/api/admin/dead-letters?limit=500{(after is null ? "" : "&after=" + after)}"))!;
            all.AddRange(page.Items);
            after = page.Next;
        }
        while (after is not null);
        return all;
    }

    public async Task<T> WithStoreAsync<T>(Func<IocDbContext, Task<T>> read)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<IocDbContext>>().CreateDbContextAsync();
        return await read(db);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        using var redis = await RedisTestServer.ConnectAsync();
        await RedisTestServer.DeleteKeysAsync(redis, Prefix);
    }
}
