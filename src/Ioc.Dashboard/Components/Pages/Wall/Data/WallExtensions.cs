using Ioc.Data.Reference;
using Ioc.Hub.Sla.Profiles;

namespace Ioc.Dashboard.Components.Pages.Wall.Data;

public static class WallExtensions
{
    /// <summary>
    /// The wall's options (<c>Ioc:Wall</c>, <c>Ioc:Map</c>) and its store reader. A profile without an SLA profile or
    /// reference data, or an unusable tile URL, stops the start naming the key.
    /// </summary>
    public static IHostApplicationBuilder AddIocWall(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WallOptions>()
            .BindConfiguration(WallOptions.SectionName)
            .PostConfigure<IConfiguration>((o, configuration) => o.ProfileId = string.IsNullOrWhiteSpace(o.ProfileId)
                ? configuration["Ioc:Simulator:ProfileId"] ?? WallOptions.DefaultProfileId
                : o.ProfileId)
            .ValidateDataAnnotations()
            .Validate<ProfileCatalog>(
                (o, catalog) => catalog.TryGet(o.ProfileId!, out _) && ReferenceDataLoader.LoadEmbedded().Any(f => f.ProfileId == o.ProfileId),
                $"{WallOptions.SectionName}:ProfileId must name a province profile that has reference data.")
            .ValidateOnStart();
        builder.Services.AddOptions<MapOptions>()
            .BindConfiguration(MapOptions.SectionName)
            .Validate(o => o.IsValid(), $"{MapOptions.SectionName}:TileUrl must be an http(s) or root-relative URL template with {{z}}, {{x}} and {{y}}; a placeholder in the host only as its first label.")
            .ValidateOnStart();
        builder.Services.AddSingleton<WallStoreReader>();
        // One live state per process, shared by every wall circuit (docs/wall.md "Live data").
        builder.Services.AddSingleton<Live.WallLive>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<Live.WallLive>());
        return builder;
    }

    /// <summary>
    /// <c>GET /api/wall/diagnostics</c> (admins): wall circuits connected and the managed heap after a full collection,
    /// to watch a month-long wall for growth and for the per-circuit memory benchmark (docs/BENCHMARKS.md).
    /// </summary>
    public static IEndpointRouteBuilder MapWallDiagnostics(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/wall/diagnostics", (Live.WallLive live) =>
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            return Results.Ok(new { screens = live.Screens, markers = live.Markers.All.Count, managedBytes = GC.GetTotalMemory(forceFullCollection: true) });
        }).RequireAuthorization(Security.IocPolicies.Admin);
        return endpoints;
    }
}
