using Ioc.Hub.Streaming.Consumption;

namespace Ioc.Hub.Notifications;

/// <summary>Wakes this process's delivery worker when a reminder has just queued messages (other processes find them by polling).</summary>
public sealed class OutboxSignal
{
    private readonly WakeSignal signal = new();

    internal Task Current => signal.Current;

    public void Wake() => signal.Set();
}
