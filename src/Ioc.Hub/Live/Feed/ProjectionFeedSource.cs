using System.Collections.Immutable;
using Ioc.Hub.Live.Contract;
using Ioc.Hub.Projection;
using Ioc.Hub.Projection.Aggregates;
using Ioc.Hub.Sla.Profiles;
using Microsoft.Extensions.Options;

namespace Ioc.Hub.Live.Feed;

/// <summary>
/// Feeds <see cref="LiveFeed"/> from the projection of this process (embedded mode, and every Hub worker): each
/// <see cref="ProjectionChanged"/> advances it by one version; a version jump (the notifier dropped deltas of a slow
/// subscriber) or a projection reload makes it read the whole state from memory again, at one version.
/// </summary>
public sealed class ProjectionFeedSource(
    ICaseChangeNotifier notifier, ProjectionMemory memory, ProfileCatalog catalog, LiveFeed feed, TimeProvider time,
    IOptions<ProjectionOptions> options, ILogger<ProjectionFeedSource> logger) : IHostedService
{
    private readonly LiveSnapshotBuilder builder = new(catalog, options.Value.DailyWindowDays);
    private IDisposable? subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Subscribe first, then read memory: a change in between is either in what was read (ignored as stale) or follows it.
        subscription = notifier.Subscribe(OnChangedAsync);
        Reload();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        subscription?.Dispose();
        return Task.CompletedTask;
    }

    private Task OnChangedAsync(ProjectionChanged change)
    {
        if (change.Reloaded || change.Numbers is not { } numbers || change.Changes.Any(c => c.State is null))
        {
            Reload();
            return Task.CompletedTask;
        }
        var changes = change.Changes.Select(c => KeyValuePair.Create(c.CaseId, LiveCases.From(c)));
        if (feed.Advance(change.Version - 1, change.Version, changes, _ => numbers) == AdvanceOutcome.Gap)
        {
            logger.LogInformation("Live feed at version {Version} missed deltas before {Next}: reloading from memory", feed.Version, change.Version);
            Reload();
        }
        return Task.CompletedTask;
    }

    private void Reload()
    {
        var now = time.GetUtcNow();
        var state = memory.Read(view =>
        {
            var cases = ImmutableDictionary.CreateBuilder<string, LiveCase>(StringComparer.Ordinal);
            foreach (var projected in view.Open)
            {
                if (LiveCases.From(projected, now, catalog) is { } live)
                {
                    cases[live.CaseId] = live;
                }
            }
            return new LiveState(builder.Build(view, now), cases.ToImmutable());
        });
        feed.Reset(state, new LiveConnection(LiveConnectionState.Live, now));
    }
}
