namespace Ioc.Dashboard.Security;

/// <summary>Bound from <c>Ioc:Oidc</c>: single sign-on through the province's identity provider, off while Authority is empty.</summary>
public sealed class OidcOptions
{
    public const string SectionName = "Ioc:Oidc";
    public const string Scheme = "oidc";

    public string? Authority { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }

    /// <summary>The name shown on the sign-in button.</summary>
    public string DisplayName { get; set; } = "SSO";

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);
}
