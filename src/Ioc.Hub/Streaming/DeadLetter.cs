namespace Ioc.Hub.Streaming;

/// <summary>
/// An entry taken out of its partition for good: where it was, its event JSON (empty when the entry had none),
/// why, when and after how many deliveries. <paramref name="Id"/> is its id in the dead-letter stream.
/// <paramref name="FailedAt"/> is this (the last) failure; <paramref name="FirstFailedAt"/>,
/// <paramref name="Attempts"/> (deliveries over every round) and <paramref name="Replays"/> carry over when an
/// administrator replays the entry and it fails again.
/// </summary>
public sealed record DeadLetter(
    string Id,
    string Stream,
    string Position,
    string Json,
    string Reason,
    DateTimeOffset FailedAt,
    int Deliveries,
    DateTimeOffset FirstFailedAt,
    int Attempts,
    int Replays)
{
    /// <summary>What a replayed entry carries back into the stream, so its next dead letter keeps the history.</summary>
    public DeadLetterHistory History => new(FirstFailedAt, Attempts, Replays + 1);
}

/// <summary>
/// The earlier failures of a replayed entry: when it first failed, how many deliveries it took in all, how many times
/// it was replayed (this replay included).
/// </summary>
public sealed record DeadLetterHistory(DateTimeOffset FirstFailedAt, int Attempts, int Replays);
