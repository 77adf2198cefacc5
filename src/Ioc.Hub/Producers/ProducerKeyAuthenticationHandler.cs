using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Ioc.Hub.Producers;

/// <summary>
/// Authenticates producers by the API key in <c>X-Api-Key</c> or <c>Authorization: ApiKey &lt;key&gt;</c>, and answers
/// challenges and refusals with problem details instead of an empty 401/403.
/// </summary>
public sealed class ProducerKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    ProducerKeys keys,
    IProblemDetailsService problemDetails) : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    private const string MissingKey =
        $"No API key was sent. Send the producer's key in the {ProducerKeyDefaults.HeaderName} header (or Authorization: {ProducerKeyDefaults.AuthorizationType} <key>).";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var fromHeader = Request.Headers[ProducerKeyDefaults.HeaderName].ToString();
        var fromAuthorization = KeyFromAuthorization(Request.Headers.Authorization.ToString());
        if (fromHeader.Length == 0 && fromAuthorization is null)
            return AuthenticateResult.NoResult();
        if (fromHeader.Length > 0 && fromAuthorization is not null && fromHeader != fromAuthorization)
            return AuthenticateResult.Fail($"Two different API keys were sent ({ProducerKeyDefaults.HeaderName} and Authorization); send one.");

        var identity = await keys.AuthenticateAsync(fromHeader.Length > 0 ? fromHeader : fromAuthorization!, Context.RequestAborted);
        if (identity is null)
            return AuthenticateResult.Fail("The API key is unknown or has been revoked.");

        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, identity.ProducerName),
            new(ProducerKeyDefaults.KeyIdClaim, identity.KeyId.ToString()),
            new(ProducerKeyDefaults.KeyPrefixClaim, identity.KeyPrefix),
        };
        claims.AddRange(identity.Scopes.Select(s => new Claim(ProducerKeyDefaults.ScopeClaim, s)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.Headers.WWWAuthenticate = ProducerKeyDefaults.AuthorizationType;
        await WriteProblemAsync(StatusCodes.Status401Unauthorized, "Unauthorized", result.Failure?.Message ?? MissingKey);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteProblemAsync(StatusCodes.Status403Forbidden, "Forbidden", "This API key does not grant access to this endpoint.");

    private static string? KeyFromAuthorization(string header)
    {
        var prefix = ProducerKeyDefaults.AuthorizationType + " ";
        return header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && header[prefix.Length..].Trim() is { Length: > 0 } key ? key : null;
    }

    private async Task WriteProblemAsync(int status, string title, string detail)
    {
        Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        // The service declines when the Accept header rules JSON out; a producer still deserves the reason.
        if (!await problemDetails.TryWriteAsync(new() { HttpContext = Context, ProblemDetails = problem }))
            await Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", Context.RequestAborted);
    }
}
