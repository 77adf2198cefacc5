namespace Ioc.Hub.Live.Contract;

/// <summary>The messages the hub sends to a subscriber (strongly typed; names are the JavaScript method names).</summary>
public interface IIocClient
{
    /// <summary>The changes since the previous batch of the same source, at most four times a second.</summary>
    Task Deltas(DeltaBatchDto batch);

    /// <summary>A whole new state, pushed when the server itself had to reload (start-up, deltas it lost): replace yours.</summary>
    Task Snapshot(LiveSnapshotDto snapshot);
}
