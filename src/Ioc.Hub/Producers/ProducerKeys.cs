using System.Collections.Concurrent;
using System.Security.Cryptography;
using Ioc.Data;
using Ioc.Data.Audit;
using Ioc.Data.Producers;
using Ioc.Hub.Ingest;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ioc.Hub.Producers;

/// <summary>
/// Creates, lists, revokes and authenticates producer API keys. Keys are looked up by their SHA-256, so no secret is
/// ever compared byte by byte; positive lookups are cached for <see cref="IngestOptions.KeyCacheDuration"/>, which is
/// therefore the longest a revocation made by another process can take to bite (this process evicts at once).
/// </summary>
public sealed class ProducerKeys(
    IDbContextFactory<IocDbContext> contextFactory,
    IOptions<IngestOptions> options,
    TimeProvider time,
    ILogger<ProducerKeys> logger)
{
    public const string CreateAction = "producer-key.create";
    public const string RevokeAction = "producer-key.revoke";

    private readonly ConcurrentDictionary<string, CachedKey> cache = new(StringComparer.Ordinal);

    /// <summary>Problems with a creation request, by field (<c>producerName</c>, <c>scopes</c>); empty when it is fine.</summary>
    public static Dictionary<string, string[]> Check(string? producerName, IReadOnlyList<string>? scopes)
    {
        var errors = new Dictionary<string, string[]>();
        if (ProducerKeyFormat.CheckProducerName(producerName) is { } nameProblem)
            errors["producerName"] = [nameProblem];
        if (ProducerScopes.Check(scopes ?? ProducerScopes.Default).ToArray() is { Length: > 0 } scopeProblems)
            errors["scopes"] = scopeProblems;
        return errors;
    }

    /// <summary>Creates a key and its audit entry together; the returned <see cref="CreatedProducerKey.Key"/> is the only copy.</summary>
    /// <exception cref="ArgumentException">The name or scopes fail <see cref="Check"/>.</exception>
    public async Task<CreatedProducerKey> CreateAsync(string producerName, IReadOnlyList<string>? scopes, string createdBy, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(createdBy);
        if (Check(producerName, scopes) is { Count: > 0 } errors)
            throw new ArgumentException(string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}")));

        var key = ProducerKeyFormat.NewKey();
        var now = time.GetUtcNow().UtcDateTime;
        var row = new ProducerApiKey
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            ProducerName = producerName,
            KeyPrefix = ProducerKeyFormat.PrefixOf(key),
            KeyHash = ProducerKeyFormat.Hash(key),
            Scopes = ProducerScopes.Format(scopes ?? ProducerScopes.Default),
            CreatedAtUtc = now,
            CreatedBy = createdBy,
        };
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.ProducerApiKeys.Add(row);
        db.AuditEntries.Add(Audit(CreateAction, row, createdBy, now, reason: null));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Producer key {KeyPrefix} ({KeyId}) created for {Producer} with scopes '{Scopes}' by {User}",
            row.KeyPrefix, row.Id, row.ProducerName, row.Scopes, createdBy);
        return new CreatedProducerKey(ProducerKeyInfo.From(row), key);
    }

    public async Task<IReadOnlyList<ProducerKeyInfo>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.ProducerApiKeys.AsNoTracking().OrderBy(k => k.ProducerName).ThenBy(k => k.CreatedAtUtc).ToListAsync(cancellationToken);
        return [.. rows.Select(ProducerKeyInfo.From)];
    }

    public async Task<ProducerKeyInfo?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.ProducerApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Id == id, cancellationToken);
        return row is null ? null : ProducerKeyInfo.From(row);
    }

    /// <summary>
    /// Revokes a key for good and audits it; revoking a revoked key changes nothing and writes no second entry.
    /// Returns null when there is no such key.
    /// </summary>
    public async Task<ProducerKeyInfo?> RevokeAsync(Guid id, string revokedBy, string? reason = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(revokedBy);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.ProducerApiKeys.SingleOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (row is null)
            return null;
        if (row.RevokedAtUtc is null)
        {
            row.RevokedAtUtc = time.GetUtcNow().UtcDateTime;
            db.AuditEntries.Add(Audit(RevokeAction, row, revokedBy, row.RevokedAtUtc.Value, reason));
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Producer key {KeyPrefix} ({KeyId}) of {Producer} revoked by {User}", row.KeyPrefix, row.Id, row.ProducerName, revokedBy);
        }
        foreach (var (hash, cached) in cache)
        {
            if (cached.Identity.KeyId == id)
                cache.TryRemove(hash, out _);
        }
        return ProducerKeyInfo.From(row);
    }

    /// <summary>The producer behind a presented key, or null when the key is unknown or revoked.</summary>
    public async Task<ProducerIdentity?> AuthenticateAsync(string presentedKey, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(presentedKey) || presentedKey.Length > ProducerKeyFormat.MaxPresentedLength)
            return null;
        var hash = ProducerKeyFormat.Hash(presentedKey);
        var cacheKey = Convert.ToHexString(hash);
        var now = time.GetUtcNow();
        if (cache.TryGetValue(cacheKey, out var cached))
        {
            if (cached.ExpiresAt > now)
                return cached.Identity;
            cache.TryRemove(cacheKey, out _);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.ProducerApiKeys.AsNoTracking()
            .SingleOrDefaultAsync(k => k.KeyHash == hash && k.RevokedAtUtc == null, cancellationToken);
        // The index found the row by hash; the fixed-time check keeps even that last comparison free of timing.
        if (row is null || !CryptographicOperations.FixedTimeEquals(row.KeyHash, hash))
            return null;

        // Written once per cache period, not per request: "last used" is accurate to that period.
        var usedAt = now.UtcDateTime;
        await db.ProducerApiKeys.Where(k => k.Id == row.Id).ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAtUtc, usedAt), cancellationToken);

        var identity = new ProducerIdentity(row.Id, row.ProducerName, row.KeyPrefix, ProducerScopes.Parse(row.Scopes).ToHashSet(StringComparer.Ordinal));
        var duration = options.Value.KeyCacheDuration;
        if (duration > TimeSpan.Zero)
            cache[cacheKey] = new CachedKey(identity, now + duration);
        return identity;
    }

    private static AuditEntry Audit(string action, ProducerApiKey key, string user, DateTime at, string? reason) => new()
    {
        AtUtc = at,
        UserName = user,
        Action = action,
        Target = $"producer-key:{key.Id}",
        Reason = reason,
        Details = $"producer={key.ProducerName}; prefix={key.KeyPrefix}; scopes={key.Scopes}",
    };

    private sealed record CachedKey(ProducerIdentity Identity, DateTimeOffset ExpiresAt);
}
