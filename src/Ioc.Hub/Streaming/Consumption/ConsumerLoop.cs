using System.Collections.Concurrent;

namespace Ioc.Hub.Streaming.Consumption;

/// <summary>
/// One <see cref="IEventStream.ConsumeAsync"/> call: a single loop that balances leases, reads the partitions it holds
/// and hands their batches to the handler one at a time, plus a keeper task that renews the leases even while a
/// handler runs long. Shared by both implementations, so they cannot drift apart.
/// </summary>
internal sealed class ConsumerLoop
{
    private readonly ConcurrentDictionary<int, PartitionState> owned = new();
    private readonly IStreamLog log;
    private readonly ILeaseStore leases;
    private readonly StreamOptions options;
    private readonly string consumerId;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly BatchProcessor processor;
    private readonly int partitionCount;

    public ConsumerLoop(IStreamLog log, ILeaseStore leases, StreamOptions options, StreamPartitioner partitioner,
        string consumerId, StreamBatchHandler handler, TimeProvider time, ILogger logger)
    {
        this.log = log;
        this.leases = leases;
        this.options = options;
        this.consumerId = consumerId;
        this.time = time;
        this.logger = logger;
        partitionCount = partitioner.Partitions;
        processor = new BatchProcessor(log, partitioner, options, handler, time, logger);
    }

    private TimeSpan RenewInterval => options.LeaseTtl / 3;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var keeperStop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var keeper = KeepLeasesAsync(keeperStop.Token);
        try
        {
            await PumpAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        finally
        {
            await keeperStop.CancelAsync();
            await keeper;
            await LeaveAsync();
        }
    }

    private async Task PumpAsync(CancellationToken cancellationToken)
    {
        var idleDelay = options.PollMinInterval;
        var nextBalance = DateTimeOffset.MinValue;
        var transportFailures = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var wake = log.Wake.Current;
            bool worked;
            try
            {
                if (time.GetUtcNow() >= nextBalance)
                {
                    await BalanceAsync();
                    nextBalance = time.GetUtcNow() + RenewInterval;
                }
                worked = await PumpOnceAsync(cancellationToken);
                transportFailures = 0;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                // Redis unreachable or a command failed: stay alive, and since a read may have delivered entries whose
                // reply was lost, drain our own pending entries first once it works again.
                transportFailures++;
                foreach (var state in owned.Values)
                    state.ReadPending = true;
                var backoff = TimeSpan.FromMilliseconds(Math.Min(100 * Math.Pow(2, Math.Min(transportFailures, 10)), 5000));
                logger.LogWarning(ex, "Consumer {Consumer}: stream error #{Failures}, retrying in {Backoff}", consumerId, transportFailures, backoff);
                await Task.Delay(backoff, time, cancellationToken);
                continue;
            }

            if (worked)
            {
                idleDelay = options.PollMinInterval;
                continue;
            }
            var now = time.GetUtcNow();
            var until = owned.Values.Select(s => s.RetryAt).Where(r => r > now).Append(nextBalance).Min();
            var wait = until - now < idleDelay ? until - now : idleDelay;
            await WakeSignal.WaitAsync(wake, wait, time, cancellationToken);
            idleDelay = idleDelay * 2 < options.PollMaxInterval ? idleDelay * 2 : options.PollMaxInterval;
        }
    }

    private async Task<bool> PumpOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var ready = owned.Values.Where(s => !s.Lost && s.RetryAt <= now).OrderBy(s => s.Partition).ToList();
        var worked = false;
        foreach (var state in ready.Where(s => s.ReadPending))
        {
            var read = await log.ReadPendingAsync(state.Partition, consumerId, state.BatchLimit);
            if (!read.LeaseHeld)
                Lose(state);
            else if (read.Entries.Count == 0)
                state.Drained();
            else
            {
                await processor.ProcessAsync(state, read.Entries, cancellationToken);
                worked = true;
            }
        }

        var fresh = ready.Where(s => !s.ReadPending && !s.Lost).Select(s => s.Partition).ToList();
        if (fresh.Count == 0)
            return worked;
        foreach (var read in await log.ReadNewAsync(fresh, consumerId, options.BatchSize))
        {
            if (!owned.TryGetValue(read.Partition, out var state))
                continue;
            if (!read.LeaseHeld)
                Lose(state);
            else if (read.Entries.Count > 0)
            {
                await processor.ProcessAsync(state, read.Entries, cancellationToken);
                worked = true;
            }
        }
        return worked;
    }

    /// <summary>
    /// Keeps this consumer's share at ceil(partitions / live consumers): releases extras between batches (never during
    /// one) and takes free partitions, claiming their pending entries before reading anything new.
    /// </summary>
    private async Task BalanceAsync()
    {
        var live = await leases.HeartbeatAsync(consumerId, options.LeaseTtl);
        foreach (var state in owned.Values.Where(s => s.Lost))
            Lose(state);

        var cap = (partitionCount + live - 1) / Math.Max(1, live);
        if (owned.Count > cap)
        {
            // Prefer giving away partitions that are not in the middle of a retry.
            foreach (var state in owned.Values.OrderBy(s => s.ReadPending).ThenByDescending(s => s.Partition).Take(owned.Count - cap).ToList())
            {
                owned.TryRemove(state.Partition, out _);
                await leases.ReleaseAsync(state.Partition, consumerId);
                logger.LogInformation("Consumer {Consumer} released partition {Partition} ({Live} consumers live)", consumerId, state.Partition, live);
            }
            return;
        }
        if (owned.Count == cap)
            return;

        var available = await leases.AvailablePartitionsAsync(consumerId);
        // Start the scan at a consumer-specific offset so instances starting together do not all race for partition 0.
        var offset = (int)(StreamPartitioner.Fnv1a(consumerId) % (uint)partitionCount);
        foreach (var partition in available.Where(p => !owned.ContainsKey(p)).OrderBy(p => (p - offset + partitionCount) % partitionCount))
        {
            if (owned.Count >= cap)
                break;
            if (!await leases.TryAcquireAsync(partition, consumerId, options.LeaseTtl))
                continue;
            IReadOnlyList<LogEntry> gone;
            try
            {
                gone = await log.PrepareAsync(partition, consumerId);
            }
            catch
            {
                await leases.ReleaseAsync(partition, consumerId);
                throw;
            }
            var state = new PartitionState(partition, options.BatchSize);
            owned[partition] = state;
            logger.LogInformation("Consumer {Consumer} acquired partition {Partition}", consumerId, partition);
            if (gone.Count > 0)
                await processor.ProcessAsync(state, gone, CancellationToken.None);
        }
    }

    private void Lose(PartitionState state)
    {
        state.Lost = true;
        if (owned.TryRemove(state.Partition, out _))
            logger.LogWarning("Consumer {Consumer} lost the lease of partition {Partition}", consumerId, state.Partition);
    }

    private async Task KeepLeasesAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(RenewInterval, time, cancellationToken);
                await leases.HeartbeatAsync(consumerId, options.LeaseTtl);
                var states = owned.Values.Where(s => !s.Lost).ToList();
                var renewed = await Task.WhenAll(states.Select(s => leases.RenewAsync(s.Partition, consumerId, options.LeaseTtl)));
                for (var i = 0; i < states.Count; i++)
                    states[i].Lost |= !renewed[i];
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Consumer {Consumer}: lease renewal failed", consumerId);
            }
        }
    }

    /// <summary>Graceful stop: give the partitions back at once instead of making the others wait for the TTL.</summary>
    private async Task LeaveAsync()
    {
        var partitions = owned.Keys.ToList();
        owned.Clear();
        try
        {
            await Task.WhenAll(partitions.Select(p => leases.ReleaseAsync(p, consumerId)).Append(leases.LeaveAsync(consumerId)))
                .WaitAsync(TimeSpan.FromSeconds(5), time);
        }
        catch (Exception ex)
        {
            // A crashed connection: the leases expire after their TTL and the next owner claims the pending entries.
            logger.LogWarning(ex, "Consumer {Consumer} could not release its leases; they expire after {Ttl}", consumerId, options.LeaseTtl);
        }
    }
}
