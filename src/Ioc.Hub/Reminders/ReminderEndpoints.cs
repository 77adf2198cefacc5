using Ioc.Hub.Live;
using Ioc.Hub.Live.Security;
using Ioc.Hub.Notifications;
using Microsoft.AspNetCore.Authorization;

namespace Ioc.Hub.Reminders;

/// <summary>
/// The reminder API for integrators and scripts (supervisor or admin: the dashboard's cookie, or a hub key of that
/// role): preview and send reminder actions, read a case's reminder history, queue a failed message again.
/// Refusals are problem details: 400 for bad input (unknown case, agency without the contact, empty or oversized
/// text), 409 within the duplicate window (send again with <c>force</c> and a <c>reason</c>). docs/reminders.md.
/// </summary>
public static class ReminderEndpoints
{
    public static IEndpointRouteBuilder MapReminderApi(this IEndpointRouteBuilder app)
    {
        var policy = new AuthorizationPolicyBuilder(HubAuthentication.Scheme).RequireAuthenticatedUser().RequireRole(HubRoles.Supervisor, HubRoles.Admin).Build();
        var group = app.MapGroup("/api/reminders").WithTags("Reminders").RequireAuthorization(policy);
        group.MapPost("/preview", Preview);
        group.MapPost("/", Send);
        group.MapGet("/cases/{caseId}", async (string caseId, ReminderHistoryReader history, CancellationToken ct) => TypedResults.Ok(await history.ForCaseAsync(caseId, ct)));
        group.MapPost("/messages/{id:guid}/retry", async (Guid id, OutboxStore store, OutboxSignal signal, CancellationToken ct) =>
        {
            if (!await store.RequeueAsync(id, ct))
                return Results.Problem(statusCode: 404, title: "No failed message with this id.");
            signal.Wake();
            return Results.NoContent();
        });
        return app;
    }

    /// <summary>The body of both POSTs; <c>scope</c> is case, agency, all-agencies or escalation.</summary>
    public sealed record ReminderBody(
        string? Scope, string? CaseId, string? AgencyId, IReadOnlyList<RecipientChoice>? Recipients, string? Message, bool Force, string? Reason);

    private static async Task<IResult> Preview(ReminderBody? body, ReminderService reminders, CancellationToken ct) =>
        await Run(body, request => reminders.PreviewAsync(request, ct), plan => TypedResults.Ok(plan));

    private static async Task<IResult> Send(ReminderBody? body, ReminderService reminders, HttpContext http, CancellationToken ct) =>
        await Run(body, request => reminders.SendAsync(request, http.User.Identity?.Name ?? "api", ct), plan => TypedResults.Created("/api/reminders", plan));

    private static async Task<IResult> Run(ReminderBody? body, Func<ReminderRequest, Task<ReminderPlan>> action, Func<ReminderPlan, IResult> ok)
    {
        if (ToRequest(body) is not { } request)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["scope"] = ["must be case, agency, all-agencies or escalation"] },
                title: "Yêu cầu nhắc việc không hợp lệ.");
        try
        {
            return ok(await action(request));
        }
        catch (ReminderProblem problem)
        {
            var extensions = new Dictionary<string, object?>();
            if (problem.LastReminderAtUtc is { } last)
                extensions["lastReminderAtUtc"] = last;
            return problem.Status == 400
                ? TypedResults.ValidationProblem(problem.Errors, title: problem.Title)
                : TypedResults.Problem(statusCode: problem.Status, title: problem.Title,
                    detail: string.Join(" ", problem.Errors.SelectMany(e => e.Value)), extensions: extensions);
        }
    }

    private static ReminderRequest? ToRequest(ReminderBody? body)
    {
        ReminderScope? scope = body?.Scope?.Trim().ToLowerInvariant() switch
        {
            "case" => ReminderScope.Case,
            "agency" => ReminderScope.Agency,
            "all-agencies" => ReminderScope.AllAgencies,
            "escalation" => ReminderScope.Escalation,
            _ => null,
        };
        return scope is null ? null : new ReminderRequest
        {
            Scope = scope.Value,
            CaseId = body!.CaseId,
            AgencyId = body.AgencyId,
            Recipients = body.Recipients,
            Message = body.Message,
            Force = body.Force,
            Reason = body.Reason,
        };
    }
}
