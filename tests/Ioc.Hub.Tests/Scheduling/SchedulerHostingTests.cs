using Ioc.Data.Extensions;
using Ioc.Hub.Cases.Events;
using Ioc.Hub.Extensions;
using Ioc.Hub.Projection;
using Ioc.Hub.Scheduling;
using Ioc.Hub.Streaming;
using Ioc.Hub.Tests.Projection.Support;
using Ioc.Hub.Tests.Scheduling.Support;
using Ioc.Hub.Tests.Streaming;
using Ioc.Hub.Tests.Support.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ioc.Hub.Tests.Scheduling;

/// <summary>The scheduler as AddIocHub wires it in embedded mode (in-process stream, SQLite), on the real clock.</summary>
public sealed class SchedulerHostingTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase database = new();

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task TheHostedSchedulerCatchesUpAnEmergencyThatIsAlreadyOverdueWhenItArrives()
    {
        using var profiles = new ProfileFiles();
        using var host = await StartAsync(profiles, enabled: null);
        var stream = host.Services.GetRequiredService<IEventStream>();
        var consumer = host.Services.GetServices<IHostedService>().OfType<ProjectionConsumer>().Single();
        Assert.Equal(consumer.ConsumerId, host.Services.GetRequiredService<PartitionOwnership>().ConsumerId);

        // 000 Điều 10.1: one clock hour for an emergency; received two hours ago, it is overdue on arrival.
        var receivedAt = TimeProvider.System.GetUtcNow().ToOffset(SchedulerKit.Vietnam).AddHours(-2);
        var c = new TestCase($"host-{Guid.NewGuid():N}").At(receivedAt);
        await SchedulerKit.AppendAsync(stream, database, c.Received(emergency: true));

        var scheduled = await Eventually(c.CaseId, 2);
        Assert.Equal([SlaStatus.DueSoon, SlaStatus.Overdue], scheduled.Cast<DeadlineStateChanged>().Select(e => e.Status));
        Assert.Equal(receivedAt.AddHours(1), scheduled[1].OccurredAt);
        await host.StopAsync();
    }

    [Fact]
    public async Task ASchedulerDisabledByConfigurationEmitsNothing()
    {
        using var profiles = new ProfileFiles();
        using var host = await StartAsync(profiles, enabled: false);
        var stream = host.Services.GetRequiredService<IEventStream>();
        var c = new TestCase($"host-{Guid.NewGuid():N}").At(TimeProvider.System.GetUtcNow().ToOffset(SchedulerKit.Vietnam).AddHours(-2));

        await SchedulerKit.AppendAsync(stream, database, c.Received(emergency: true));

        // An enabled scheduler emits within its ownership refresh (2 s) of start-up; give it twice that.
        await Task.Delay(TimeSpan.FromSeconds(4));
        Assert.Empty(await SchedulerKit.ScheduledAsync(database, c.CaseId));
        await host.StopAsync();
    }

    private async Task<IHost> StartAsync(ProfileFiles profiles, bool? enabled)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Ioc:Redis"] = "",
            ["Ioc:Storage:Provider"] = database.Provider.ToString(),
            ["ConnectionStrings:Ioc"] = database.ConnectionString,
            ["Ioc:Sla:ProfilesPath"] = profiles.Path,
            ["Ioc:Stream:PollMaxInterval"] = "00:00:00.010",
        });
        if (enabled is { } value)
        {
            builder.Configuration["Ioc:Scheduler:Enabled"] = value.ToString();
        }
        builder.AddIocData();
        builder.AddIocHub();
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private async Task<List<CaseEvent>> Eventually(string caseId, int count)
    {
        List<CaseEvent> events = [];
        await StreamTestKit.Eventually(async () => (events = await SchedulerKit.ScheduledAsync(database, caseId)).Count >= count,
            $"{count} scheduler events are stored", TimeSpan.FromSeconds(10));
        Assert.Equal(count, events.Count);
        return events;
    }
}
