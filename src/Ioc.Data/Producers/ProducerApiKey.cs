namespace Ioc.Data.Producers;

/// <summary>
/// An API key of an event producer (table <c>producer_api_keys</c>). The key itself is never stored: only its SHA-256
/// (<see cref="KeyHash"/>), which suffices because keys are 32 random bytes (nothing to brute-force), and its first
/// characters (<see cref="KeyPrefix"/>) so that administrators can tell keys apart. docs/ingest.md, "Keys".
/// </summary>
public sealed class ProducerApiKey
{
    public const int ProducerNameMaxLength = 100;
    public const int KeyPrefixLength = 8;
    public const int KeyHashLength = 32;

    public Guid Id { get; set; }

    /// <summary>The producer's system name, e.g. <c>pakn.khanhhoa.gov.vn</c>; the default <c>actor</c> of its events.</summary>
    public required string ProducerName { get; set; }

    /// <summary>The first <see cref="KeyPrefixLength"/> characters of the key, shown to administrators.</summary>
    public required string KeyPrefix { get; set; }

    /// <summary>SHA-256 of the key's UTF-8 bytes; unique, the lookup path of every authentication.</summary>
    public required byte[] KeyHash { get; set; }

    /// <summary>Granted scopes separated by single spaces, as OAuth writes them (e.g. <c>ingest ioc</c>).</summary>
    public required string Scopes { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>The administrator (user name) or tool that created the key.</summary>
    public required string CreatedBy { get; set; }

    public DateTime? RevokedAtUtc { get; set; }

    /// <summary>Refreshed at most once per cache period per process, not on every request.</summary>
    public DateTime? LastUsedAtUtc { get; set; }
}
