namespace Ioc.Hub.Streaming;

/// <summary>
/// An entry taken out of its partition for good: where it was, its event JSON (empty when the entry had none),
/// why, when and after how many deliveries. <paramref name="Id"/> is its id in the dead-letter stream.
/// </summary>
public sealed record DeadLetter(
    string Id,
    string Stream,
    string Position,
    string Json,
    string Reason,
    DateTimeOffset FailedAt,
    int Deliveries);
