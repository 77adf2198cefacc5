using Ioc.Hub.Cases.Events;

namespace Ioc.Hub.Projection;

/// <summary>What folding one case's entries of a batch produced; nothing of it is visible until the batch commits.</summary>
internal sealed class CaseFold(ProjectedCase? start)
{
    /// <summary>The case before the batch: from memory, from the store, or null for a case never seen.</summary>
    public ProjectedCase? Start { get; } = start;

    public ProjectedCase? Final { get; set; } = start;

    public List<ParsedEntry> Applied { get; } = [];

    /// <summary>Refused entries with their place in the batch, so rejections are reported in stream order.</summary>
    public List<(int Index, EntryRejection Rejection)> Rejections { get; } = [];

    public int Duplicates { get; set; }

    /// <summary>The case.received applied in this batch, whose reporter and description are stored with it.</summary>
    public CaseReceived? Received { get; set; }

    /// <summary>An event was ahead of <see cref="Start"/>: the store may know more than memory (another worker applied it).</summary>
    public bool RanAhead { get; set; }

    public bool Changed => Applied.Count > 0;
}
