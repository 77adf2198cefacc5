namespace Ioc.Hub.Tests.DeadLetters;

internal static class Poll
{
    /// <summary>Waits until <paramref name="find"/> returns a value, polling every 50 ms.</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T?>> find, string what, TimeSpan? patience = null) where T : class
    {
        var deadline = DateTime.UtcNow + (patience ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            if (await find() is { } found)
                return found;
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"Timed out waiting until {what}.");
            await Task.Delay(50);
        }
    }
}
