namespace Ioc.Hub.Producers;

/// <summary>Names shared by the producer-key authentication scheme, its policy and the claims it issues.</summary>
public static class ProducerKeyDefaults
{
    public const string AuthenticationScheme = "ProducerKey";

    /// <summary>Authorization policy: an authenticated producer (scopes are checked by the endpoint, which can say which is missing).</summary>
    public const string Policy = "producer";

    public const string HeaderName = "X-Api-Key";

    /// <summary>The alternative header form: <c>Authorization: ApiKey &lt;key&gt;</c>.</summary>
    public const string AuthorizationType = "ApiKey";

    public const string ScopeClaim = "scope";
    public const string KeyIdClaim = "ioc:producer_key_id";
    public const string KeyPrefixClaim = "ioc:producer_key_prefix";
}
