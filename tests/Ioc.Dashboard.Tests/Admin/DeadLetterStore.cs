using Ioc.Data.Extensions;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.DeadLetters;
using Ioc.Hub.Extensions;
using Ioc.Hub.Streaming;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ioc.Dashboard.Tests.Admin;

/// <summary>
/// The hub's real services as the embedded dashboard has them (SQLite in a throw-away file, the in-process stream)
/// with the projection off, so the test itself plays the consumer and decides which entries are rejected and why.
/// </summary>
public sealed class DeadLetterStore : IAsyncLifetime
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"ioc-dead-letters-{Guid.NewGuid():N}.db");
    private IHost? host;

    public IServiceProvider Services => host!.Services;

    public IEventStream Stream => Services.GetRequiredService<IEventStream>();

    public DeadLetterAdmin Admin => Services.GetRequiredService<DeadLetterAdmin>();

    public async Task InitializeAsync()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Test" });
        builder.Configuration["ConnectionStrings:Ioc"] = $"Data Source={path}";
        builder.Configuration["Ioc:Projection:Consume"] = "false";
        builder.AddIocData();
        builder.AddIocHub();
        host = builder.Build();
        await host.StartAsync();
    }

    /// <summary>Appends the events and has a consumer reject each with <paramref name="reason"/>: they become dead letters.</summary>
    public async Task<IReadOnlyList<DeadLetterEntry>> DeadLetterAsync(string reason, params CaseEvent[] events)
    {
        var before = await Stream.CountDeadLettersAsync();
        Assert.All(await Stream.AppendAsync(events), r => Assert.True(r.Succeeded, r.Error));
        using var stop = new CancellationTokenSource();
        var consuming = Stream.ConsumeAsync($"test-{Guid.NewGuid():N}",
            (batch, _) => Task.FromResult<IReadOnlyList<Rejection>>([.. batch.Entries.Select(e => new Rejection(e.Position, reason))]), stop.Token);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (await Stream.CountDeadLettersAsync() < before + events.Length && DateTime.UtcNow < deadline)
            await Task.Delay(10);
        await stop.CancelAsync();
        await consuming;
        var page = await Admin.ListAsync(new DeadLetterQuery(Limit: DeadLetterQuery.MaxLimit));
        var ids = events.Select(e => e.CaseId).ToHashSet();
        return [.. page.Items.Where(d => d.CaseId is not null && ids.Contains(d.CaseId))];
    }

    public async Task DisposeAsync()
    {
        if (host is not null)
        {
            await host.StopAsync();
            host.Dispose();
        }
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(path + suffix);
    }
}
