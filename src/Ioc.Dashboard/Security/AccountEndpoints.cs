using System.Security.Claims;
using Ioc.Data.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;

namespace Ioc.Dashboard.Security;

/// <summary>The form posts of the account pages that need no page of their own: sign-out and single sign-on.</summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var account = endpoints.MapGroup("/account");

        // A form post with an antiforgery token (validated by UseAntiforgery), never a GET a link could trigger.
        // A form post with an antiforgery token, never a GET a link could trigger. UseAntiforgery only records the
        // verdict; minimal APIs act on it when they bind a form, which this endpoint does not, so it checks itself.
        account.MapPost("/logout", async (HttpContext http, SignInManager<IocUser> signIn) =>
        {
            if (http.Features.Get<IAntiforgeryValidationFeature>() is not { IsValid: true })
            {
                return Results.BadRequest();
            }

            await signIn.SignOutAsync();
            return Results.LocalRedirect("~/account/login?signedOut=true");
        }).WithMetadata(new RequireAntiforgeryTokenAttribute());

        account.MapPost("/external-login", ([FromForm] string? returnUrl, SignInManager<IocUser> signIn) =>
        {
            var callback = $"/account/external-callback?returnUrl={Uri.EscapeDataString(LocalUrl.OrHome(returnUrl))}";
            var properties = signIn.ConfigureExternalAuthenticationProperties(OidcOptions.Scheme, callback);
            return TypedResults.Challenge(properties, [OidcOptions.Scheme]);
        }).AllowAnonymous();

        account.MapGet("/external-callback", ExternalCallbackAsync).AllowAnonymous();
        return endpoints;
    }

    /// <summary>
    /// Signs in the local account linked to the external login; on first use links it to the account with the same
    /// confirmed e-mail. Accounts and roles are granted in the dashboard only: an unknown identity gets no access.
    /// </summary>
    private static async Task<IResult> ExternalCallbackAsync(string? returnUrl, SignInManager<IocUser> signIn, UserManager<IocUser> users, HttpContext http)
    {
        const string failed = "~/account/login?error=external";
        if (await signIn.GetExternalLoginInfoAsync() is not { } info)
        {
            return TypedResults.LocalRedirect(failed);
        }

        var result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: true);
        if (!result.Succeeded && !result.IsLockedOut
            && (info.Principal.FindFirstValue("email") ?? info.Principal.FindFirstValue(ClaimTypes.Email)) is { Length: > 0 } email
            && await users.FindByEmailAsync(email) is { EmailConfirmed: true } user
            && (await users.AddLoginAsync(user, info)).Succeeded)
        {
            result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: true);
        }

        await http.SignOutAsync(IdentityConstants.ExternalScheme);
        return result.Succeeded ? TypedResults.LocalRedirect("~" + LocalUrl.OrHome(returnUrl))
            : result.IsLockedOut ? TypedResults.LocalRedirect("~/account/login?error=locked")
            : TypedResults.LocalRedirect("~/account/login?error=noaccount");
    }
}
