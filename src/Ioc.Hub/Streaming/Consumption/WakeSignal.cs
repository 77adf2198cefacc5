namespace Ioc.Hub.Streaming.Consumption;

/// <summary>
/// A level-free wake-up: take <see cref="Current"/> before polling; a <see cref="Set"/> that happens during the poll
/// completes it, so a wake-up between "found nothing" and "start waiting" is never missed.
/// </summary>
internal sealed class WakeSignal
{
    private TaskCompletionSource source = New();

    public Task Current => Volatile.Read(ref source).Task;

    public void Set() => Interlocked.Exchange(ref source, New()).TrySetResult();

    /// <summary>Waits for <paramref name="wake"/> or <paramref name="delay"/>, whichever comes first.</summary>
    public static async Task WaitAsync(Task wake, TimeSpan delay, TimeProvider time, CancellationToken cancellationToken)
    {
        if (wake.IsCompleted || delay <= TimeSpan.Zero)
            return;
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var sleep = Task.Delay(delay, time, timer.Token);
        await Task.WhenAny(wake, sleep);
        await timer.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }

    private static TaskCompletionSource New() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
