namespace Ioc.EndToEnd.Tests.Wall;

/// <summary>The real dashboard with <see cref="WallSeed"/>'s cases in its store, shared by the wall tests.</summary>
public sealed class SeededWall : IAsyncLifetime
{
    public DashboardProcess Dashboard { get; } = new();

    internal WallSeed Seed { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        await Dashboard.InitializeAsync();
        Seed = await WallSeed.WriteAsync(Dashboard.ConnectionString, TimeProvider.System.GetUtcNow());
    }

    public Task DisposeAsync() => Dashboard.DisposeAsync();
}
