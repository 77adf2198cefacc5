using Ioc.Hub.Producers;

namespace Ioc.Hub.Api;

/// <summary>
/// Administration of producer API keys for the dashboard's admin pages: create (the key is returned once), list
/// (prefixes and metadata, never keys), revoke. Every create and revoke is audited by <see cref="ProducerKeys"/>.
/// </summary>
public static class ProducerKeyEndpoints
{
    /// <summary>The dashboard's administrator role (<c>IocRoles.Admin</c>; the hub cannot reference the dashboard).</summary>
    public const string AdminRole = "admin";

    public static IEndpointRouteBuilder MapProducerKeyAdminApi(this IEndpointRouteBuilder app)
    {
        var keys = app.MapGroup("/api/admin/producer-keys").WithTags("Producer keys").RequireAuthorization(p => p.RequireRole(AdminRole));
        keys.MapPost("/", Create);
        keys.MapGet("/", async (ProducerKeys service, CancellationToken ct) => TypedResults.Ok(await service.ListAsync(ct)));
        keys.MapGet("/{id:guid}", Get);
        keys.MapDelete("/{id:guid}", Revoke);
        return app;
    }

    private static async Task<IResult> Create(CreateProducerKeyRequest request, ProducerKeys service, HttpContext http, CancellationToken ct)
    {
        if (ProducerKeys.Check(request.ProducerName, request.Scopes) is { Count: > 0 } errors)
            return TypedResults.ValidationProblem(errors, title: "Invalid producer key request.");
        var created = await service.CreateAsync(request.ProducerName!, request.Scopes, UserName(http), ct);
        return TypedResults.Created($"/api/admin/producer-keys/{created.Info.Id}", CreatedProducerKeyResponse.From(created));
    }

    private static async Task<IResult> Get(Guid id, ProducerKeys service, CancellationToken ct) =>
        await service.FindAsync(id, ct) is { } key ? TypedResults.Ok(key) : TypedResults.NotFound();

    private static async Task<IResult> Revoke(Guid id, string? reason, ProducerKeys service, HttpContext http, CancellationToken ct)
    {
        if (reason is { Length: > 2000 })
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["reason"] = ["must be at most 2000 characters long"] });
        return await service.RevokeAsync(id, UserName(http), string.IsNullOrWhiteSpace(reason) ? null : reason, ct) is null
            ? TypedResults.NotFound()
            : TypedResults.NoContent();
    }

    private static string UserName(HttpContext http) => http.User.Identity?.Name ?? "unknown";
}

/// <summary>Body of <c>POST /api/admin/producer-keys</c>; scopes default to <c>["ingest"]</c>.</summary>
public sealed record CreateProducerKeyRequest(string? ProducerName, IReadOnlyList<string>? Scopes);

/// <summary>The one answer that carries a key: store <see cref="Key"/> now, it cannot be shown again.</summary>
public sealed record CreatedProducerKeyResponse(
    Guid Id, string ProducerName, string KeyPrefix, IReadOnlyList<string> Scopes, DateTime CreatedAtUtc, string CreatedBy, string Key)
{
    public static CreatedProducerKeyResponse From(CreatedProducerKey created) => new(
        created.Info.Id, created.Info.ProducerName, created.Info.KeyPrefix, created.Info.Scopes,
        created.Info.CreatedAtUtc, created.Info.CreatedBy, created.Key);
}
