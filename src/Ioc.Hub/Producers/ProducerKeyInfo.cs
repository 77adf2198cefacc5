using Ioc.Data.Producers;

namespace Ioc.Hub.Producers;

/// <summary>What administrators see of a key: never the key, only its prefix and metadata.</summary>
public sealed record ProducerKeyInfo(
    Guid Id,
    string ProducerName,
    string KeyPrefix,
    IReadOnlyList<string> Scopes,
    DateTime CreatedAtUtc,
    string CreatedBy,
    DateTime? RevokedAtUtc,
    DateTime? LastUsedAtUtc)
{
    public static ProducerKeyInfo From(ProducerApiKey key) => new(
        key.Id, key.ProducerName, key.KeyPrefix, ProducerScopes.Parse(key.Scopes),
        key.CreatedAtUtc, key.CreatedBy, key.RevokedAtUtc, key.LastUsedAtUtc);
}

/// <summary>A new key: its metadata and the key itself, which exists nowhere else once this is discarded.</summary>
public sealed record CreatedProducerKey(ProducerKeyInfo Info, string Key);
