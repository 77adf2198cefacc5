using System.Globalization;
using Ioc.Data;
using Ioc.Data.Audit;
using Ioc.Hub.Streaming;
using Microsoft.EntityFrameworkCore;

namespace Ioc.Hub.DeadLetters;

/// <summary>
/// What administrators do with dead letters (docs/dead-letters.md), for the HTTP API and the dashboard's page alike:
/// list with filters, replay after a fix, discard with a reason. Replays and discards are written to the audit log.
/// </summary>
public sealed class DeadLetterAdmin(IEventStream stream, IDbContextFactory<IocDbContext> contextFactory, TimeProvider time, ILogger<DeadLetterAdmin> logger)
{
    public const string ReplayAction = "dead-letter.replay";
    public const string DiscardAction = "dead-letter.discard";
    public const int MaxReasonLength = 2000;

    /// <summary>Dead letters scanned per read while filtering; a filter that matches little still reads in bounded steps.</summary>
    private const int ScanChunk = 500;

    /// <summary>The audit entry keeps this much of a discarded entry, so what was thrown away can still be read.</summary>
    private const int AuditedEventLength = 8000;

    /// <summary>A page of the dead letters matching <paramref name="query"/>, in the order they were written.</summary>
    /// <exception cref="ArgumentException">The cursor is not a dead-letter id.</exception>
    public async Task<DeadLetterPage> ListAsync(DeadLetterQuery query, CancellationToken cancellationToken = default)
    {
        var limit = Math.Clamp(query.Limit, 1, DeadLetterQuery.MaxLimit);
        var items = new List<DeadLetterEntry>(limit);
        var after = query.After;
        string? next = null;
        while (true)
        {
            var chunk = await stream.ListDeadLettersAsync(ScanChunk, after, cancellationToken);
            foreach (var letter in chunk)
            {
                var entry = DeadLetterEntry.From(letter);
                if (!query.Matches(entry))
                    continue;
                if (items.Count == limit)
                {
                    // One more match exists: the page ends at the last one returned.
                    next = items[^1].Id;
                    break;
                }
                items.Add(entry);
            }
            if (next is not null || chunk.Count < ScanChunk)
                break;
            after = chunk[^1].Id;
        }
        return new DeadLetterPage(items, next, await stream.CountDeadLettersAsync(cancellationToken));
    }

    public async Task<DeadLetterEntry?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        await stream.FindDeadLetterAsync(id, cancellationToken) is { } letter ? DeadLetterEntry.From(letter) : null;

    /// <summary>
    /// Appends the entry to its case's partition again; the dead letter is removed in the same step, only once the
    /// entry is back in the stream. If it is still bad it comes back as a new dead letter with the reason and its
    /// history. Null when there is no such dead letter (or another administrator replayed or discarded it first).
    /// </summary>
    public async Task<EntryPosition?> ReplayAsync(string id, string user, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        if (await stream.FindDeadLetterAsync(id, cancellationToken) is not { } letter)
            return null;
        var position = await stream.ReplayDeadLetterAsync(id, cancellationToken);
        if (position is null)
            return null;
        // Audited after the fact: a replay loses nothing (the entry is in the stream), so a failed audit write is logged, not undone.
        try
        {
            await AuditAsync(ReplayAction, letter, user, reason: null, details: $"to={position.Stream}/{position.Position}", cancellationToken);
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException)
        {
            logger.LogError(ex, "Dead letter {Id} was replayed by {User} to {Stream} {Position}, but the audit entry could not be written", id, user, position.Stream, position.Position);
        }
        logger.LogInformation("Dead letter {Id} replayed by {User} to {Stream} {Position}", id, user, position.Stream, position.Position);
        return position;
    }

    /// <summary>
    /// Discards a dead letter for good. The audit entry (who, why, and the entry's content) is written first, so a
    /// discard is never unrecorded. False when there is no such dead letter.
    /// </summary>
    /// <exception cref="ArgumentException">No reason, or a longer one than <see cref="MaxReasonLength"/>.</exception>
    public async Task<bool> DiscardAsync(string id, string user, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        if (CheckReason(reason) is { } problem)
            throw new ArgumentException(problem, nameof(reason));
        if (await stream.FindDeadLetterAsync(id, cancellationToken) is not { } letter)
            return false;
        var content = letter.Json.Length > AuditedEventLength ? letter.Json[..AuditedEventLength] + "…" : letter.Json;
        await AuditAsync(DiscardAction, letter, user, reason.Trim(), $"failure={letter.Reason}; event={content}", cancellationToken);
        var deleted = await stream.DeleteDeadLetterAsync(id, cancellationToken);
        if (deleted)
            logger.LogInformation("Dead letter {Id} discarded by {User}: {Reason}", id, user, reason);
        else
            logger.LogWarning("Dead letter {Id} was gone when {User} discarded it (replayed or discarded meanwhile)", id, user);
        return deleted;
    }

    /// <summary>Whether <paramref name="id"/> has the form of a dead-letter id (a stream id, <c>1795440714053-0</c>).</summary>
    public static bool IsId(string? id) => StreamId.TryParse(id, out _);

    public int Partitions => stream.Partitions;

    /// <summary>The problem with a discard reason, or null when it is fine.</summary>
    public static string? CheckReason(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? "A reason is required."
        : reason.Length > MaxReasonLength ? $"The reason must be at most {MaxReasonLength} characters long."
        : null;

    private async Task AuditAsync(string action, DeadLetter letter, string user, string? reason, string details, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = time.GetUtcNow().UtcDateTime,
            UserName = user,
            Action = action,
            Target = $"dead-letter:{letter.Id}",
            Reason = reason,
            Details = string.Create(CultureInfo.InvariantCulture,
                $"stream={letter.Stream}; position={letter.Position}; attempts={letter.Attempts}; {details}"),
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
