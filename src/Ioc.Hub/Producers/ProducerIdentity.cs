namespace Ioc.Hub.Producers;

/// <summary>Who is calling with a valid producer API key: the key's id and prefix, the producer and the granted scopes.</summary>
public sealed record ProducerIdentity(Guid KeyId, string ProducerName, string KeyPrefix, IReadOnlySet<string> Scopes)
{
    public bool Has(string scope) => Scopes.Contains(scope);
}

public static class ProducerPrincipal
{
    /// <summary>The producer behind a principal issued by <see cref="ProducerKeyAuthenticationHandler"/>; null for anyone else.</summary>
    public static ProducerIdentity? From(System.Security.Claims.ClaimsPrincipal user)
    {
        if (user.Identity is not { IsAuthenticated: true, AuthenticationType: ProducerKeyDefaults.AuthenticationScheme, Name: { } name }
            || !Guid.TryParse(user.FindFirst(ProducerKeyDefaults.KeyIdClaim)?.Value, out var keyId))
            return null;
        var scopes = user.FindAll(ProducerKeyDefaults.ScopeClaim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return new ProducerIdentity(keyId, name, user.FindFirst(ProducerKeyDefaults.KeyPrefixClaim)?.Value ?? "", scopes);
    }
}
