using Ioc.Hub.Live;
using Ioc.Hub.Live.Feed;
using Ioc.Hub.Projection.Aggregates;

namespace Ioc.Dashboard.Tests.Layout;

/// <summary>
/// A live feed whose connection state a test sets, for the shell's indicator (a unit test of presentation: the real
/// feeds' states are tested in Ioc.Hub.Tests). The shell reads nothing else from it.
/// </summary>
internal sealed class SettableLiveFeed : ILiveFeed
{
    public LiveConnection Connection { get; set; } = new(LiveConnectionState.Live, null);

    public LiveSnapshot Current => throw new NotSupportedException("the shell reads only the connection state");

    public LiveView View(LiveAudience audience) => throw new NotSupportedException("the shell reads only the connection state");

    public IDisposable Subscribe(LiveAudience audience, Func<LiveUpdate, Task> handler) =>
        throw new NotSupportedException("the shell reads only the connection state");
}
