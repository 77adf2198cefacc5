namespace Ioc.Hub.Streaming.Consumption;

/// <summary>
/// Everything a processed batch leaves behind, applied atomically by <see cref="IStreamLog.SettleAsync"/>:
/// entries forwarded to their own partition, entries dead-lettered, and the acknowledgement of all of them.
/// </summary>
internal sealed class Settlement(int partition)
{
    public int Partition => partition;

    public List<string> Acks { get; } = [];

    public List<DeadLetterDraft> DeadLetters { get; } = [];

    public List<ForwardDraft> Forwards { get; } = [];

    public bool IsEmpty => Acks.Count == 0 && DeadLetters.Count == 0 && Forwards.Count == 0;

    /// <summary>Every position the settlement acknowledges.</summary>
    public IEnumerable<string> Positions =>
        Acks.Concat(DeadLetters.Select(d => d.Position)).Concat(Forwards.Select(f => f.Position));
}

internal sealed record DeadLetterDraft(string Position, string Json, string Reason, int Deliveries, DeadLetterHistory? History);

internal sealed record ForwardDraft(string Position, int Partition, string Json, string CaseId);
