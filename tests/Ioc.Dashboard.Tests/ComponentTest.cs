namespace Ioc.Dashboard.Tests;

/// <summary>A bUnit context that xUnit disposes asynchronously: some MudBlazor services are only IAsyncDisposable.</summary>
public abstract class ComponentTest : BunitContext, IAsyncLifetime
{
    public virtual Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await CleanUpAsync();
    }

    /// <summary>Runs after the context is disposed: a test's own resources (a store, files).</summary>
    protected virtual Task CleanUpAsync() => Task.CompletedTask;
}
