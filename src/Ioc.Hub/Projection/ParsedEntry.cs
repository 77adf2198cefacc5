using Ioc.Hub.Cases.Events;

namespace Ioc.Hub.Projection;

/// <summary>
/// An entry that reads and meets the contract, ready for the state machine; <paramref name="Index"/> is its place in the batch. <paramref name="RecordedAtUtc"/> is set
/// only by a rebuild, which keeps the instant the original projection recorded; <paramref name="Position"/> is null
/// only for a logged event that never came through a stream.
/// </summary>
internal sealed record ParsedEntry(int Index, string Stream, string? Position, string Json, CaseEvent Event, DateTime? RecordedAtUtc = null);
