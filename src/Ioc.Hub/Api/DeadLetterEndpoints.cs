using Ioc.Hub.DeadLetters;
using Ioc.Hub.Live;
using Ioc.Hub.Streaming;

namespace Ioc.Hub.Api;

/// <summary>
/// The dead letters for administrators (docs/dead-letters.md): list with filters and paging, one by id, replay after
/// a fix, discard with a reason (audited). Admin role only; a bad id is a 400 and an unknown one a 404, both as
/// problem details.
/// </summary>
public static class DeadLetterEndpoints
{
    public const string Path = "/api/admin/dead-letters";

    public static IEndpointRouteBuilder MapDeadLetterAdminApi(this IEndpointRouteBuilder app)
    {
        var letters = app.MapGroup(Path).WithTags("Dead letters").RequireAuthorization(p => p.RequireRole(HubRoles.Admin));
        letters.MapGet("/", List);
        letters.MapGet("/{id}", Get);
        letters.MapPost("/{id}/replay", Replay);
        letters.MapDelete("/{id}", Discard);
        return app;
    }

    private static async Task<IResult> List(DeadLetterAdmin admin, int? partition, string? reason, string? type, string? after, int? limit, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (partition is { } p && (p < 0 || p >= admin.Partitions))
            errors["partition"] = [$"must be between 0 and {admin.Partitions - 1}"];
        if (limit is { } l && (l < 1 || l > DeadLetterQuery.MaxLimit))
            errors["limit"] = [$"must be between 1 and {DeadLetterQuery.MaxLimit}"];
        if (after is not null && !DeadLetterAdmin.IsId(after))
            errors["after"] = [$"'{after}' is not a dead-letter id (like 1795440714053-0)"];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors, title: "Invalid dead-letter query.");
        return TypedResults.Ok(await admin.ListAsync(new DeadLetterQuery(partition, reason, type, after, limit ?? DeadLetterQuery.DefaultLimit), ct));
    }

    private static async Task<IResult> Get(string id, DeadLetterAdmin admin, CancellationToken ct)
    {
        if (BadId(id) is { } bad)
            return bad;
        return await admin.FindAsync(id, ct) is { } entry ? TypedResults.Ok(entry) : NotFound(id);
    }

    private static async Task<IResult> Replay(string id, DeadLetterAdmin admin, HttpContext http, CancellationToken ct)
    {
        if (BadId(id) is { } bad)
            return bad;
        return await admin.ReplayAsync(id, UserName(http), ct) is { } position
            ? TypedResults.Ok(new ReplayedDeadLetter(id, position.Stream, position.Partition, position.Position))
            : NotFound(id);
    }

    private static async Task<IResult> Discard(string id, string? reason, DeadLetterAdmin admin, HttpContext http, CancellationToken ct)
    {
        if (BadId(id) is { } bad)
            return bad;
        if (DeadLetterAdmin.CheckReason(reason) is { } problem)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["reason"] = [problem] }, title: "A discard needs a reason.");
        return await admin.DiscardAsync(id, UserName(http), reason!, ct) ? TypedResults.NoContent() : NotFound(id);
    }

    private static IResult? BadId(string id) => DeadLetterAdmin.IsId(id)
        ? null
        : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["id"] = [$"'{id}' is not a dead-letter id (like 1795440714053-0)"] }, title: "Invalid dead-letter id.");

    private static IResult NotFound(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such dead letter.",
            detail: $"There is no dead letter '{id}' (it may have been replayed or discarded already).");

    private static string UserName(HttpContext http) => http.User.Identity?.Name ?? "unknown";
}

/// <summary>Answer of a replay: the dead letter's id and where its entry now is.</summary>
public sealed record ReplayedDeadLetter(string Id, string Stream, int Partition, string Position);
