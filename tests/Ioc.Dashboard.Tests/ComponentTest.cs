namespace Ioc.Dashboard.Tests;

/// <summary>A bUnit context that xUnit disposes asynchronously: some MudBlazor services are only IAsyncDisposable.</summary>
public abstract class ComponentTest : BunitContext, IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}
