using Ioc.Hub.Live;
using Ioc.Hub.Privacy;

namespace Ioc.Hub.Api;

/// <summary>
/// <c>POST /api/cases/{id}/contact/reveal</c> with <c>{"reason": "…"}</c>: the reporter's contact of one case, in
/// clear, for a supervisor or the agency that has the case; audited by <see cref="ContactReveal"/>. 400 (problem
/// details) for a missing or too long reason, 403 for a role that may never reveal, 404 for a case the caller cannot see.
/// </summary>
public static class ContactRevealEndpoints
{
    public const string Pattern = "/api/cases/{id}/contact/reveal";

    public static IEndpointRouteBuilder MapContactRevealApi(this IEndpointRouteBuilder app)
    {
        app.MapPost(Pattern, RevealAsync)
            .WithTags("Privacy")
            .RequireAuthorization(p => p.RequireRole(HubRoles.Supervisor, HubRoles.Agency));
        return app;
    }

    private static async Task<IResult> RevealAsync(string id, RevealContactRequest? request, HttpContext http, ContactReveal reveal, CancellationToken ct)
    {
        var outcome = await reveal.RevealAsync(CaseViewer.From(http.User), id, request?.Reason, ct);
        return outcome.Status switch
        {
            RevealStatus.Revealed => TypedResults.Ok(outcome.Contact),
            RevealStatus.InvalidReason => TypedResults.ValidationProblem(outcome.Errors!, title: "Invalid reveal request."),
            RevealStatus.NotAllowed => TypedResults.Forbid(),
            _ => TypedResults.NotFound(),
        };
    }
}

/// <summary>Body of <c>POST /api/cases/{id}/contact/reveal</c>.</summary>
public sealed record RevealContactRequest(string? Reason);
