namespace Ioc.Hub.Projection;

/// <summary>
/// In-process fan-out of <see cref="ProjectionChanged"/> to the SignalR hub and to Blazor circuits (eShop's
/// OrderStatusNotificationService pattern). Publishing never waits for a subscriber.
/// </summary>
public interface ICaseChangeNotifier
{
    /// <summary>Calls <paramref name="handler"/> for every later change, one at a time, in order; dispose to stop.</summary>
    IDisposable Subscribe(Func<ProjectionChanged, Task> handler);

    void Publish(ProjectionChanged change);
}
