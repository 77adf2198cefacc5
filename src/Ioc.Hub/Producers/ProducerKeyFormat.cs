using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Ioc.Data.Producers;

namespace Ioc.Hub.Producers;

/// <summary>
/// The shape of keys and producer names. A key is <c>ioc_</c> and 43 base64url characters (32 random bytes): the
/// marker lets secret scanners and people recognise it, and 256 random bits make a fast hash (SHA-256) safe to store.
/// </summary>
public static partial class ProducerKeyFormat
{
    public const string Marker = "ioc_";

    /// <summary>Longest text worth hashing: longer header values are refused without a database lookup.</summary>
    public const int MaxPresentedLength = 256;

    public static string NewKey() => Marker + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    public static string PrefixOf(string key) => key[..ProducerApiKey.KeyPrefixLength];

    /// <summary>
    /// Producer names are system names (<c>pakn.khanhhoa.gov.vn</c>, <c>tongdai1022</c>): they become the events'
    /// default <c>actor</c>, rate-limit partitions and audit targets, so they stay short, ASCII and single-line.
    /// </summary>
    public static string? CheckProducerName(string? name) => name switch
    {
        null or "" => "is required",
        { Length: > ProducerApiKey.ProducerNameMaxLength } => $"must be at most {ProducerApiKey.ProducerNameMaxLength} characters long",
        _ when !ProducerNamePattern().IsMatch(name) =>
            "may contain only letters A–Z and a–z, digits and . _ : -, and must start and end with a letter or digit",
        _ => null,
    };

    [GeneratedRegex("^[A-Za-z0-9](?:[A-Za-z0-9._:-]*[A-Za-z0-9])?$")]
    private static partial Regex ProducerNamePattern();
}
