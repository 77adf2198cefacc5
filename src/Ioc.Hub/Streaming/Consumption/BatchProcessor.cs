namespace Ioc.Hub.Streaming.Consumption;

/// <summary>
/// Handles one read batch of one partition: routes misplaced or unreadable entries, hands the rest to the handler,
/// then settles (acknowledges, dead-letters, forwards) in one atomic step, or schedules a retry if the handler threw.
/// </summary>
internal sealed class BatchProcessor(
    IStreamLog log,
    StreamPartitioner partitioner,
    StreamOptions options,
    StreamBatchHandler handler,
    TimeProvider time,
    ILogger logger)
{
    public async Task ProcessAsync(PartitionState state, IReadOnlyList<LogEntry> entries, CancellationToken cancellationToken)
    {
        var partition = state.Partition;
        var stream = log.Names.Partition(partition);
        var settlement = new Settlement(partition);
        var deliverable = new List<StreamEntry>(entries.Count);
        // Only replayed dead letters have a history (rare): looked up by position if one dies again.
        Dictionary<string, DeadLetterHistory>? histories = null;
        foreach (var entry in entries)
        {
            if (entry.History is not null)
                (histories ??= new(StringComparer.Ordinal))[entry.Position] = entry.History;
            if (Route(partition, entry, settlement) is { } caseEntry)
                deliverable.Add(new StreamEntry(stream, entry.Position, partition, caseEntry, entry.DeliveryCount));
        }

        if (deliverable.Count > 0)
        {
            try
            {
                var rejections = await handler(new StreamBatch(partition, stream, deliverable), cancellationToken);
                Accept(deliverable, rejections ?? Rejection.None, settlement, histories);
            }
            catch (Exception ex) when (!(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
            {
                // Only an entry that failed alone is proven guilty; a larger batch is bisected on the next tries.
                if (deliverable is [var only] && only.DeliveryCount >= options.MaxDeliveries)
                {
                    var reason = $"The handler failed on delivery {only.DeliveryCount} (max {options.MaxDeliveries}): {ex.GetType().Name}: {ex.Message}";
                    settlement.DeadLetters.Add(new(only.Position, only.Json, reason, only.DeliveryCount, histories?.GetValueOrDefault(only.Position)));
                }
                else
                {
                    state.Failed(deliverable.Count, time.GetUtcNow(), options);
                    logger.LogWarning(ex, "Handler failed on {Count} entries of {Stream} from {Position}; retry #{Retry} at {RetryAt:O}",
                        deliverable.Count, stream, deliverable[0].Position, state.ConsecutiveFailures, state.RetryAt);
                    await SettleAsync(state, settlement);
                    return;
                }
            }
        }

        await SettleAsync(state, settlement);
        state.Succeeded();
    }

    /// <summary>Returns the JSON to deliver, or records what to do with an entry that is not this partition's to deliver.</summary>
    private string? Route(int partition, LogEntry entry, Settlement settlement)
    {
        string? reason = null;
        if (entry.Deleted)
            reason = "The entry was deleted from the stream before it was processed (hard length cap or XDEL).";
        else if (entry.Json is null)
            reason = "The entry has no 'event' field.";
        else if (!EventRouting.TryReadCaseId(entry.Json, out var caseId, out var error))
            reason = error;
        else if (partitioner.PartitionOf(caseId) is var home && home != partition)
        {
            // A producer wrote to the wrong partition: move it home so one consumer orders the case from now on.
            settlement.Forwards.Add(new(entry.Position, home, entry.Json, caseId));
            return null;
        }
        else
            return entry.Json;

        settlement.DeadLetters.Add(new(entry.Position, entry.Json ?? "", reason, entry.DeliveryCount, entry.History));
        return null;
    }

    private void Accept(List<StreamEntry> delivered, IReadOnlyList<Rejection> rejections, Settlement settlement, Dictionary<string, DeadLetterHistory>? histories)
    {
        var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var rejection in rejections)
            reasons.TryAdd(rejection.Position, rejection.Reason);
        foreach (var entry in delivered)
        {
            if (reasons.Remove(entry.Position, out var reason))
                settlement.DeadLetters.Add(new(entry.Position, entry.Json, reason, entry.DeliveryCount, histories?.GetValueOrDefault(entry.Position)));
            else
                settlement.Acks.Add(entry.Position);
        }
        foreach (var unknown in reasons.Keys)
            logger.LogWarning("The handler rejected position {Position}, which was not in the batch; ignored", unknown);
    }

    private async Task SettleAsync(PartitionState state, Settlement settlement)
    {
        if (settlement.IsEmpty)
            return;
        try
        {
            await log.SettleAsync(settlement);
        }
        catch
        {
            // Not acknowledged: the entries stay in our pending list and must be re-read before anything newer.
            state.ReadPending = true;
            throw;
        }
        foreach (var forward in settlement.Forwards)
            logger.LogInformation("Forwarded misrouted {Position} of partition {From} to partition {To}", forward.Position, settlement.Partition, forward.Partition);
        foreach (var dead in settlement.DeadLetters)
            logger.LogWarning("Dead letter from partition {Partition} {Position}: {Reason}", settlement.Partition, dead.Position, dead.Reason);
    }
}
